'use strict';
/** Environment variables an app may read (the server allows a short list only). */
const { engineRequire } = require('../runtime-env');

const { EnvironmentalVariableBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

const READABLE = ['NODE_ENV', 'ROOT_URL', 'INSTANCE_IP'];

class WorkspaceEnvironmentBridge extends EnvironmentalVariableBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  values() {
    return { NODE_ENV: 'production', ROOT_URL: this.ws.siteUrl, INSTANCE_IP: '127.0.0.1' };
  }

  async getValueByName(name) {
    return READABLE.includes(name.toUpperCase()) ? this.values()[name.toUpperCase()] : undefined;
  }

  async isReadable(name) {
    return READABLE.includes(name.toUpperCase());
  }

  async isSet(name) {
    return this.values()[name.toUpperCase()] !== undefined;
  }
}

module.exports = { WorkspaceEnvironmentBridge };
