'use strict';
/** The server's reaction to apps being added, enabled, disabled, removed: recorded. */
const { engineRequire } = require('../runtime-env');

const { AppActivationBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceActivationBridge extends AppActivationBridge {
  constructor() {
    super();
    /** @type {Array<{event: string, appId?: string, status?: string, ts: string}>} */
    this.events = [];
  }

  record(event, app, status) {
    this.events.push({ event, appId: app?.getID?.(), status, ts: new Date().toISOString() });
  }

  async appAdded(app) {
    this.record('added', app);
  }

  async appUpdated(app) {
    this.record('updated', app);
  }

  async appRemoved(app) {
    this.record('removed', app);
  }

  async appStatusChanged(app, status) {
    this.record('status', app, status);
  }

  async actionsChanged() {}
}

module.exports = { WorkspaceActivationBridge };
