'use strict';
/**
 * For the /privacy apps tests: a workspace behind its HTTP server (the app reads
 * /api/apps/installed and /api/apps/marketplace from Site_Url, served from the fake catalogue in
 * test/workspace/fixtures/appsCatalogue.js), and small readers of the directory view.
 */
const { createWorkspaceServer, WorkspaceHost, READER_ACCESS } = require('../../workspace');
const { manifest, startWorkspace, freshStoreDir, textOf } = require('./workspace');

const VIEW_ID = 'apps-view';
const CONTROLS = 'apps-controls';

/**
 * Starts a host behind the workspace server, Site_Url pointing at it; with `configure`, gives the
 * app the dedicated reader's personal access token, as an admin would. With `manualJobs`, jobs
 * run only when the test runs them (`host.runJobs()`), never on the scheduler's own tick, so that
 * a test can look at a job before it runs.
 * @param {{configure?: boolean, runtimeTimeoutMs?: number, manualJobs?: boolean}} [options]
 */
async function startDirectoryWorkspace({ configure = true, runtimeTimeoutMs, manualJobs = false } = {}) {
  const host = new WorkspaceHost();
  const server = createWorkspaceServer({ host });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await startWorkspace({
    host,
    storeDir: freshStoreDir(),
    siteUrl: `http://127.0.0.1:${server.address().port}`,
    ...(runtimeTimeoutMs ? { runtimeTimeoutMs } : {}),
  });
  if (manualJobs) {
    // The start-up runs of the jobs first (the recurring ones are then next due in minutes).
    await host.runJobs();
    host.bridges.scheduler.paused = true;
  }
  if (configure) await configureAccess(host);
  const stop = async () => {
    host.setAppsApiFailure(undefined);
    // A held (time-out) request would keep the server open.
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    await host.stop();
  };
  return { host, server, stop };
}

async function configureAccess(host, access = READER_ACCESS) {
  await host.setAppSetting('apps_api_user_id', access.userId);
  await host.setAppSetting('apps_api_token', access.token);
}

/** The app's calls to the directory routes so far: "GET /api/apps/installed 200" (or the error). */
function directoryCalls(host) {
  return host.bridges.http.calls
    .filter((c) => /\/api\/apps\/(installed|marketplace)/.test(c.url))
    .map((c) => `${c.method.toUpperCase()} ${new URL(c.url).pathname} ${c.statusCode ?? c.error}`);
}

/** The app's own log lines (not the engine's debug lines): "<method> <severity> <text>", oldest first. */
function appLogLines(host) {
  return host
    .logs()
    .flatMap((call) =>
      call.entries
        .filter((e) => e.severity !== 'debug')
        .map(
          (e) =>
            `${call.method} ${e.severity} ${e.args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`,
        ),
    );
}

/** The open directory view of a user (throws when there is none). */
function appsView(host, username) {
  const open = host.openViews(username).find((v) => v.viewId === VIEW_ID);
  if (!open) throw new Error(`${username} has no open app directory.`);
  return open;
}

/** `/privacy apps [words]` as `username`; returns the directory view it opened. */
async function openApps(host, username, words = '') {
  const result = await host.runCommand(username, `/privacy apps${words ? ` ${words}` : ''}`);
  if (!result.ok) throw new Error(`/privacy apps failed: ${result.error}`);
  return appsView(host, username);
}

/** The part of the view above the list (intro, problems, notes, count) and one entry per app, in order. */
function readDirectory(view) {
  const blocks = view.view.blocks;
  const first = blocks.findIndex((b) => b.type === 'divider');
  const head = textOf(first < 0 ? blocks : blocks.slice(0, first));
  const apps = [];
  for (const [i, block] of blocks.entries()) {
    if (block.type !== 'divider') continue;
    const end = blocks.findIndex((b, j) => j > i && b.type === 'divider');
    const text = textOf(blocks.slice(i + 1, end < 0 ? undefined : end));
    apps.push({ name: /^\*([^*]+)\*/.exec(text)?.[1], text });
  }
  return { head, apps, names: apps.map((a) => a.name), text: textOf(blocks) };
}

/** One app's entry in the view; throws when the app is not listed. */
function entryOf(view, name) {
  const entry = readDirectory(view).apps.find((a) => a.name === name);
  if (!entry) throw new Error(`${name} is not in the directory: ${readDirectory(view).names.join(', ')}`);
  return entry.text;
}

/** A control of the directory view, as the client sends it. */
async function act(host, username, actionId, value) {
  const blockId = actionId === 'apps-search-input' ? 'apps-search' : CONTROLS;
  const result = await host.blockAction(username, { viewId: VIEW_ID, blockId, actionId, value });
  if (!result.ok) throw new Error(`${actionId} failed: ${result.error ?? JSON.stringify(result.errors)}`);
  return appsView(host, username);
}

/** Moves the time the cached list was read (and last tried) back by `minutes`, as if it had aged. */
function ageDirectoryCache(host, minutes) {
  const shift = (iso) => new Date(Date.parse(iso) - minutes * 60_000).toISOString();
  host.bridges.persistence.change((records) => {
    const record = records.find(
      (r) => r.associations.length === 1 && r.associations[0].id === 'apps-directory',
    );
    if (!record) throw new Error('The app has no directory cache yet.');
    const cache = record.data;
    if (cache.installed) cache.installed.fetchedAt = shift(cache.installed.fetchedAt);
    if (cache.marketplace) cache.marketplace.fetchedAt = shift(cache.marketplace.fetchedAt);
    if (cache.lastAttempt) cache.lastAttempt.at = shift(cache.lastAttempt.at);
  });
}

module.exports = {
  manifest,
  VIEW_ID,
  startDirectoryWorkspace,
  configureAccess,
  directoryCalls,
  appLogLines,
  appsView,
  openApps,
  readDirectory,
  entryOf,
  act,
  ageDirectoryCache,
};
