'use strict';
/**
 * Scale, without timing (issue 14, "Scale"): with thousands of requests seeded into the store (as
 * the app stores them, test/workspace/fixtures/records.js), what a call reads stays bounded by what
 * it shows or does, counted by the workspace's persistence bridge (which, like the server's
 * MongoDB, reads by association through an index). The timed figures are `node .tools/bench/scale.mjs`.
 */
const { startRequestsWorkspace, wordsFor } = require('./helpers/requests');
const { fromApp } = require('./helpers/workspace');
const { seedRecords } = require('../workspace');

jest.setTimeout(60_000);

const OTHERS = 3000;
const QUEUED = 400;
const RUN_BATCH = 25;
/** What handling one request of the outbox reads at most: its records, leases, settings-like records. */
const READS_PER_REQUEST = 12;

let started;
let host;
const readsOf = async (work) => {
  const before = host.recordsRead();
  await work();
  return host.recordsRead() - before;
};
const alices = Array.from({ length: 12 }, (_, n) =>
  seedRecords.requestRecord({
    id: seedRecords.requestId('alice', n),
    userId: 'user-alice',
    username: 'alice',
    submittedAt: new Date(Date.now() - (n + 1) * 3_600_000).toISOString(),
  }),
);

beforeAll(async () => {
  started = await startRequestsWorkspace();
  host = started.host;
  host.seedRecords([
    ...alices,
    ...seedRecords.seededRequests({ tag: 'others', count: OTHERS }),
    ...seedRecords.seededRequests({ tag: 'queued', count: QUEUED, queued: true, from: 0 }),
  ]);
});
afterAll(async () => {
  await started?.host.stop();
  await started?.endpoint.close();
});

it(`/privacy status reads the person's own requests only, among ${OTHERS + QUEUED} stored`, async () => {
  const reads = await readsOf(() => host.runCommand('alice', '/privacy status'));
  const text = fromApp(host, 'alice').at(-1).text;
  expect(text.split('\n')[0]).toBe(wordsFor('alice')('status.title'));
  // The ten newest of alice's twelve, and nobody else's.
  const refs = [...text.matchAll(/PR-[0-9A-F]{8}/g)].map((m) => m[0]);
  expect(refs).toEqual(alices.slice(0, 10).map((r) => r.data.ref));
  expect(reads).toBeLessThanOrEqual(alices.length + 2);
});

it(`an outbox run with ${QUEUED} queued handles a bounded batch and reads no request it does not handle`, async () => {
  const posts = () =>
    started.endpoint.inbox().filter((c) => c.method === 'POST' && c.path.endsWith('/requests')).length;
  const sentBefore = posts();
  const reads = await readsOf(() => host.bridges.scheduler.runNamed((name) => name.startsWith('outbox_')));
  const handled = posts() - sentBefore;
  expect(handled).toBeGreaterThan(0);
  expect(handled).toBeLessThanOrEqual(RUN_BATCH);
  // The queue's entries (one small record each), plus what the handled requests need: none of the
  // other stored requests.
  expect(reads).toBeLessThanOrEqual(QUEUED + READS_PER_REQUEST * handled);
});

describe('the console list (/privacy admin)', () => {
  const stored = alices.length + OTHERS + QUEUED;
  const consoleTexts = () =>
    host
      .openViews('admin')
      .find((v) => v.viewId === 'privacy-console')
      .view.blocks.map((b) =>
        b.type === 'section'
          ? b.text.text
          : b.type === 'context'
            ? b.elements.map((e) => e.text).join(' ')
            : '',
      );

  it(`answers with ${stored} stored: ten to a page, every request counted`, async () => {
    await host.runCommand('admin', '/privacy admin');
    const texts = consoleTexts();
    expect(texts[0]).toMatch(new RegExp(`^\\*${stored}\\* in all · `));
    expect(texts).toContain(`Showing 1–10 of ${stored} matching (page 1 of ${Math.ceil(stored / 10)})`);
    expect(texts.filter((t) => /^\*PR-[0-9A-F]{8}\*/.test(t))).toHaveLength(10);
  });

  // Known (issue 14, not fixed): its counts and filters are over every request, and the engine's
  // persistence can neither page nor count, so each open reads the whole register (50,000 stored:
  // 50,000 records, ~15 s; see .tools/bench/scale.mjs). `it.failing` passes while that holds and
  // fails once the list reads a bounded number: then make it an `it`.
  it.failing('reads a bounded number of records, not the whole register', async () => {
    const reads = await readsOf(() => host.runCommand('admin', '/privacy admin'));
    expect(reads).toBeLessThanOrEqual(100);
  });
});
