// `npm run bench`: the packaged app against a bare baseline app (test/bench/bare-app) in the real
// Apps-Engine runtime, in one run, so that the machine's speed cancels out of every ratio; the
// build times; the scale figures (.tools/bench/scale.mjs, when present). Writes bench/report.md
// and bench/report.json and prints the table. A report, not a test: it exits 0 and marks every
// missed target (MISSED in the table, with its cause and fix under it).
//
// Environment: BENCH_RUNS (calls of each kind, default 100), BENCH_INSTALL_RUNS (installs of each
// app, default 5), BENCH_SKIP_BUILD=1 (leaves out `npm run package --force` and `npm start`).
// `--readme`: also copies the table into the README's Speed section (.tools/bench/readme.mjs).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageApp } from './bundle.mjs';
import { callFigures, jsFilesIn } from './bench/calls.mjs';
import { refreshReadme } from './bench/readme.mjs';
import { loadAverage, machineDetails, timeCommand, timeStart } from './bench/measure.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { renderReport, renderTable, secondsRow, zipRow } = require('./bench/report.cjs');
const workspace = require(join(root, 'test', 'workspace', 'index.js'));
workspace.quietEngineWarnings();

const runs = Number(process.env.BENCH_RUNS ?? 100);
const installRuns = Number(process.env.BENCH_INSTALL_RUNS ?? 5);
const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
const log = (line) => console.log(line);
const started = Date.now();
const machine = machineDetails(root, workspace.checkRuntime().denoBinary);
const rows = [];
const buildRows = [];

if (!skipBuild) {
  log('timing `npm run package --force`...');
  const pack = await timeCommand(root, [join(root, '.tools', 'package.mjs'), '--force']);
  // A failed build is a row of the report (the calls then run the zip already in dist/, if any).
  if (pack.code !== 0) process.stderr.write(pack.output);
  const failed =
    pack.code !== 0 &&
    `failed (exit ${pack.code}) after ${pack.seconds.toFixed(1)} s; the calls use the zip already in dist/`;
  buildRows.push(
    secondsRow(
      '`npm run package --force`',
      failed ? NaN : pack.seconds,
      '≤ 10 s',
      failed || 'a full build of the zip',
      'The whole build runs on every change. Fix: bundle the sources into one module with esbuild instead of ' +
        "rc-apps' TypeScript compile, and skip packaging when the zip is newer than every source.",
    ),
  );
  log('timing `npm start` until it prints its address...');
  const start = await timeStart(root);
  buildRows.push(
    secondsRow(
      '`npm start` until it prints its address',
      start.seconds,
      '≤ 20 s',
      start.skipped ? 'the zip was fresh: packaging skipped' : 'packaging included',
      'Starting waits for packaging and the runtime. Fix: package only when sources changed, with a faster ' +
        'build, and print the address as soon as the page answers.',
    ),
  );
} else {
  // The calls need the app's zip: built when missing or stale.
  const pack = await timeCommand(root, [join(root, '.tools', 'package.mjs')]);
  if (pack.code !== 0) throw new Error(`packaging failed:\n${pack.output}`);
}

const buildDir = mkdtempSync(join(tmpdir(), 'privacy-center-bench-'));
try {
  // The bare app is packaged as the app is (one bundled module), so neither is bundled at start.
  const bareZip = join(buildDir, 'bench-bare.zip');
  const bare = await packageApp({ sourceDir: join(root, 'test', 'bench', 'bare-app'), outZip: bareZip });
  const appZip = workspace.zipPath;
  log(`calls in the runtime, the app against the bare app:`);
  rows.push(...(await callFigures({ workspace, appZip, bareZip, runs, installRuns, log })));
  rows.push(zipRow({ appBytes: statSync(appZip).size, bareBytes: bare.bytes, appFiles: jsFilesIn(appZip) }));
  rows.push(...buildRows);
} finally {
  rmSync(buildDir, { recursive: true, force: true });
}

const scale = join(root, '.tools', 'bench', 'scale.mjs');
if (existsSync(scale)) {
  log('scale figures (.tools/bench/scale.mjs)...');
  try {
    const { scaleFigures } = await import(pathToFileURL(scale).href);
    rows.push(...(await scaleFigures({ root, workspace, runs })));
  } catch (error) {
    // The other figures still make a report; the failure is in it.
    console.error(error);
    rows.push({
      name: 'scale figures',
      value: NaN,
      unit: 'x',
      target: null,
      ok: false,
      note: `failed: ${error?.message ?? error}`,
    });
  }
}

Object.assign(machine, {
  'load average at end (1, 5, 15 min)': loadAverage(),
  runs: `${runs} calls of each kind, ${installRuns} installs of each app, interleaved`,
  'bench took': `${((Date.now() - started) / 1000).toFixed(0)} s`,
});
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'report.md'), renderReport({ rows, machine }));
writeFileSync(join(root, 'bench', 'report.json'), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
log(`\n${renderTable(rows)}\n`);
if (process.argv.includes('--readme')) {
  refreshReadme(root);
  log('README.md: Speed table copied from bench/report.json');
}
const missed = rows.filter((r) => r.ok === false).length;
log(
  `${missed ? `${missed} target(s) MISSED (causes and fixes in bench/report.md)` : 'every target met'}; bench/report.md, bench/report.json`,
);
process.exit(0);
