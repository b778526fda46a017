'use strict';
/** Engine-internal look-ups: room member names, the workspace's public key setting. */
const { engineRequire } = require('../runtime-env');

const { InternalBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges/InternalBridge');

class WorkspaceInternalBridge extends InternalBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async getUsernamesOfRoomById(roomId) {
    return this.getUsernamesOfRoomByIdSync(roomId);
  }

  getUsernamesOfRoomByIdSync(roomId) {
    const room = this.ws.roomRecordById(roomId);
    return (room?.userIds ?? []).map((id) => this.ws.userRecordById(id)?.username).filter(Boolean);
  }

  async getWorkspacePublicKey() {
    return {
      id: 'Cloud_Workspace_PublicKey',
      type: 'string',
      value: '',
      packageValue: '',
      required: false,
      public: false,
      i18nLabel: 'Cloud_Workspace_PublicKey',
    };
  }
}

module.exports = { WorkspaceInternalBridge };
