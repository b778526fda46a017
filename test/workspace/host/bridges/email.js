'use strict';
/** Outgoing e-mail lands in an outbox (store collection `workspace`, field `emails`). */
const { engineRequire } = require('../runtime-env');

const { EmailBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceEmailBridge extends EmailBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
    /** When set, every e-mail fails with this sentence (a workspace whose mail server is down or not set up). */
    this.failWith = undefined;
  }

  async sendEmail(email, appId) {
    if (this.failWith) throw new Error(this.failWith);
    if (!email?.to || (Array.isArray(email.to) && email.to.length === 0))
      throw new Error('An e-mail needs a recipient.');
    this.ws.sendEmail({ ...email, appId });
  }
}

module.exports = { WorkspaceEmailBridge };
