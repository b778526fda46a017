'use strict';
/**
 * /privacy apps when the workspace's REST API does not answer at all (the request is held open):
 * a user waiting on a read gets the view after the app's short time-out (5 s), saying the API
 * could not be reached, with the last good list and its age when there is one; a refresh job
 * gives up after its own time-out (10 s), and a newer list read meanwhile by the refresh button
 * is kept. The runtime's time-out is a server's 30 s here, so that the app's own are tested.
 * About 22 s, mostly waiting.
 */
const { translator } = require('../../src/core/i18n/translator');
const {
  startDirectoryWorkspace,
  directoryCalls,
  appLogLines,
  appsView,
  openApps,
  readDirectory,
  act,
  ageDirectoryCache,
} = require('./helpers/appsDirectory');

jest.setTimeout(60_000);

const en = translator('en').t;

let workspace;
let host;
beforeAll(async () => {
  // Jobs run only when a test runs them, so that no refresh job is reading when a test begins.
  workspace = await startDirectoryWorkspace({ manualJobs: true, runtimeTimeoutMs: 30_000 });
  host = workspace.host;
}, 60_000);
afterAll(() => workspace?.stop());

/**
 * Resolves once the workspace server holds the app's two directory reads open (the time-out
 * failure has them), counted on the server's side: a read the app has sent but the server has
 * not yet received could still be answered if the failure were cleared now. Bounded: 30 s.
 */
async function readsHeld(since) {
  const deadline = Date.now() + 30_000;
  while (host.appsApiHeld < since + 2) {
    if (Date.now() > deadline) throw new Error('The refresh job did not read the workspace.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('the first /privacy apps waits at most the short time-out, then says the API could not be reached', async () => {
  host.setAppsApiFailure('timeout');
  const started = Date.now();
  const result = await host.runCommand('alice', '/privacy apps');
  expect(result.ok).toBe(true);
  // The wait ends at the short time-out: both reads say it was the 5 s one that gave up (no
  // upper bound on the wall clock, which a loaded machine stretches).
  expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
  expect(directoryCalls(host).sort()).toEqual([
    'GET /api/apps/installed timeout of 5000ms exceeded',
    'GET /api/apps/marketplace timeout of 5000ms exceeded',
  ]);
  const { head, names } = readDirectory(appsView(host, 'alice'));
  expect(names).toEqual([]);
  expect(head).toContain(en('apps.error.unreachable'));
  expect(head).toContain(en('apps.error.nothing'));
  expect(appLogLines(host)).toContain(
    'slashcommand:privacy:executor warning app directory: /api/apps/installed failed: unreachable',
  );
});

it('the refresh button that times out shows the last good list with its age', async () => {
  host.setAppsApiFailure(undefined);
  ageDirectoryCache(host, 1);
  expect(readDirectory(await act(host, 'alice', 'apps-refresh', 'refresh')).names).toHaveLength(10);

  ageDirectoryCache(host, 2 * 60 + 10);
  host.setAppsApiFailure('timeout');
  const view = await act(host, 'alice', 'apps-refresh', 'refresh');
  expect(directoryCalls(host).slice(-2).sort()).toEqual([
    'GET /api/apps/installed timeout of 5000ms exceeded',
    'GET /api/apps/marketplace timeout of 5000ms exceeded',
  ]);
  const { head, names } = readDirectory(view);
  expect(head).toContain(en('apps.error.unreachable'));
  expect(head).toContain(en('apps.error.lastGood', { age: en('apps.age.hours.other', { n: 2 }) }));
  expect(names).toHaveLength(10);
});

it('a refresh job that times out gives up after 10 s and does not replace a list the button read meanwhile', async () => {
  ageDirectoryCache(host, 2 * 60);
  const held = host.appsApiHeld;
  const job = host.runJobs();
  await readsHeld(held);
  // While the job waits on the silent workspace, it answers again and alice presses Refresh.
  host.setAppsApiFailure(undefined);
  let view = await act(host, 'alice', 'apps-refresh', 'refresh');
  expect(readDirectory(view).head).toContain(en('apps.updated', { age: en('apps.age.now') }));

  const ran = (await job).filter((r) => r.name.startsWith('apps-directory-refresh'));
  expect(ran.length).toBeGreaterThan(0);
  expect(ran.every((r) => r.ok)).toBe(true);
  expect(directoryCalls(host).slice(-4).sort()).toEqual([
    'GET /api/apps/installed 200',
    'GET /api/apps/installed timeout of 10000ms exceeded',
    'GET /api/apps/marketplace 200',
    'GET /api/apps/marketplace timeout of 10000ms exceeded',
  ]);

  view = await openApps(host, 'alice');
  const { head, names } = readDirectory(view);
  expect(head).toContain(en('apps.updated', { age: en('apps.age.now') }));
  expect(head).not.toContain(en('apps.error.unreachable'));
  expect(names).toHaveLength(10);
});
