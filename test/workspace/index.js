'use strict';
/**
 * The local workspace's public entry: what tests and tools (integration helpers, browser tests,
 * `npm run bench`) use, never the files behind it. It wires this app's fixtures (fixtures/) into
 * the generic Apps-Engine host (host/):
 *
 *   const { startWorkspace } = require('test/workspace');
 *   const host = await startWorkspace();            // the packaged app, a fresh store
 *   await host.runCommand('alice', '/privacy help');
 *   await host.stop();
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  WorkspaceHost: GenericWorkspaceHost,
  DEPLOYMENTS,
  APPS_API_FAILURES,
  checkRuntime,
  stopEveryHost,
  secretScan,
} = require('./host');
const { createWorkspaceServer } = require('./api/server');
const { startReferenceEndpoint } = require('./dsr-endpoint');
const { privacyCenterFixtures, SEED_USERS, READER_ACCESS, ADMIN_ACCESS } = require('./fixtures');
/** This app's stored records, built as it stores them, for `host.seedRecords` (fixtures/records.js). */
const seedRecords = require('./fixtures/records');

const root = path.resolve(__dirname, '..', '..');
/** The app's manifest (app.json). */
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'));
/** Where `node .tools/package.mjs` puts the packaged app. */
const zipPath = path.join(root, 'dist', `${manifest.nameSlug}_${manifest.version}.zip`);
/** `npm start`'s workspace (host, reference endpoint, page) as a script to run in a process of its own. */
const START_SCRIPT = path.join(__dirname, 'start.js');
/** The built playground page; `node test/workspace/playground/setup.mjs` builds it. */
const PLAYGROUND_BUNDLE = path.join(__dirname, 'playground', 'dist', 'app.js');

/** The workspace host with this app's fixtures (users, apps catalogue, tokens, job hooks). */
class WorkspaceHost extends GenericWorkspaceHost {
  /** @param {import('./host/WorkspaceHost').WorkspaceFixtures} [fixtures] */
  constructor(fixtures = privacyCenterFixtures) {
    super(fixtures);
  }
}

/** The packaged app; packages it when it is missing (`npm test` packages before jest starts). */
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
 * Starts a host with the packaged app over a store (a fresh one unless `storeDir` is given).
 * Stop it with `await host.stop()`.
 * @param {{host?: GenericWorkspaceHost, storeDir?: string, deployment?: import('./host/workspace').DeploymentMode,
 *   siteUrl?: string, runtimeTimeoutMs?: number, schedulerTickMs?: number, language?: string}} [options]
 *   pass `host` to start one made earlier (e.g. already behind an HTTP server)
 */
async function startWorkspace({ host = new WorkspaceHost(), ...options } = {}) {
  try {
    await host.start({
      storeDir: options.storeDir ?? freshStoreDir(),
      zipPath: packagedApp(),
      runtimeTimeoutMs: 10_000,
      ...options,
    });
  } catch (error) {
    // A start that failed half way (a slow machine, a bad zip) leaves no runtime behind.
    await host.stop().catch(() => undefined);
    throw error;
  }
  return host;
}

/**
 * The engine warns on every view close the app does not handle (as on a server); keeps the
 * output of tests and tools for what matters. Idempotent.
 */
function quietEngineWarnings() {
  if (/** @type {any} */ (console.warn).quiet) return;
  const warn = console.warn.bind(console);
  const quiet = (/** @type {any[]} */ ...args) => {
    if (typeof args[0] === 'string' && args[0].includes('Falling back to default handler')) return;
    warn(...args);
  };
  quiet.quiet = true;
  console.warn = quiet;
}

module.exports = {
  stopEveryHost,
  secretScan,
  WorkspaceHost,
  GenericWorkspaceHost,
  privacyCenterFixtures,
  SEED_USERS,
  READER_ACCESS,
  ADMIN_ACCESS,
  DEPLOYMENTS,
  APPS_API_FAILURES,
  checkRuntime,
  createWorkspaceServer,
  startReferenceEndpoint,
  manifest,
  zipPath,
  START_SCRIPT,
  PLAYGROUND_BUNDLE,
  packagedApp,
  freshStoreDir,
  startWorkspace,
  quietEngineWarnings,
  seedRecords,
};
