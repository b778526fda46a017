'use strict';
/**
 * Issue 14, the secret scan's positive control: every integration and browser file is scanned for
 * the secrets its hosts and endpoints were given (test/workspace/host/secret-scan.js, run by
 * helpers/stopHosts.js). Here the scan is shown to find them: a person types the token into a
 * request (a stored record, the body the endpoint received), and secrets planted in a message, a
 * log record, a stored record, an e-mail, an upload and a body sent to the endpoint are each found;
 * a file that shows a secret without opting out fails.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { secretScan } = require('../workspace');
const { useRequestsWorkspace, fileRequest, storedRequest } = require('./helpers/requests');

jest.setTimeout(180_000);

const TOKEN = 'dsr-token-scan-P4wQ9zT2vL';
const SIGNING = 'signing-secret-scan-K8vN3xR6';
const ECHO = 'this file puts the secrets where they do not belong on purpose: the scan must find them';

let host;
let endpoint;
useRequestsWorkspace(
  {
    endpoint: { token: TOKEN, signingSecret: SIGNING },
    settings: { dsr_token: TOKEN, dsr_signing_secret: SIGNING },
  },
  (started) => {
    ({ host, endpoint } = started);
    // Explicit, with the reason: without it this file would fail at its end (see the last test).
    host.allowSecretEcho = ECHO;
    endpoint.allowSecretEcho = ECHO;
  },
);

/** Whether a hit names this secret (`name`, e.g. "setting dsr_token") in this kind of place. */
const found = (hits, name, place) =>
  hits.some((h) => h.name.split(', ').includes(name) && h.where.split(' #')[0] === place);

it('the token a person typed into a request is found in the stored record and in the body the endpoint received', async () => {
  const filed = await fileRequest(host, 'alice', { details: `my token is ${TOKEN}` });
  await host.runJobs();
  expect(storedRequest(host, filed.id)).toMatchObject({ status: 'delivered' });

  const shown = host.scanEverythingShown();
  expect(found(shown, 'setting dsr_token', 'stored record')).toBe(true);
  expect(shown.every((h) => h.allowed === ECHO)).toBe(true);
  const received = secretScan.scanSource(endpoint);
  expect(found(received, 'endpoint token', 'call received')).toBe(true);
  expect(found(received, 'endpoint token', 'request kept')).toBe(true);
  // The headers that carry the secrets are not where they leak: the endpoint checked the token.
  expect(endpoint.inbox().every((call) => call.checks.token === 'ok')).toBe(true);
});

it('a secret planted in a message, a log record, a stored record, an e-mail, an upload and an endpoint body is found in each, named without the secret', async () => {
  const planted = { TOKEN, SIGNING };
  host.workspace.addMessage({ kind: 'message', roomId: 'GENERAL', text: `token: ${TOKEN}` });
  await host.logStorage.storeEntries({
    appId: host.appId,
    method: 'planted',
    entries: [{ args: [SIGNING] }],
  });
  host.bridges.persistence.change((records) => {
    records.push({ _id: 'planted', appId: host.appId, associations: [], data: { note: SIGNING } });
  });
  host.workspace.sendEmail({ to: ['dpo@acme.example'], subject: 'planted', text: `${TOKEN}` });
  host.workspace.change((ws) => {
    ws.uploads = [
      ...(ws.uploads ?? []),
      { id: 'up-planted', content: Buffer.from(SIGNING).toString('base64') },
    ];
  });
  // Only a truncated copy (the first 24 characters) in the body sent to the endpoint.
  const sent = await fetch(`${endpoint.url}/requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject_request_id: 'planted', note: SIGNING.slice(0, 24) }),
  });
  expect(sent.status).toBeGreaterThanOrEqual(200);

  const hits = [...host.scanEverythingShown(), ...secretScan.scanSource(endpoint)];
  const missed = [
    ['setting dsr_token', 'message'],
    ['setting dsr_signing_secret', 'log record'],
    ['setting dsr_signing_secret', 'stored record'],
    ['setting dsr_token', 'e-mail'],
    ['setting dsr_signing_secret', 'upload'],
    ['endpoint signing secret', 'call received'],
  ].filter(([name, place]) => !found(hits, name, place));
  expect(missed).toEqual([]);
  // The bearer header itself is not a hit (it is where the token belongs).
  const report = secretScan.describeHits(
    secretScan.scanParts('check', { header: [{ Authorization: `Bearer ${TOKEN}` }] }),
  );
  expect(report).toBe('');
  const named = secretScan.describeHits(host.scanEverythingShown());
  expect(named).toContain(`"${TOKEN.slice(0, 3)}…" (${TOKEN.length} characters)`);
  for (const secret of Object.values(planted)) expect(named).not.toContain(secret.slice(0, 8));
});

it('values under 8 characters and empty ones are not looked for; an opt-out needs a reason', () => {
  expect(secretScan.rememberSecret('short', 'setting dsr_token')).toBe(false);
  expect(secretScan.rememberSecret('', 'setting dsr_token')).toBe(false);
  expect(() => secretScan.allowReason({ allowSecretEcho: true })).toThrow(/reason/);
  expect(secretScan.allowReason({ allowSecretEcho: ECHO })).toBe(ECHO);
});

it('a file that shows a secret without opting out fails, naming where and not the secret', () => {
  const root = path.resolve(__dirname, '..', '..');
  const config = {
    rootDir: root,
    testMatch: ['<rootDir>/test/integration/fixtures/secret-leak.fixture.js'],
    testEnvironment: 'node',
    setupFilesAfterEnv: ['<rootDir>/test/integration/helpers/stopHosts.js'],
  };
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--config', JSON.stringify(config)],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', PRIVACY_SECRET_SCAN_SUMMARY: '' },
    },
  );
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain('A secret appeared where it does not belong (issue 14), 2 time(s)');
  expect(output).toContain(
    '- setting dsr_token "lea…" (24 characters) in planted source: message #0 (msg-1)',
  );
  expect(output).toContain('in planted source: log record #0');
  expect(output).not.toContain('Z9kq4Wm2Tx');
});
