'use strict';
/**
 * Every endpoint misbehaviour of the contract, once each, then a seeded random mix of them over a
 * couple of hundred requests (issue 14, "under faults"). The reference endpoint plays a sequence:
 * each create it receives takes the next step (test/workspace/dsr-endpoint, mode `sequence`).
 * Time passes by bringing waiting deliveries forward (the host's "run jobs now"), and some
 * requests are made 73 hours old mid-run so that the give-up threshold is crossed (a dead-letter:
 * handed over to the DPO by e-mail). Driven until nothing is due, then: every request is delivered
 * and held exactly once by id at the endpoint, or handed over by e-mail with the person told; none
 * is left queued; the outbox holds only the polls of delivered requests; each person was told each
 * change once.
 *
 * The calls a request meets depend on the order the outbox takes them in (the ids are random), so
 * the seed fixes the faults the endpoint plays, not which request meets which.
 */
const {
  wordsFor,
  useRequestsWorkspace,
  modalState,
  requestModalOf,
  storedRequest,
  outboxEntries,
  aboutRef,
  createsFor,
  heldFor,
} = require('./helpers/requests');
const { seeded: prng } = require('./helpers/seeded');
const { referenceOf } = require('../../src/core/requests/request');

jest.setTimeout(90_000);

const SEED = 20261130;
const USERS = ['alice', 'bruno', 'carla'];
// 45 requests by default: in the real runtime on a loaded 2-core machine a delivery call costs
// about 0.15 s and each outbox job about 0.5 s, so a few hundred do not fit the file's 90 s.
// FAULTS_PER_USER=67 (201 requests) runs the same mix longer.
const PER_USER = Number(process.env.FAULTS_PER_USER ?? 15);
const TOTAL = USERS.length * PER_USER;
/** Requests each person files between two runs of the jobs. */
const CHUNK = 5; // 201 requests; the daily limit allows 100 a person
const DPO = 'dpo@acme.example';

/** Each misbehaviour once, the app's own 5 s time-out among them. */
const EACH_ONCE = [
  { mode: 'fail', status: 503 },
  { mode: 'fail', status: 500 },
  { mode: 'rate-limit', retryAfter: 120 },
  { mode: 'bad-request' },
  { mode: 'unauthorized' },
  { mode: 'timeout', holdMs: 5_500 }, // longer than the app waits: its own time-out
  { mode: 'timeout', holdMs: 150 }, // dropped by the endpoint: a reset after a wait
  { mode: 'accept-then-timeout', holdMs: 150 }, // stored, never answered: the retry is a duplicate
  { mode: 'refuse', how: 'reset' },
  { mode: 'garbage' },
  { mode: 'delay', delayMs: 300 },
  'normal',
];

/** The random mix: weights of each kind of call. */
const MIX = [
  [40, () => 'normal'],
  [12, (r) => ({ mode: 'fail', status: 500 + Math.floor(r() * 4) })],
  [5, (r) => ({ mode: 'rate-limit', retryAfter: 1 + Math.floor(r() * 600) })],
  [3, () => ({ mode: 'bad-request' })],
  [4, () => ({ mode: 'unauthorized' })],
  [6, (r) => ({ mode: 'timeout', holdMs: 50 + Math.floor(r() * 150) })],
  [9, (r) => ({ mode: 'accept-then-timeout', holdMs: 50 + Math.floor(r() * 150) })],
  [6, () => ({ mode: 'refuse', how: 'reset' })],
  [6, () => ({ mode: 'garbage' })],
  [9, (r) => ({ mode: 'delay', delayMs: 20 + Math.floor(r() * 200) })],
];

function mixOf(r, length) {
  const total = MIX.reduce((sum, [w]) => sum + w, 0);
  return Array.from({ length }, () => {
    let pick = r() * total;
    for (const [w, make] of MIX) {
      pick -= w;
      if (pick < 0) return make(r);
    }
    return 'normal';
  });
}

let host;
let endpoint;
// The engine's budget for a call into the app as on a server (30 s; the workspace's is 10 s): an
// outbox run, with its calls held and delayed on purpose, is bounded to fit in it.
useRequestsWorkspace(
  { settings: { requests_per_day: 100 }, runtimeTimeoutMs: 30_000 },
  (started) => ({ host, endpoint } = started),
);

/** Runs the outbox's jobs (the one-time ones each submit schedules, and the hourly run) now. */
const runOutboxJobs = () => host.bridges.scheduler.runNamed((name) => name.startsWith('outbox'));

/** Files a request as the modal does, in two calls (the command, the submit). */
async function fileQuickly(username) {
  const opened = await host.runCommand(username, '/privacy request');
  if (!opened.ok) throw new Error(`/privacy request failed: ${opened.error}`);
  const { viewId, view } = requestModalOf(host, username);
  const state = modalState(
    { jurisdiction: 'gdpr', type: 'access', categories: ['account', 'usage', 'app', 'content', 'tracking'] },
    view,
  );
  const result = await host.submitView(username, viewId, state);
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors ?? result.error)}`);
  const id = viewId.slice('privacy-request:'.length);
  return { username, id, ref: referenceOf(id) };
}

/** The first-failure time of a request made 73 h old: its next failure gives up (a dead-letter). */
function ageFailures(id) {
  const long = new Date(Date.now() - 73 * 3_600_000).toISOString();
  host.bridges.persistence.change((records) => {
    for (const r of records)
      if (r.associations.some((a) => a.id === `request:${id}`) && r.data.change?.set?.firstFailureAt)
        r.data.change.set.firstFailureAt = long;
  });
}

/** A create the endpoint stored (or counted as a duplicate): let through, with the token it wants. */
const processed = (call) =>
  [null, 'delay', 'accept-then-timeout'].includes(call.behaviour) &&
  ['ok', 'not-required'].includes(call.checks.token);

it(`each misbehaviour once, then a seeded mix (seed ${SEED}) over ${TOTAL} requests: delivered once or handed over, none stuck, each person told once`, async () => {
  const r = prng(SEED);
  const filed = [];
  await endpoint.setBehaviour({
    mode: 'sequence',
    on: 'create',
    steps: [...EACH_ONCE, ...mixOf(r, TOTAL * 3)],
  });
  // People file while deliveries run, as on a server: a few requests from each, then the jobs.
  for (let i = 0; i < PER_USER; i += CHUNK) {
    await Promise.all(
      USERS.map(async (username) => {
        for (let k = i; k < Math.min(PER_USER, i + CHUNK); k++) filed.push(await fileQuickly(username));
      }),
    );
    await runOutboxJobs();
  }
  expect(filed).toHaveLength(TOTAL);

  let rounds = 0;
  const aged = new Set();
  const queued = () => filed.filter((f) => storedRequest(host, f.id).status === 'queued');
  for (let waiting = queued(); waiting.length > 0 && rounds < 60; waiting = queued()) {
    rounds++;
    // Past the first rounds, some of those still failing have been failing for 73 hours.
    if (rounds === 2)
      for (const f of waiting)
        if (r() < 0.5) {
          ageFailures(f.id);
          aged.add(f.id);
        }
    host.bringWaitingDeliveriesForward();
    await runOutboxJobs();
  }
  expect(queued()).toEqual([]);

  const outbox = outboxEntries(host);
  const stats = { delivered: 0, handedOver: 0, deadLettered: 0, duplicates: 0 };
  for (const { username, id, ref } of filed) {
    const stored = storedRequest(host, id);
    const creates = createsFor(endpoint, id);
    const held = heldFor(endpoint, id);
    const t = wordsFor(username);
    const told = aboutRef(host, username, ref).map((m) => m.text.split('\n')[0]);
    const mails = host.emails().filter((m) => m.subject.includes(ref));
    // The endpoint holds an id once at most; each create it processed after the first is a duplicate.
    expect(held.length).toBeLessThanOrEqual(1);
    if (held.length) {
      expect(held[0].duplicates).toBe(creates.filter(processed).length - 1);
      stats.duplicates += held[0].duplicates;
    }
    if (stored.status === 'delivered') {
      stats.delivered++;
      expect(stored.channel).not.toBe('email');
      expect(held).toHaveLength(1);
      expect([200, 201]).toContain(creates.at(-1).answer?.status);
      expect(mails).toEqual([]);
      expect(told).toEqual([
        t('request.receipt.title', { ref }),
        t('request.changed', { ref, type: t('request.type.access'), status: t('request.status.delivered') }),
      ]);
    } else {
      // Handed over: after a 400, or after 72 h of failures.
      expect(stored).toMatchObject({ status: 'failed', channel: 'email' });
      stats.handedOver++;
      if (stored.history.at(-1).reason === 'undeliverable') stats.deadLettered++;
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ to: DPO, replyTo: `${username}@example.org` });
      expect(outbox.some((e) => e.requestId === id)).toBe(false);
      expect(told).toEqual([
        t('request.receipt.title', { ref }),
        t('request.handedOver', { ref, type: t('request.type.access'), email: DPO }),
      ]);
    }
  }
  // Every kind of call was played, and both ends were reached.
  const played = new Set(endpoint.inbox().map((c) => c.behaviour));
  for (const mode of ['fail', 'rate-limit', 'bad-request', 'unauthorized', 'timeout', 'accept-then-timeout'])
    expect(played).toContain(mode);
  for (const mode of ['refuse', 'garbage', 'delay']) expect(played).toContain(mode);
  expect(stats.delivered).toBeGreaterThan(TOTAL / 2);
  expect(stats.handedOver).toBeGreaterThan(0);
  expect(stats.duplicates).toBeGreaterThan(0);
  // The outbox holds only the polls of delivered requests.
  for (const e of outbox) expect(storedRequest(host, e.requestId).status).toBe('delivered');
  // Nothing more happens when the jobs run again.
  const calls = endpoint.inbox().length;
  host.bringWaitingDeliveriesForward();
  await runOutboxJobs();
  expect(endpoint.inbox().filter((c) => c.method === 'POST')).toHaveLength(
    endpoint
      .inbox()
      .slice(0, calls)
      .filter((c) => c.method === 'POST').length,
  );
  console.info(
    `faults-mix seed ${SEED}: ${TOTAL} requests, ${rounds} rounds, ${JSON.stringify(stats)}, aged ${aged.size}`,
  );
});
