// postinstall: prepares the local workspace's nested packages (the 1.62 test runtime, the
// playground's UIKit renderer). Each part has its own idempotent setup.mjs; run them in order.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const parts = ['runtime', 'playground'];
for (const part of parts) {
  const script = join(root, 'test', 'workspace', part, 'setup.mjs');
  if (!existsSync(script)) continue;
  const run = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`setup of test/workspace/${part} failed; run \`node ${script}\` again to see why`);
    process.exit(run.status ?? 1);
  }
}
