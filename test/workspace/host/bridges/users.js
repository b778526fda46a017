'use strict';
/** Users: the seeded people plus the app's own bot user, which the engine creates at install. */
const { engineRequire } = require('../runtime-env');

const { UserBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceUserBridge extends UserBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async getById(id) {
    return this.ws.toIUser(this.ws.userRecordById(id));
  }

  async getByUsername(username) {
    return this.ws.toIUser(this.ws.userRecordByUsername(username));
  }

  async getAppUser(appId) {
    const user = this.ws.users().find((u) => u.type === 'app' && (!appId || u.appId === appId));
    return this.ws.toIUser(user);
  }

  async getActiveUserCount() {
    return this.ws.users().filter((u) => u.active && u.type === 'user').length;
  }

  async getUserUnreadMessageCount() {
    return 0;
  }

  async getUserRoomIds(userId) {
    return this.ws
      .rooms()
      .filter((r) => r.userIds.includes(userId))
      .map((r) => r.id);
  }

  async create(data, appId) {
    const { id: _ignored, ...rest } = data;
    const id = this.ws.addUser({ ...rest, emails: data.emails ?? [], createdByAppId: appId });
    const general = this.ws.rooms().find((r) => r.isDefault);
    if (general) this.ws.updateRoom(general.id, (room) => room.userIds.push(id));
    return id;
  }

  async remove(user) {
    return this.ws.removeUser(user.id);
  }

  async update(user, updates) {
    return this.ws.updateUser(user.id, updates);
  }

  async deleteUsersCreatedByApp(appId, type) {
    for (const user of this.ws.users().filter((u) => u.createdByAppId === appId && u.type === type))
      this.ws.removeUser(user.id);
    return true;
  }

  async deactivate(userId) {
    return this.ws.updateUser(userId, { active: false });
  }
}

module.exports = { WorkspaceUserBridge };
