// `npm start`: packages the app, then starts the local workspace (the real runtime, the
// reference DSR endpoint and the playground page).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pack = spawnSync(process.execPath, [join(root, '.tools', 'package.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (pack.status !== 0) process.exit(pack.status ?? 1);
const workspace = join(root, 'test', 'workspace', 'start.js');
if (!existsSync(workspace)) {
  console.log(
    'The app is packaged in dist/. The playground comes with the local workspace (test/workspace).',
  );
  process.exit(0);
}
const run = spawnSync(process.execPath, [workspace, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 0);
