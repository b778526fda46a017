'use strict';
/** Server settings an app may read: Site_Url (follows the deployment), Site_Name, Language. */
const { engineRequire } = require('../runtime-env');

const { ServerSettingBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceServerSettingBridge extends ServerSettingBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async getAll() {
    return this.ws.serverSettings();
  }

  async getOneById(id) {
    const setting = this.ws.serverSettings().find((s) => s.id === id);
    if (!setting) throw new Error(`The setting "${id}" is not readable.`);
    return setting;
  }

  async hideGroup() {}

  async hideSetting() {}

  async isReadableById(id) {
    return this.ws.serverSettings().some((s) => s.id === id);
  }

  async updateOne() {
    throw new Error('Apps cannot change server settings in the local workspace.');
  }

  async incrementValue() {
    throw new Error('Apps cannot change server settings in the local workspace.');
  }
}

module.exports = { WorkspaceServerSettingBridge };
