'use strict';
/**
 * Integration tests run the packaged app (dist/<slug>_<version>.zip, built by `npm test` before
 * jest starts; packaged here once if it is missing) in the real Apps-Engine 1.62.0 runtime
 * through the local workspace host, over a store in a fresh temp folder.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { WorkspaceHost } = require('../../workspace/host');

// The engine warns on every view close the app does not handle (as on a server); keep test output
// for what matters.
const warn = console.warn.bind(console);
console.warn = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('Falling back to default handler')) return;
  warn(...args);
};

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'));
const zipPath = path.join(root, 'dist', `${manifest.nameSlug}_${manifest.version}.zip`);

/** The packaged app; packages it when `npm test` has not. */
function packagedApp() {
  if (!fs.existsSync(zipPath))
    execFileSync(process.execPath, [path.join(root, '.tools', 'package.mjs')], { cwd: root, stdio: 'pipe' });
  return zipPath;
}

/** A new empty folder for a workspace store. */
function freshStoreDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-center-it-'));
}

/**
 * Starts a host with the packaged app. Stop it with `await host.stop()`.
 * @param {{host?: WorkspaceHost, storeDir?: string, deployment?: string, siteUrl?: string}} [options] pass `host` to start one made earlier (e.g. already behind an HTTP server)
 */
async function startWorkspace({ host = new WorkspaceHost(), ...options } = {}) {
  await host.start({
    storeDir: options.storeDir ?? freshStoreDir(),
    zipPath: packagedApp(),
    runtimeTimeoutMs: 10_000,
    ...options,
  });
  return host;
}

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
