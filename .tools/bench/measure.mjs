// Timing for `npm run bench`: interleaved medians (the app's call and the bare app's one after
// the other, in turns, so that the machine's speed at each moment weighs on both alike), round
// trips per call, the build times, and the machine's details.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { median } = require('./report.cjs');

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Milliseconds `fn` takes; `prepare` runs first, untimed. */
export async function timeOnce(fn, prepare) {
  const ready = prepare ? await prepare() : undefined;
  const started = now();
  await fn(ready);
  return now() - started;
}

/**
 * Medians of `runs` calls of the app's and the bare app's, interleaved (app, bare, bare, app, ...).
 * Each side is `{ run(ready, i), prepare?(i) }`; `prepare` is untimed (e.g. opening the modal a
 * submit needs).
 */
export async function interleaved(runs, app, bare) {
  const samples = { app: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['bare', 'app'] : ['app', 'bare'];
    for (const side of order) {
      const { run, prepare } = side === 'app' ? app : bare;
      samples[side].push(await timeOnce((ready) => run(ready, i), prepare && (() => prepare(i))));
    }
  }
  return { app: median(samples.app), bare: median(samples.bare), samples };
}

/**
 * Round trips of one call (the median of `times` counts, with its methods), or null when the host
 * cannot count them.
 */
export async function roundTrips(host, run, prepare, times = 3) {
  if (typeof host.countRoundTrips !== 'function') return null;
  const counts = [];
  for (let i = 0; i < times; i++) {
    const ready = prepare ? await prepare(i) : undefined;
    counts.push(await host.countRoundTrips(() => run(ready, i)));
  }
  counts.sort((a, b) => a.total - b.total);
  return counts[Math.floor(counts.length / 2)];
}

/** Seconds until a command ends (`npm run package --force`): { seconds, code, output }. */
export function timeCommand(root, args, env = {}) {
  return new Promise((resolvePromise) => {
    const started = now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolvePromise({ seconds: (now() - started) / 1000, code, output }));
  });
}

/**
 * Seconds from `npm start` (.tools/start.mjs) to the line with the workspace's address
 * ("Privacy Center workspace: http://..."), over a fresh store and a free port; then stops it.
 */
export function timeStart(root, { timeoutMs = 180_000 } = {}) {
  const storeDir = mkdtempSync(join(tmpdir(), 'privacy-center-bench-start-'));
  return new Promise((resolvePromise) => {
    const started = now();
    const child = spawn(process.execPath, [join(root, '.tools', 'start.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0', WORKSPACE_STORE: storeDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // The process group of the child started here (start.mjs, its workspace, their runtimes):
      // asked to stop, then killed if it still runs 3 s later (a stop waits for runtime calls).
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          /* already gone */
        }
      };
      signal('SIGTERM');
      const kill = setTimeout(() => signal('SIGKILL'), 3000);
      child.once('close', () => {
        clearTimeout(kill);
        signal('SIGKILL');
        rmSync(storeDir, { recursive: true, force: true });
        resolvePromise({ ...result, output });
      });
      if (child.exitCode !== null || child.signalCode !== null) child.emit('close');
    };
    const timer = setTimeout(
      () => finish({ seconds: NaN, skipped: /packaging skipped/.test(output) }),
      timeoutMs,
    );
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const address = /workspace: (https?:\/\/\S+)/.exec(output);
      if (address)
        finish({
          seconds: (now() - started) / 1000,
          address: address[1],
          skipped: /packaging skipped/.test(output),
        });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', () => finish({ seconds: NaN, skipped: /packaging skipped/.test(output) }));
  });
}

/** The machine and the versions the figures were taken with. */
export function machineDetails(root, denoBinary) {
  const cpu = cpus();
  let deno = 'n/a';
  try {
    deno = execFileSync(denoBinary, ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    /* reported as n/a */
  }
  const enginePackage = join(
    root,
    'test',
    'workspace',
    'runtime',
    'node_modules',
    '@rocket.chat',
    'apps-engine',
    'package.json',
  );
  return {
    date: new Date().toISOString(),
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GB (${(freemem() / 2 ** 30).toFixed(1)} GB free at start)`,
    'load average at start (1, 5, 15 min)': loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
    node: process.version,
    deno,
    'apps-engine (runtime)': JSON.parse(readFileSync(enginePackage, 'utf8')).version,
    'apps-engine (definitions the app builds against)': JSON.parse(
      readFileSync(join(root, 'node_modules', '@rocket.chat', 'apps-engine', 'package.json'), 'utf8'),
    ).version,
  };
}

export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
