// `npm run package`: rc-apps package from a staging folder; leaves dist/<nameSlug>_<version>.zip.
// Skipped when that zip is newer than every source file (see package-freshness.cjs); `--force`
// packages anyway. Says what it is doing while rc-apps runs (a minute or more).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import freshness from './package-freshness.cjs';
import { makeStaging, removeStaging, root, zipName } from './staging.mjs';

const target = join(root, 'dist', zipName);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const check = freshness.packageFreshness(root, target);
if (check.fresh && !process.argv.includes('--force')) {
  console.log(`packaging skipped: ${check.reason} (--force packages anyway)`);
  process.exit(0);
}

const started = Date.now();
console.log(`packaging the app (rc-apps package)... (${check.fresh ? '--force' : check.reason})`);
// The zip is dated when the sources were copied: a file saved during the build makes it stale.
const sourcesCopiedAt = new Date();
const staging = makeStaging();
const ticker = setInterval(
  () => console.log(`  still packaging (${seconds(Date.now() - started)})...`),
  15_000,
);

const child = spawn(join(root, 'node_modules', '.bin', 'rc-apps'), ['package'], {
  cwd: staging,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
const code = await new Promise((resolve) => {
  child.on('error', (error) => {
    output += String(error.message);
    resolve(1);
  });
  child.on('close', (status) => resolve(status ?? 1));
});
clearInterval(ticker);

const built = join(staging, 'dist', zipName);
if (code !== 0 || !existsSync(built)) {
  process.stderr.write(output);
  console.error(
    code !== 0 ? 'rc-apps package failed (see above).' : `rc-apps package did not write ${zipName}`,
  );
  removeStaging(staging);
  process.exit(1);
}
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(built, target);
utimesSync(target, sourcesCopiedAt, sourcesCopiedAt);
removeStaging(staging);
console.log(`packaged ${relative(root, target)} in ${seconds(Date.now() - started)}`);
