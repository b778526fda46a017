'use strict';
/** The server's hook after an app setting changed (it broadcasts it to clients): recorded. */
const { engineRequire } = require('../runtime-env');

const { AppDetailChangesBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceAppDetailChangesBridge extends AppDetailChangesBridge {
  constructor() {
    super();
    this.changes = [];
  }

  onAppSettingsChange(appId, setting) {
    this.changes.push({ appId, id: setting.id, ts: new Date().toISOString() });
  }
}

module.exports = { WorkspaceAppDetailChangesBridge };
