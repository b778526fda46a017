'use strict';
/**
 * Server settings an app may read: Site_Url (follows the deployment), Site_Name, Language, and
 * Rocket.Chat's privacy-relevant settings with their defaults (host/server-settings-defaults.js).
 * Every id an app asks for is recorded (`asked`), so a test can prove what an app reads.
 */
const { engineRequire } = require('../runtime-env');

const { ServerSettingBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceServerSettingBridge extends ServerSettingBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
    /** @type {Array<{id: string, appId?: string}>} every id asked for, in order, readable or not */
    this.asked = [];
  }

  async getAll() {
    this.asked.push({ id: '*' });
    return this.ws.serverSettings();
  }

  async getOneById(id, appId) {
    this.asked.push({ id, appId });
    const setting = this.ws.serverSettings().find((s) => s.id === id);
    if (!setting) throw new Error(`The setting "${id}" is not readable.`);
    return setting;
  }

  async hideGroup() {}

  async hideSetting() {}

  async isReadableById(id, appId) {
    this.asked.push({ id, appId });
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
