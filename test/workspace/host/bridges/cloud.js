'use strict';
/**
 * The workspace's cloud token, per deployment: a token when registered (and on Cloud and the
 * community server), an empty token when not registered, an error when the check fails.
 */
const { engineRequire } = require('../runtime-env');

const { CloudWorkspaceBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceCloudBridge extends CloudWorkspaceBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
    this.calls = 0;
  }

  async getWorkspaceToken(scope) {
    this.calls += 1;
    const behaviour = this.ws.tokenBehaviour;
    if (behaviour === 'throws')
      throw new Error(
        'Failed to get the workspace access token from Rocket.Chat Cloud (local workspace: deployment "failing").',
      );
    const expiresAt = new Date(Date.now() + 60 * 60 * 1000);
    if (behaviour === 'empty') return { token: '', expiresAt: new Date() };
    return { token: `local-workspace-token${scope ? `:${scope}` : ''}`, expiresAt };
  }
}

module.exports = { WorkspaceCloudBridge };
