'use strict';
/** The server's built-in roles; no custom roles. */
const { engineRequire } = require('../runtime-env');

const { RoleBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

const ROLES = [
  { id: 'admin', name: 'admin', scope: 'Users', description: 'Admin' },
  { id: 'user', name: 'user', scope: 'Users', description: 'User' },
  { id: 'bot', name: 'bot', scope: 'Users', description: 'Bot' },
  { id: 'app', name: 'app', scope: 'Users', description: 'App' },
  { id: 'owner', name: 'owner', scope: 'Subscriptions', description: 'Owner' },
  { id: 'moderator', name: 'moderator', scope: 'Subscriptions', description: 'Moderator' },
  { id: 'leader', name: 'leader', scope: 'Subscriptions', description: 'Leader' },
].map((r) => ({ ...r, protected: true, mandatory2fa: false }));

class WorkspaceRoleBridge extends RoleBridge {
  async getOneByIdOrName(idOrName) {
    return ROLES.find((r) => r.id === idOrName || r.name === idOrName) ?? null;
  }

  async getCustomRoles() {
    return [];
  }
}

module.exports = { WorkspaceRoleBridge };
