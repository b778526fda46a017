'use strict';
/** Messages in rooms and ephemeral notices (notifyUser), recorded for each user's transcript. */
const { engineRequire } = require('../runtime-env');

const { MessageBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

const content = (message) => ({
  text: message.text,
  ...(message.blocks ? { blocks: message.blocks } : {}),
  ...(message.attachments?.length ? { attachments: message.attachments } : {}),
});

class WorkspaceMessageBridge extends MessageBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async create(message, appId) {
    if (!message.room?.id || !this.ws.roomRecordById(message.room.id))
      throw new Error('Invalid room: the message has no existing room.');
    return this.ws.addMessage({
      kind: 'message',
      roomId: message.room.id,
      sender: message.sender,
      threadId: message.threadId,
      appId,
      ...content(message),
    });
  }

  async update(message) {
    if (!message.id || !this.ws.messageRecordById(message.id))
      throw new Error(`Message ${message.id} not found.`);
    this.ws.updateMessage(message.id, content(message));
  }

  async notifyUser(user, message, appId) {
    this.ws.addMessage({
      kind: 'ephemeral',
      toUserId: user.id,
      roomId: message.room?.id,
      sender: message.sender,
      appId,
      ...content(message),
    });
  }

  async notifyRoom(room, message, appId) {
    const record = this.ws.roomRecordById(room.id);
    for (const userId of record?.userIds ?? []) {
      this.ws.addMessage({
        kind: 'ephemeral',
        toUserId: userId,
        roomId: room.id,
        sender: message.sender,
        appId,
        ...content(message),
      });
    }
  }

  async typing() {}

  async getById(messageId) {
    return this.ws.toIMessage(this.ws.messageRecordById(messageId));
  }

  async delete(message) {
    this.ws.deleteMessage(message.id);
  }

  async addReaction() {}

  async removeReaction() {}
}

module.exports = { WorkspaceMessageBridge };
