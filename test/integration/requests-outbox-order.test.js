'use strict';
/**
 * The outbox's order of work, in the real runtime against the reference endpoint: one run handles
 * at most RUN_BATCH requests, and a new request is sent in the first run even when more than a
 * batch of open requests wait for their status read (reads fill what is left of the batch).
 *
 * Time passes by editing the app's stored records (see requests-lifecycle.test.js): every
 * delivered request's hourly status read is made due now.
 */
const {
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  outboxEntries,
  letBackOffPass,
  createsFor,
} = require('./helpers/requests');
const { RUN_BATCH } = require('../../src/app/delivery/outboxRun');
const { OUTBOX_SHARDS, shardOf } = require('../../src/engine/adapters/persistence/outboxQueue');
const { OUTBOX_JOB } = require('../../src/engine/adapters/scheduler/jobIds');

jest.setTimeout(180_000);

let host;
let endpoint;
useRequestsWorkspace({}, (started) => ({ host, endpoint } = started));

const OPEN = RUN_BATCH + 15;
const statusReads = (calls) => calls.filter((c) => c.method === 'GET' && /\/requests\/[^/]+$/.test(c.path));

/** One run of the recurring outbox job (not the wake-ups a submit scheduled). */
const runOutboxOnce = () => host.bridges.scheduler.runNamed((name) => name.startsWith(`${OUTBOX_JOB}_`));

describe('order of the outbox work', () => {
  it('a new request is sent in the first run, ahead of more than a batch of due status reads', async () => {
    const open = [];
    for (let i = 0; i < OPEN; i++) open.push((await fileRequest(host, 'alice')).id);
    // Delivered (a batch per run), each waiting an hour for its status read.
    for (let run = 0; run < 3; run++) await runOutboxOnce();
    for (const id of open) expect(storedRequest(host, id).status).toBe('delivered');
    // The hour has passed: every status read is due.
    letBackOffPass(host);

    const filed = await fileRequest(host, 'alice');
    expect(storedRequest(host, filed.id).status).toBe('queued');
    // An older version walked the shards from a cursor: the worst place for the new request is
    // the last shard of that walk (with ~1,500 open requests, the first shard alone fills a batch).
    const last = shardOf(filed.id);
    host.bridges.persistence.change((records) => {
      for (const r of records)
        if (r.appId === host.appId && r.associations.some((a) => a.id === 'outbox-cursor'))
          r.data.shard = (last + 1) % OUTBOX_SHARDS;
    });
    const before = endpoint.inbox().length;

    await runOutboxOnce();

    expect(createsFor(endpoint, filed.id)).toHaveLength(1);
    expect(storedRequest(host, filed.id).status).toBe('delivered');
    // The status reads fill the rest of the batch; the others wait for the next run, still due.
    const reads = statusReads(endpoint.inbox().slice(before));
    expect(reads).toHaveLength(RUN_BATCH - 1);
    const stillDue = outboxEntries(host).filter((e) => Date.parse(e.dueAt) <= Date.now());
    expect(stillDue).toHaveLength(OPEN - (RUN_BATCH - 1));
  });
});
