// Scale figures of the packaged app in the real Apps-Engine runtime (issue 14, "Scale"):
//   - `/privacy status` for a person with 20 requests among 50,000 stored vs among 500;
//   - an outbox run with 2,000 queued vs 20 queued: time per request handled (each run handles a
//     bounded batch), and the app's runtime memory (the Deno process's VmRSS) from 200 to 2,000 queued;
//   - the admin console's list (`/privacy admin`) with 50,000 stored vs 500.
// The store is seeded directly (`host.seedRecords`, records shaped as the app stores them: see
// test/workspace/fixtures/records.js); the workspace's persistence reads by association through an
// index, and a write rewrites one of its 32 shards, as the server's MongoDB costs what it finds, not
// what is stored. The outbox figures compare runs over the same 2,000 stored requests: only the
// queue differs. The console list reads the whole register (its counts and filters are over every
// request): its row says so with the records read per open.
//
// It starts (and stops) its own reference endpoint and host: call it while no other host runs in
// the process (the engine's AppManager is a singleton). About 4 minutes on a loaded 2-core machine.
// `node .tools/bench/scale.mjs` runs it alone and prints the rows (SCALE_RUNS: samples per figure).
import { createRequire } from 'node:module';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// The seeded records live in this process (on a server they are MongoDB's): a full collection after
// each change of the store's size keeps the workspace's own garbage collection out of the app's figures.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (x, digits = 2) => Number(x.toFixed(digits));

async function timed(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return ms(start);
}

const row = (name, value, unit, max, note) => ({
  name,
  value: round(value),
  unit,
  target: max === undefined ? null : `≤ ${max}${unit === 'x' ? 'x' : ` ${unit}`}`,
  ok: max === undefined ? null : value <= max,
  note,
});

/** @param {{root: string, workspace: any, runs?: number}} ctx */
export async function scaleFigures({ workspace: W, runs = 15 }) {
  const { seededRequests, requestRecord, outboxRecord, requestId } = W.seedRecords;
  W.quietEngineWarnings();
  const endpoint = await W.startReferenceEndpoint({ port: 0 });
  const host = await W.startWorkspace({ schedulerTickMs: 3_600_000, runtimeTimeoutMs: 30_000 });
  const rows = [];
  try {
    const settings = {
      requests_per_day: 100,
      dpo_email: 'dpo@acme.example',
      dsr_allow_local_endpoint: true,
      dsr_endpoint_url: endpoint.url,
    };
    for (const [id, value] of Object.entries(settings)) await host.setAppSetting(id, value);
    await host.runJobs();
    const persistence = host.bridges.persistence;
    const keep = (test) =>
      persistence.change((records) => {
        const kept = records.filter(test);
        records.splice(0, records.length, ...kept);
      });
    const reads = async (fn) => {
      const before = host.recordsRead();
      await fn();
      return host.recordsRead() - before;
    };

    // --- The outbox: 2,000 requests stored, 20 / 200 / 2,000 of them queued for delivery.
    const stored = seededRequests({ tag: 'ob', count: 2000 });
    const ids = stored.map((r) => r.data.id);
    const idSet = new Set(ids);
    host.seedRecords(stored);
    const due = new Date(Date.now() - 60_000).toISOString();
    /** Every stored request back to as filed, the first `queued` of them in the outbox. */
    const queue = (queued) => {
      keep(
        (r) => !r.associations.some((a) => a.id.startsWith('outbox') || a.id.startsWith('request-event:')),
      );
      host.seedRecords(ids.slice(0, queued).map((id) => outboxRecord(id, due)));
    };
    const handled = () =>
      new Set(
        persistence
          .records()
          .filter((r) => r.data?.kind === 'request-event' && idSet.has(r.data.requestId))
          .map((r) => r.data.requestId),
      ).size;
    const outboxRun = async (queued) => {
      queue(queued);
      const before = host.recordsRead();
      const took = await timed(() => host.bridges.scheduler.runNamed((name) => name.startsWith('outbox_')));
      return { took, handled: handled(), read: host.recordsRead() - before };
    };
    // Memory first (it only grows): three runs with 200 queued, then three with 2,000.
    const rss = {};
    for (const queued of [200, 2000]) {
      for (let i = 0; i < 3; i++) await outboxRun(queued);
      rss[queued] = host.runtimeRssKb() / 1024;
    }
    const perRequest = { 20: [], 2000: [] };
    const outboxReads = {};
    const handledCount = {};
    for (let i = 0; i < Math.max(4, Math.round(runs / 2)); i++)
      for (const queued of [20, 2000]) {
        const run = await outboxRun(queued);
        if (run.handled === 0) throw new Error(`an outbox run with ${queued} queued handled nothing`);
        perRequest[queued].push(run.took / run.handled);
        outboxReads[queued] = run.read;
        handledCount[queued] = run.handled;
      }
    const [o20, o2000] = [median(perRequest[20]), median(perRequest[2000])];
    rows.push(
      row(
        'outbox run, time per request handled, 2,000 queued vs 20',
        o2000 / o20,
        'x',
        1.5,
        `median ${round(o2000, 1)} ms/request (${handledCount[2000]} handled per run) vs ${round(o20, 1)} ms/request (${handledCount[20]} handled); records read per run ${outboxReads[2000]} vs ${outboxReads[20]}; 2,000 requests stored in both`,
      ),
      row(
        'app runtime memory (Deno VmRSS), 2,000 queued vs 200',
        rss[2000] - rss[200],
        'MB',
        20,
        `VmRSS ${round(rss[2000], 1)} MB after three runs with 2,000 queued vs ${round(rss[200], 1)} MB after three with 200`,
      ),
    );
    keep((r) => !r.associations.some((a) => a.id.startsWith('outbox') || a.id.startsWith('request')));
    // --- /privacy status and the console list: 500 stored, then 50,000 (twice each, alternating).
    const alice = Array.from({ length: 20 }, (_, n) =>
      requestRecord({
        id: requestId('alice', n),
        userId: 'user-alice',
        username: 'alice',
        submittedAt: new Date(Date.now() - (n + 1) * 3_600_000).toISOString(),
      }),
    );
    host.seedRecords([...alice, ...seededRequests({ tag: 'bg', count: 480 })]);
    const many = seededRequests({ tag: 'bg', count: 49_500, from: 480 });
    const manyIds = new Set(many.map((r) => r.data.id));
    const status = { 500: [], 50000: [] };
    const list = { 500: [], 50000: [] };
    const read = { status: {}, list: {} };
    // An open of the console with 50,000 stored takes seconds: three of each keep the run short.
    const listRuns = 3;
    for (const round_ of [0, 1]) {
      for (const size of [500, 50000]) {
        if (size === 50000) host.seedRecords(many);
        else if (round_ === 1) keep((r) => !manyIds.has(r.data?.id));
        const seedOnly = persistence
          .records()
          .filter((r) => r.associations.some((a) => a.id === 'requests-all'));
        if (seedOnly.length !== size)
          throw new Error(`expected ${size} stored requests, found ${seedOnly.length}`);
        collectGarbage();
        read.status[size] = await reads(() => host.runCommand('alice', '/privacy status')); // warm-up
        for (let i = 0; i < runs; i++)
          status[size].push(await timed(() => host.runCommand('alice', '/privacy status')));
        read.list[size] = await reads(() => host.runCommand('admin', '/privacy admin'));
        for (let i = 0; i < listRuns; i++)
          list[size].push(await timed(() => host.runCommand('admin', '/privacy admin')));
        if (size === 50000) keep((r) => !manyIds.has(r.data?.id));
      }
    }
    const [s5, s50] = [median(status[500]), median(status[50000])];
    rows.push(
      row(
        '/privacy status, 20 own requests among 50,000 stored vs among 500',
        s50 / s5,
        'x',
        1.2,
        `median ${round(s50, 1)} ms vs ${round(s5, 1)} ms (${runs}+${runs} calls each); records read per call ${read.status[50000]} vs ${read.status[500]}`,
      ),
    );
    const [l5, l50] = [median(list[500]), median(list[50000])];
    rows.push(
      row(
        '/privacy admin (console list, first page) with 50,000 stored vs 500',
        l50 / l5,
        'x',
        1.2,
        `median ${round(l50, 1)} ms vs ${round(l5, 1)} ms (${listRuns}+${listRuns} opens each); records read per open ${read.list[50000]} vs ${read.list[500]}`,
      ),
    );
    keep((r) => !r.associations.some((a) => a.id === 'requests-all'));
  } finally {
    await host.stop();
    await endpoint.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..', '..');
  const require = createRequire(import.meta.url);
  const workspace = require(join(root, 'test', 'workspace', 'index.js'));
  const started = Date.now();
  const rows = await scaleFigures({ root, workspace, runs: Number(process.env.SCALE_RUNS ?? 15) });
  for (const r of rows)
    console.log(
      `${r.ok === false ? 'MISS' : 'ok  '} ${r.name}: ${r.value}${r.unit === 'x' ? 'x' : ` ${r.unit}`} (target ${r.target}); ${r.note}`,
    );
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(rows.every((r) => r.ok !== false) ? 0 : 1);
}
