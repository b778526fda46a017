'use strict';
/**
 * Issue 9.5: the engine logs what the app's onPreSettingUpdate returns (debug level, into the
 * app's logs an admin reads). A full run: every secret saved with a good value and then a
 * refused one, requests filed and delivered, a callback, the app directory read, jobs run; then
 * no log record the workspace keeps holds any of the secrets, good or refused.
 */
const { createHmac } = require('node:crypto');
const { createWorkspaceServer, WorkspaceHost, startReferenceEndpoint } = require('../workspace');
const { startWorkspace, freshStoreDir } = require('./helpers/workspace');
const { fileRequest, storedRequest } = require('./helpers/requests');

jest.setTimeout(180_000);

const TOKEN = 'dsr-token-Q7mZ2vL9xR4kT8pW';
const SIGNING = 'signing-secret-H3nB6cY1fJ5sD0gU';
const APPS_TOKEN = 'local-privacy-reader-personal-access-token';
// Refused values (over 1,024 characters), each with a marker to look for.
const refused = (marker) => `${marker}-${'z'.repeat(1100)}`;
const REFUSED = {
  dsr_token: refused('REFUSED-DSR-TOKEN-A1'),
  dsr_signing_secret: refused('REFUSED-SIGNING-B2'),
  apps_api_token: refused('REFUSED-APPS-TOKEN-C3'),
};

let host;
let server;
let endpoint;
beforeAll(async () => {
  endpoint = await startReferenceEndpoint({ port: 0, token: TOKEN, signingSecret: SIGNING });
  host = new WorkspaceHost();
  server = createWorkspaceServer({ host });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${server.address().port}`;
  await startWorkspace({ storeDir: freshStoreDir(), siteUrl, host, schedulerTickMs: 3_600_000 });
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await host?.stop();
  await endpoint?.close();
});

it('no log record holds a secret, whether saved, kept after a refused save, or refused', async () => {
  const settings = {
    requests_per_day: 100,
    // The reference endpoint listens on 127.0.0.1: a development workspace allows local addresses.
    dsr_allow_local_endpoint: true,
    dsr_endpoint_url: endpoint.url,
    dsr_token: TOKEN,
    dsr_signing_secret: SIGNING,
    dsr_callbacks_reachable: true,
    apps_api_user_id: 'user-privacy-reader',
    apps_api_token: APPS_TOKEN,
  };
  for (const [id, value] of Object.entries(settings)) await host.setAppSetting(id, value);
  for (const [id, value] of Object.entries(REFUSED)) {
    const after = await host.setAppSetting(id, value);
    expect(after.value).toBe(settings[id]); // refused: the good value stays in force
  }
  await host.restartRuntime(); // the callback endpoint opens when the app starts
  await host.runJobs();

  const filed = await fileRequest(host, 'alice');
  await host.runJobs();
  expect(storedRequest(host, filed.id)).toMatchObject({ status: 'delivered', channel: 'endpoint' });
  const raw = JSON.stringify({
    controller_id: 'reference',
    status_callback_url: 'x',
    subject_request_id: filed.id,
    request_status: 'pending',
    api_version: '2.0',
  });
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', SIGNING).update(`${t}.${raw}`).digest('hex');
  const called = await host.callEndpoint({
    method: 'POST',
    path: `/api/apps/public/${host.appId}/dsr-callback`,
    headers: { 'x-privacy-signature': `t=${t},v1=${v1}` },
    content: JSON.parse(raw),
  });
  expect(called.status).toBe(202);
  expect((await host.runCommand('alice', '/privacy apps')).ok).toBe(true);
  await host.runJobs();

  const logs = JSON.stringify(host.logs());
  // The run did log (the engine's debug records of onPreSettingUpdate among them).
  expect(logs).toContain('onPreSettingUpdate');
  const secrets = { TOKEN, SIGNING, APPS_TOKEN, ...REFUSED };
  const found = Object.entries(secrets)
    .filter(([, value]) => logs.includes(value.slice(0, 24)))
    .map(([name]) => name);
  expect(found).toEqual([]);
});

/** Drops the two headers that must carry the secrets (the token, the signature), wherever they are. */
function withoutSecretHeaders(value) {
  if (Array.isArray(value)) return value.map(withoutSecretHeaders);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['authorization', 'x-privacy-signature'].includes(key.toLowerCase()))
      .map(([key, inner]) => [key, withoutSecretHeaders(inner)]),
  );
}

it('issue 14: after file, deliver, callback, status read, cancel, admin test and export, no message, view, log, e-mail, record or HTTP body holds a secret', async () => {
  await host.setAppSetting('admin_usernames', 'admin');
  const second = await fileRequest(host, 'alice', { details: `my words, not ${TOKEN.slice(0, 4)}` });
  await host.runJobs();
  const { ref } = storedRequest(host, second.id);
  expect(storedRequest(host, second.id)).toMatchObject({ status: 'delivered' });
  // A status change at the endpoint, then its callback: the app reads the status back (a poll).
  const callback = await endpoint.sendCallback({ id: second.id, status: 'in_progress' });
  expect(callback.status).toBe(202);
  await host.runJobs();
  const answers = [];
  for (const [user, command] of [
    ['alice', '/privacy status'],
    ['alice', `/privacy status ${ref}`],
    ['alice', `/privacy cancel ${ref}`],
    ['admin', '/privacy admin test'],
    ['admin', '/privacy admin export full'],
    ['admin', '/privacy admin'],
  ]) {
    answers.push(await host.runCommand(user, command));
    await host.runJobs();
  }
  expect(answers.every((a) => a.ok)).toBe(true);
  expect(endpoint.inbox().some((call) => call.method === 'DELETE')).toBe(true);

  const users = ['admin', 'alice', 'bruno', 'carla'];
  const seen = {
    logs: host.logs(),
    messages: users.map((u) => host.transcript(u)),
    views: users.map((u) => host.openViews(u)),
    emails: host.emails(),
    uploads: host.uploads().map((u) => ({ ...u, text: Buffer.from(u.content, 'base64').toString('utf8') })),
    records: host.bridges.persistence.records().filter((r) => r.appId === host.appId),
    commandAnswers: answers,
    endpointReceived: withoutSecretHeaders(endpoint.inbox()),
    callbacksSent: withoutSecretHeaders(endpoint.callbacks()),
  };
  // The secrets did their work where they belong: the endpoint checked the token on every call
  // (it keeps the header as `Bearer [redacted]`) and the signature of every request it was sent.
  expect(endpoint.inbox().every((call) => call.checks.token === 'ok')).toBe(true);
  expect(
    endpoint
      .inbox()
      .filter((call) => call.method === 'POST')
      .every((c) => c.checks.signature === 'ok'),
  ).toBe(true);
  expect(seen.uploads.length).toBeGreaterThan(0);
  const secrets = { TOKEN, SIGNING, APPS_TOKEN, ...REFUSED };
  const hits = [];
  for (const [where, value] of Object.entries(seen)) {
    const text = JSON.stringify(value);
    for (const [name, secret] of Object.entries(secrets))
      if (text.includes(secret.slice(0, 24))) hits.push(`${name} in ${where}`);
  }
  expect(hits).toEqual([]);
});
