'use strict';
/**
 * Integration tests run the packaged app (dist/<slug>_<version>.zip, built by `npm test` before
 * jest starts; packaged once if it is missing) in the real Apps-Engine 1.62.0 runtime through the
 * local workspace host (its public entry, test/workspace/index.js), over a store in a fresh temp
 * folder; and read what the app shows.
 */
const {
  manifest,
  zipPath,
  packagedApp,
  freshStoreDir,
  startWorkspace,
  quietEngineWarnings,
} = require('../../workspace');

quietEngineWarnings();

/** The text of every block (and nested text objects) of a view or message, joined. */
function textOf(blocksOrView) {
  const out = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.text === 'string') out.push(node.text);
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
  };
  walk(blocksOrView);
  return out.join('\n');
}

/** The first element (or block) with this action id in a view's blocks. */
function findElement(view, actionId) {
  let found;
  const walk = (node) => {
    if (!node || typeof node !== 'object' || found) return;
    if (node.actionId === actionId && node.type) found = node;
    else Object.values(node).forEach(walk);
  };
  walk(view.blocks);
  return found;
}

/** The app's messages and notices to a user (the transcript without the user's own). */
function fromApp(host, username) {
  return host.transcript(username).filter((m) => m.sender?.username === `${manifest.nameSlug}.bot`);
}

module.exports = {
  manifest,
  zipPath,
  packagedApp,
  freshStoreDir,
  startWorkspace,
  textOf,
  fromApp,
  findElement,
};
