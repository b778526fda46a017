'use strict';
/** Events the server would fan out to other listeners; the workspace has none besides the app. */
class WorkspaceListenerBridge {
  async messageEvent() {}

  async roomEvent() {}

  async uiKitInteractionEvent() {}
}

module.exports = { WorkspaceListenerBridge };
