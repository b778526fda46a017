'use strict';
/** Rooms: #general and direct messages, created on demand as the server does. */
const { engineRequire } = require('../runtime-env');

const { RoomBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceRoomBridge extends RoomBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async create(room, members) {
    return this.ws.createRoom(
      {
        type: room.type,
        displayName: room.displayName,
        slugifiedName: room.slugifiedName,
        creatorId: room.creator?.id,
        isDefault: room.isDefault,
        isReadOnly: room.isReadOnly,
      },
      members ?? [],
    );
  }

  async getById(roomId) {
    return this.ws.toIRoom(this.ws.roomRecordById(roomId));
  }

  async getByName(name) {
    return this.ws.toIRoom(this.ws.roomRecordByName(name));
  }

  async getCreatorById(roomId) {
    return this.ws.toIRoom(this.ws.roomRecordById(roomId))?.creator;
  }

  async getCreatorByName(name) {
    return this.ws.toIRoom(this.ws.roomRecordByName(name))?.creator;
  }

  async getDirectByUsernames(usernames) {
    return this.ws.toIRoom(this.ws.directRecordByUsernames(usernames));
  }

  async getMembers(roomId) {
    const room = this.ws.roomRecordById(roomId);
    return (room?.userIds ?? []).map((id) => this.ws.toIUser(this.ws.userRecordById(id))).filter(Boolean);
  }

  async getAllRooms(filters = {}, { limit = 100, skip = 0 } = {}) {
    return this.ws
      .rooms()
      .filter((r) => !filters.types || filters.types.includes(r.type))
      .slice(skip, skip + limit)
      .map((r) => this.ws.toIRoom(r));
  }

  async update(room, members = []) {
    this.ws.updateRoom(room.id, (record) => {
      if (room.displayName) record.displayName = room.displayName;
      if (room.customFields) record.customFields = room.customFields;
      for (const username of members) {
        const user = this.ws.userRecordByUsername(username);
        if (user && !record.userIds.includes(user.id)) record.userIds.push(user.id);
      }
    });
  }

  async createDiscussion() {
    throw new Error('Discussions are not available in the local workspace.');
  }

  async delete(roomId) {
    this.ws.deleteRoom(roomId);
  }

  async getModerators() {
    return [];
  }

  async getOwners(roomId) {
    const creator = await this.getCreatorById(roomId);
    return creator ? [creator] : [];
  }

  async getLeaders() {
    return [];
  }

  async getMessages(roomId, { limit = 100, skip = 0 } = {}) {
    return this.ws.data.messages
      .filter((m) => m.roomId === roomId && m.kind === 'message')
      .slice(skip, skip + limit)
      .map((m) => ({
        id: m.id,
        roomId,
        sender: m.sender,
        text: m.text,
        blocks: m.blocks,
        createdAt: new Date(m.ts),
      }));
  }

  async removeUsers(roomId, usernames) {
    const ids = usernames.map((u) => this.ws.userRecordByUsername(u)?.id);
    this.ws.updateRoom(roomId, (record) => {
      record.userIds = record.userIds.filter((id) => !ids.includes(id));
    });
  }

  async getUnreadByUser() {
    return [];
  }

  async getUserUnreadMessageCount() {
    return 0;
  }
}

module.exports = { WorkspaceRoomBridge };
