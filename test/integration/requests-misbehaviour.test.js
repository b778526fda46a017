'use strict';
/**
 * The reference endpoint misbehaving on purpose: each request ends in the state the contract
 * says, the endpoint holds it once (repeats answered as duplicates), nothing is lost, and the user
 * reads what happened in their language.
 */
const {
  wordsFor,
  bothTracks,
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  outboxEntries,
  letBackOffPass,
  aboutRef,
  dmsTo,
  createsFor,
  heldFor,
} = require('./helpers/requests');

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace(
  { settings: { admin_usernames: 'admin' } },
  (started) => ({ host, endpoint } = started),
  { resetEndpoint: true },
);

/** What the admins were told by DM since `before`, leaving out the notices of new requests (workspace track). */
const adminAlerts = (before) =>
  dmsTo(host, 'admin')
    .slice(before)
    .map((m) => m.text)
    .filter((text) => !text.startsWith(wordsFor('admin')('admin.newRequest').split('{ref}')[0]));

/** The user was told: the receipt, then the one status change `status`, and nothing else. */
function expectToldOnce(username, ref, status) {
  const t = wordsFor(username);
  const messages = aboutRef(host, username, ref);
  expect(messages.map((m) => m.text.split('\n')[0])).toEqual([
    t('request.receipt.title', { ref }),
    t('request.changed', { ref, type: t('request.type.access'), status: t(`request.status.${status}`) }),
  ]);
  return messages[1].text;
}

/** Delivered in the end, held once by the endpoint, the outbox empty of it. */
function expectDeliveredOnce(id, { duplicates = 0 } = {}) {
  expect(storedRequest(host, id).status).toBe('delivered');
  const held = heldFor(endpoint, id);
  expect(held).toHaveLength(1);
  expect(held[0].duplicates).toBe(duplicates);
}

it('5xx twice, then success: queued with back-off, then delivered once', async () => {
  await endpoint.setBehaviour({ mode: 'fail', count: 2, status: 503 });
  const { id, ref } = await fileRequest(host, 'alice');
  await host.runJobs();
  let stored = storedRequest(host, id);
  expect(stored).toMatchObject({ status: 'queued', delivery: { failures: 1, lastError: 'HTTP 503' } });
  // Back-off: about a minute (30 to 60 s with jitter); running the jobs again does not hammer.
  const wait = Date.parse(stored.delivery.nextAttemptAt) - Date.now();
  expect(wait).toBeGreaterThan(20_000);
  expect(wait).toBeLessThanOrEqual(60_000);
  await host.runJobs();
  expect(createsFor(endpoint, id)).toHaveLength(1);

  letBackOffPass(host);
  await host.runJobs();
  stored = storedRequest(host, id);
  expect(stored.delivery.failures).toBe(2);
  // The second step is longer: about two minutes.
  expect(Date.parse(stored.delivery.nextAttemptAt) - Date.now()).toBeGreaterThan(50_000);

  letBackOffPass(host);
  await host.runJobs();
  expect(createsFor(endpoint, id)).toHaveLength(3);
  expectDeliveredOnce(id);
  expectToldOnce('alice', ref, 'delivered');
});

it('a time-out after the endpoint accepted: the retry is a duplicate, still one request', async () => {
  await endpoint.setBehaviour({ mode: 'accept-then-timeout', count: 1, holdMs: 300, on: 'create' });
  const { id, ref } = await fileRequest(host, 'bruno');
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('queued');
  expect(heldFor(endpoint, id)).toHaveLength(1); // the vendor has it already

  letBackOffPass(host);
  await host.runJobs();
  const creates = createsFor(endpoint, id);
  expect(creates).toHaveLength(2);
  expect(creates[1].answer.status).toBe(200);
  expectDeliveredOnce(id, { duplicates: 1 });
  expectToldOnce('bruno', ref, 'delivered');
});

it('refused connections: queued, then delivered once when the endpoint listens again', async () => {
  await endpoint.setBehaviour({ mode: 'refuse', how: 'close', ms: 10_000 });
  const { id, ref } = await fileRequest(host, 'carla');
  await host.runJobs();
  expect(storedRequest(host, id)).toMatchObject({
    status: 'queued',
    delivery: { failures: 1, lastError: 'refused' },
  });
  expect(createsFor(endpoint, id)).toHaveLength(0);

  await endpoint.setBehaviour('normal'); // listens again
  letBackOffPass(host);
  await host.runJobs();
  expectDeliveredOnce(id);
  expectToldOnce('carla', ref, 'delivered');
});

it('429 with Retry-After: waits that long, then delivers once', async () => {
  await endpoint.setBehaviour({ mode: 'rate-limit', count: 1, retryAfter: 600 });
  const { id, ref } = await fileRequest(host, 'alice');
  await host.runJobs();
  const stored = storedRequest(host, id);
  expect(stored).toMatchObject({ status: 'queued', delivery: { lastError: 'throttled' } });
  const wait = Date.parse(stored.delivery.nextAttemptAt) - Date.now();
  expect(wait).toBeGreaterThan(590_000);
  expect(wait).toBeLessThanOrEqual(600_000);
  await host.runJobs();
  expect(createsFor(endpoint, id)).toHaveLength(1);

  letBackOffPass(host);
  await host.runJobs();
  expectDeliveredOnce(id);
  expectToldOnce('alice', ref, 'delivered');
});

it('400: a delivery failure, not a refusal: emailed to the DPO, admins told the quoted reason, the person told in their language', async () => {
  const errors = [
    {
      field: 'subject_identities[0].identity_value',
      code: 'invalid_format',
      message: 'not an address we serve',
    },
  ];
  await endpoint.setBehaviour({ mode: 'bad-request', count: 1, errors });
  const adminBefore = dmsTo(host, 'admin').length;
  const { id, ref } = await fileRequest(host, 'bruno');
  await host.runJobs();
  const stored = storedRequest(host, id);
  expect(stored).toMatchObject({ status: 'failed', channel: 'email' });
  expect(stored.history.at(-1)).toMatchObject({ status: 'failed', source: 'delivery' });
  expect(outboxEntries(host).some((e) => e.requestId === id)).toBe(false);
  expect(heldFor(endpoint, id)).toEqual([]);
  // As after a dead-letter: the DPO has the request by email.
  const mails = host.emails().filter((m) => m.subject.includes(ref));
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatchObject({ to: 'dpo@acme.example', replyTo: 'bruno@example.org' });

  // The person reads, in German, that it was passed on by email: no refusal, no complaint advice,
  // none of the endpoint's English words.
  const t = wordsFor('bruno');
  const reason = endpoint.inbox().at(-1).answer.body.error.message;
  const messages = aboutRef(host, 'bruno', ref);
  expect(messages.map((m) => m.text.split('\n')[0])).toEqual([
    t('request.receipt.title', { ref }),
    t('request.handedOver', { ref, type: t('request.type.access'), email: 'dpo@acme.example' }),
  ]);
  const told = messages[1].text;
  expect(told).not.toContain(t('request.complaint'));
  expect(told).not.toContain(t('request.status.rejected'));
  expect(told).not.toContain(reason);
  expect(t('request.handedOver', { ref, type: 'x', email: 'y' })).not.toBe(
    wordsFor('alice')('request.handedOver', { ref, type: 'x', email: 'y' }),
  );

  // The admins get the endpoint's reason, bounded and quoted, and where the request went.
  const a = wordsFor('admin');
  expect(adminAlerts(adminBefore)).toEqual([
    [
      a('admin.malformed', { ref, reason: `“${reason}”` }),
      a('admin.malformed.emailed', { email: 'dpo@acme.example' }),
    ].join('\n'),
  ]);

  // Never retried.
  letBackOffPass(host);
  await host.runJobs();
  expect(createsFor(endpoint, id)).toHaveLength(1);
});

it('400 under LGPD: passed on by email, told in Portuguese, never as a refusal', async () => {
  await endpoint.setBehaviour({ mode: 'bad-request', count: 1 });
  const { id, ref } = await fileRequest(host, 'carla', { jurisdiction: 'lgpd' });
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('failed');
  const t = wordsFor('carla');
  const text = aboutRef(host, 'carla', ref).at(-1).text;
  expect(text).toBe(
    t('request.handedOver', { ref, type: t('request.type.access'), email: 'dpo@acme.example' }),
  );
  const status = await host.runCommand('carla', `/privacy status ${ref}`);
  expect(status.ok).toBe(true);
  const detail = host
    .transcript('carla')
    .filter((m) => m.kind === 'ephemeral')
    .at(-1).text;
  expect(detail).toContain(t('status.detail.title', { ref, status: bothTracks(t, 'emailed') }));
  expect(detail).not.toContain(t('request.status.rejected'));
});

it('401 until the token is fixed: stays queued, admins told once, the settings change delivers it', async () => {
  await host.setAppSetting('dsr_token', 'old-token');
  await host.runJobs();
  await endpoint.setBehaviour({ mode: 'unauthorized', token: 'new-token' });
  const adminBefore = dmsTo(host, 'admin').length;
  const { id, ref } = await fileRequest(host, 'alice');
  await host.runJobs();
  let stored = storedRequest(host, id);
  expect(stored).toMatchObject({ status: 'queued', delivery: { lastError: 'unauthorized', failures: 0 } });
  expect(stored.delivery.authBlockedSince).toBeDefined();
  letBackOffPass(host);
  await host.runJobs();
  expect(createsFor(endpoint, id).map((c) => c.answer.status)).toEqual([401, 401]);
  stored = storedRequest(host, id);
  expect(stored.status).toBe('queued');
  expect(stored.delivery.failures).toBe(0); // not counted toward the 72 h
  expect(adminAlerts(adminBefore)).toEqual([wordsFor('admin')('admin.unauthorized')]);
  expect(aboutRef(host, 'alice', ref)).toHaveLength(1); // only the receipt so far

  // The admin fixes the token: the app wakes the outbox at once.
  await host.setAppSetting('dsr_token', 'new-token');
  expect(host.jobs().some((j) => j.name.startsWith('outbox-wake'))).toBe(true);
  const ran = await host.runJobs();
  expect(ran.some((r) => r.name.startsWith('outbox-wake') && r.ok)).toBe(true);
  expectDeliveredOnce(id);
  expect(createsFor(endpoint, id).at(-1).checks.token).toBe('ok');
  expectToldOnce('alice', ref, 'delivered');
  expect(adminAlerts(adminBefore)).toHaveLength(1);
  await host.setAppSetting('dsr_token', '');
  endpoint.configure({ token: null });
  await host.runJobs();
});

it('garbage (200 that is not JSON): not taken as accepted, retried, delivered once', async () => {
  await endpoint.setBehaviour({ mode: 'garbage', count: 1, on: 'create' });
  const { id, ref } = await fileRequest(host, 'bruno');
  await host.runJobs();
  expect(storedRequest(host, id)).toMatchObject({ status: 'queued', delivery: { failures: 1 } });
  expect(heldFor(endpoint, id)).toEqual([]);
  letBackOffPass(host);
  await host.runJobs();
  expectDeliveredOnce(id);
  expectToldOnce('bruno', ref, 'delivered');
});

it('after all of that, nothing is lost: every request is final or delivered, and held at most once', () => {
  for (const held of endpoint.requests()) {
    expect(endpoint.requests().filter((r) => r.subject_request_id === held.subject_request_id)).toHaveLength(
      1,
    );
  }
  const ids = host.bridges.persistence
    .records()
    .filter((r) => r.associations.some((a) => a.id.startsWith('request:')) && r.data.kind !== 'request-event')
    .map((r) => storedRequest(host, r.data.id));
  expect(ids.length).toBe(8);
  for (const request of ids) expect(['delivered', 'failed']).toContain(request.status);
  expect(
    outboxEntries(host).every((e) => ids.find((r) => r.id === e.requestId)?.status === 'delivered'),
  ).toBe(true);
});
