// `npm run bench`: speed targets of the packaged app in the real Apps-Engine runtime, reported as
// ratios against a baseline measured in the same run (so the machine's speed cancels out):
//   - `/privacy policy` (settings, cached registration, resolver, view) vs `/privacy help`;
//   - filing a request (modal open + submit: checks, store, receipt) vs `/privacy help`;
//   - `/privacy status` with many stored requests vs with one (reads are per user, bounded);
//   - an outbox run with a long outage queue vs with a short one (each run handles a bounded batch).
// Exits 1 when a ratio misses its target.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// The workspace's public entry (test/workspace/index.js), as the tests use it.
const { startWorkspace, startReferenceEndpoint, quietEngineWarnings } = require(
  join(root, 'test', 'workspace', 'index.js'),
);
quietEngineWarnings();

spawnSync(process.execPath, [join(root, '.tools', 'package.mjs')], { cwd: root, stdio: 'inherit' });

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn, runs = RUNS) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const storeDir = mkdtempSync(join(tmpdir(), 'privacy-center-bench-'));
const endpoint = await startReferenceEndpoint({ port: 0 });
const host = await startWorkspace({ storeDir });
const results = [];
const target = (name, ratio, max) =>
  results.push({ name, ratio: Number(ratio.toFixed(2)), max, ok: ratio <= max });
try {
  await host.setAppSetting('dsr_endpoint_url', endpoint.url);
  await host.runJobs();
  const help = await timed(() => host.runCommand('alice', '/privacy help'));
  const policy = await timed(() => host.runCommand('alice', '/privacy policy'));
  target('/privacy policy vs /privacy help', policy / help, 6);

  const submitOne = async (username) => {
    await host.runCommand(username, '/privacy request access');
    const view = host.openViews(username).find((v) => v.viewId.startsWith('privacy-request:'));
    await host.submitView(username, view.viewId, {
      'request-categories': { 'request-categories-select': ['account'] },
      'request-confirm': { 'request-confirm-check': ['own'] },
    });
  };
  await host.setAppSetting('requests_per_day', 100);
  const file = await timed(() => submitOne('alice'), 10);
  target('filing a request vs /privacy help', file / help, 12);

  await submitOne('carla');
  const statusOne = await timed(() => host.runCommand('carla', '/privacy status'));
  const statusMany = await timed(() => host.runCommand('alice', '/privacy status'));
  target('/privacy status with 10 requests vs with 1', statusMany / statusOne, 3);

  await endpoint.setBehaviour({ mode: 'fail', count: 'always' });
  await host.runJobs();
  const shortQueue = await timed(() => host.runJobs(), 5);
  await host.setAppSetting('requests_per_day', 100);
  for (let i = 0; i < 60; i++) await submitOne(['alice', 'bruno', 'carla'][i % 3]);
  const longQueue = await timed(() => host.runJobs(), 5);
  target('outbox run, 70 queued vs 11 queued', longQueue / shortQueue, 4);
} finally {
  await host.stop();
  await endpoint.close();
  rmSync(storeDir, { recursive: true, force: true });
}
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.ratio}x (target <= ${r.max}x)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
