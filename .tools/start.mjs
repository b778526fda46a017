// `npm start`: packages the app (skipped when dist/ is newer than every source; `--force`
// packages anyway), then starts the local workspace (the real runtime, the reference DSR
// endpoint and the playground page), saying what it does at each step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const started = Date.now();
const pack = spawnSync(
  process.execPath,
  [join(root, '.tools', 'package.mjs'), ...(args.includes('--force') ? ['--force'] : [])],
  { cwd: root, stdio: 'inherit' },
);
if (pack.status !== 0) process.exit(pack.status ?? 1);
const workspace = join(root, 'test', 'workspace', 'start.js');
if (!existsSync(workspace)) {
  console.log(
    'The app is packaged in dist/. The playground comes with the local workspace (test/workspace).',
  );
  process.exit(0);
}
console.log(`starting the local workspace (${((Date.now() - started) / 1000).toFixed(1)} s so far)...`);
const run = spawnSync(process.execPath, [workspace, ...args.filter((a) => a !== '--force')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 0);
