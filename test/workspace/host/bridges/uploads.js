'use strict';
/**
 * File uploads by apps (`modify.getCreator().getUploadCreator().uploadBuffer`): the file is kept in
 * the store (collection `workspace`, field `uploads`, content in base64) and, as the server's
 * bridge does, posted in its room as a file message by the user the upload names.
 */
const { randomUUID } = require('crypto');
const { engineRequire } = require('../runtime-env');

const { UploadBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

/** @param {any} buffer a Buffer, or what a Buffer became on its way from the app's process */
function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer;
  if (buffer instanceof Uint8Array) return Buffer.from(buffer);
  if (buffer?.type === 'Buffer' && Array.isArray(buffer.data)) return Buffer.from(buffer.data);
  throw new Error('An upload needs the file as a Buffer.');
}

class WorkspaceUploadBridge extends UploadBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async createUpload(details, buffer, appId) {
    const room = this.ws.roomRecordById(details.rid);
    if (!room) throw new Error(`There is no room "${details.rid}" to upload to.`);
    const bytes = toBuffer(buffer);
    const id = `upload-${randomUUID()}`;
    const record = {
      id,
      name: details.name,
      size: bytes.length,
      type: details.type,
      roomId: details.rid,
      userId: details.userId,
      appId,
      content: bytes.toString('base64'),
      ts: new Date().toISOString(),
    };
    this.ws.change((data) => {
      (data.uploads ??= []).push(record);
    });
    const sender = this.ws.userRecordById(details.userId);
    this.ws.addMessage({
      kind: 'message',
      roomId: details.rid,
      sender: sender && { id: sender.id, username: sender.username, name: sender.name },
      text: '',
      attachments: [
        { type: 'file', title: details.name, title_link: `/file-upload/${id}/${details.name}`, uploadId: id },
      ],
      appId,
    });
    return this.toIUpload(record);
  }

  async getById(id) {
    return this.toIUpload(this.ws.data.uploads?.find((u) => u.id === id));
  }

  async getBuffer(upload) {
    const record = this.ws.data.uploads?.find((u) => u.id === upload?.id);
    if (!record) throw new Error(`There is no upload "${upload?.id}".`);
    return Buffer.from(record.content, 'base64');
  }

  /** An IUpload as the server hands it to apps. @param {Record<string, any> | undefined} record */
  toIUpload(record) {
    if (!record) return undefined;
    return {
      id: record.id,
      name: record.name,
      size: record.size,
      type: record.type,
      store: 'workspace',
      complete: true,
      uploading: false,
      progress: 1,
      room: this.ws.toIRoom(this.ws.roomRecordById(record.roomId)),
      user: this.ws.toIUser(this.ws.userRecordById(record.userId)),
      url: `/file-upload/${record.id}/${record.name}`,
      updatedAt: new Date(record.ts),
    };
  }
}

module.exports = { WorkspaceUploadBridge };
