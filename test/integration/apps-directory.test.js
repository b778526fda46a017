'use strict';
/**
 * /privacy apps: the app reads its own workspace's REST API (/api/apps/installed and
 * /api/apps/marketplace, with an admin's personal access token) from the workspace server at
 * Site_Url, and shows every installed app with what the Marketplace says about its privacy.
 */
const { startWorkspace, freshStoreDir, textOf } = require('./helpers/workspace');
const { createWorkspaceServer } = require('../workspace/api/server');
const { WorkspaceHost } = require('../workspace/host');
const { ADMIN_ACCESS } = require('../workspace/host/other-apps');

jest.setTimeout(60_000);

let host;
let server;
beforeAll(async () => {
  host = new WorkspaceHost();
  server = createWorkspaceServer({ host });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await startWorkspace({
    host,
    storeDir: freshStoreDir(),
    siteUrl: `http://127.0.0.1:${server.address().port}`,
  });
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await host?.stop();
});

it('lists the installed apps with the privacy facts the Marketplace publishes', async () => {
  await host.setAppSetting('apps_api_user_id', ADMIN_ACCESS.userId);
  await host.setAppSetting('apps_api_token', ADMIN_ACCESS.token);
  await host.runJobs();
  const calls = host.bridges.http.calls.map(
    (c) => `${c.method.toUpperCase()} ${new URL(c.url).pathname} ${c.statusCode}`,
  );
  expect(calls).toEqual(
    expect.arrayContaining(['GET /api/apps/installed 200', 'GET /api/apps/marketplace 200']),
  );

  expect(await host.runCommand('alice', '/privacy apps')).toMatchObject({ ok: true });
  const view = host.openViews('alice').at(-1);
  expect(view.surface).toBe('contextualBar');
  const text = textOf(view.view);
  for (const name of ['Giphy', 'Jira Cloud', 'Team Lunch Poll', 'Privacy Center'])
    expect(text).toContain(name);
  expect(text).toContain('Search terms are sent to Giphy');
});

it('refuses a wrong token, as the workspace does', async () => {
  const response = await fetch(`${host.workspace.siteUrl}/api/apps/installed`, {
    headers: { 'X-User-Id': ADMIN_ACCESS.userId, 'X-Auth-Token': 'wrong' },
  });
  expect(response.status).toBe(401);
});
