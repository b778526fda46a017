'use strict';
/**
 * A status callback from the vendor reaches the app's own REST endpoint through the workspace's
 * HTTP server (Site_Url is that server, as on a real self-hosted workspace): a signed one is
 * applied and the user told; a forged one is refused.
 */
const { startWorkspace, freshStoreDir, fromApp } = require('./helpers/workspace');
const { startReferenceEndpoint, createWorkspaceServer, WorkspaceHost } = require('../workspace');

jest.setTimeout(60_000);

const SECRET = 'callback-secret-for-tests';
let host;
let server;
let endpoint;
beforeAll(async () => {
  endpoint = await startReferenceEndpoint({ port: 0, signingSecret: SECRET });
  host = new WorkspaceHost();
  server = createWorkspaceServer({ host });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${server.address().port}`;
  await startWorkspace({ storeDir: freshStoreDir(), siteUrl, host });
  await host.setAppSetting('dsr_allow_local_endpoint', true); // the endpoint is on 127.0.0.1
  await host.setAppSetting('dsr_endpoint_url', endpoint.url);
  await host.setAppSetting('dsr_signing_secret', SECRET);
  await host.setAppSetting('dsr_callbacks_reachable', true);
  // The callback endpoint opens when the app starts with the setting on (issue 9.1).
  await host.restartRuntime();
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await host?.stop();
  await endpoint?.close();
});

async function until(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('applies a signed callback and refuses a forged one', async () => {
  await host.runCommand('bruno', '/privacy request');
  const modal = host.openViews('bruno').find((v) => v.surface === 'modal');
  const submitted = await host.submitView('bruno', modal.viewId, {
    'request-jurisdiction': { 'request-jurisdiction-select': 'gdpr' },
    'request-type': { 'request-type-select': 'access' },
    'request-categories': { 'request-categories-select': ['account', 'usage'] },
    'request-confirm': { 'request-confirm-check': ['own'] },
  });
  expect(submitted.ok).toBe(true);
  const [stored] = await until(() => endpoint.requests().length > 0 && endpoint.requests());
  const callbackUrl = `${host.workspace.siteUrl}/api/apps/public/${host.appId}/dsr-callback`;
  expect(stored.status_callback_urls).toEqual([callbackUrl]);

  const forged = await endpoint.sendCallback({
    id: stored.subject_request_id,
    status: 'completed',
    forge: true,
  });
  expect(forged.status).toBe(401);

  const signed = await endpoint.sendCallback({
    id: stored.subject_request_id,
    status: 'completed',
    results_url: 'https://vendor.example/r/1',
  });
  expect(signed.status).toBe(202);
  // bruno reads German: the DM names the new status and where the results are.
  const told = await until(() =>
    fromApp(host, 'bruno').find((m) => m.roomType === 'd' && m.text.includes('https://vendor.example/r/1')),
  );
  expect(told.text).toMatch(/PR-[0-9A-F]{8}/);
  expect(told.text).toContain('abgeschlossen');
});
