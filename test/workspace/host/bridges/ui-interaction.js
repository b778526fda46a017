'use strict';
/**
 * What the server pushes to a user's client when an app opens, updates or closes a view
 * (openSurfaceView, updateSurfaceView, ...): recorded as the user's open views. The same
 * rules apply to the answers of interaction handlers (see applyInteraction).
 */
const { engineRequire } = require('../runtime-env');

const { UiInteractionBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

/**
 * Applies one UIKit interaction (modal.open, contextual_bar.update, errors, ...) to a user's
 * open views, as the web client does.
 * @param {import('../workspace').Workspace} ws
 * @param {string} userId
 * @param {any} interaction
 */
function applyInteraction(ws, userId, interaction) {
  if (!interaction || typeof interaction !== 'object' || !interaction.type) return;
  const views = ws.openViewsOf(userId);
  const [surfaceName, action] = interaction.type.split('.');
  const surface =
    surfaceName === 'modal' ? 'modal' : surfaceName === 'contextual_bar' ? 'contextualBar' : undefined;
  const viewId = interaction.view?.id ?? interaction.viewId;
  const index = views.findIndex((v) => v.viewId === viewId);
  if (interaction.type === 'errors') {
    if (index !== -1) views[index].errors = interaction.errors;
    return;
  }
  if (!surface) return;
  if (action === 'open') {
    if (index !== -1) views.splice(index, 1);
    // A client shows one modal and one contextual bar at a time: a new one replaces the old.
    const same = views.findIndex((v) => v.surface === surface);
    if (same !== -1) views.splice(same, 1);
    views.push({ viewId, surface, view: interaction.view, appId: interaction.appId });
  } else if (action === 'update') {
    if (index !== -1) views[index] = { ...views[index], view: interaction.view, errors: undefined };
  } else if (action === 'close') {
    if (index !== -1) views.splice(index, 1);
    else if (!viewId)
      ws.views.set(
        userId,
        views.filter((v) => v.surface !== surface),
      );
  }
}

class WorkspaceUiInteractionBridge extends UiInteractionBridge {
  /** @param {import('../workspace').Workspace} ws */
  constructor(ws) {
    super();
    this.ws = ws;
  }

  async notifyUser(user, interaction, appId) {
    this.ws.interactionLog.push({ userId: user.id, appId, interaction, ts: new Date().toISOString() });
    applyInteraction(this.ws, user.id, { appId, ...interaction });
  }
}

module.exports = { WorkspaceUiInteractionBridge, applyInteraction };
