// `npm run package`: dist/<nameSlug>_<version>.zip, the app bundled by esbuild into one .js
// (.tools/bundle.mjs; a second or two). Skipped when that zip is newer than every source file (see
// package-freshness.cjs); `--force` packages anyway. It does not typecheck: `npm run typecheck`
// (and CI's .ci/run) does.
import { readFileSync, utimesSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import freshness from './package-freshness.cjs';
import { PackageError, packageApp } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const target = join(root, 'dist', `${manifest.nameSlug}_${manifest.version}.zip`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const check = freshness.packageFreshness(root, target);
if (check.fresh && !process.argv.includes('--force')) {
  console.log(`packaging skipped: ${check.reason} (--force packages anyway)`);
  process.exit(0);
}

const started = Date.now();
console.log(`packaging the app (esbuild, one .js)... (${check.fresh ? '--force' : check.reason})`);
// The zip is dated when the sources were read: a file saved during the build makes it stale.
const sourcesReadAt = new Date();
try {
  const built = await packageApp({ sourceDir: root, outZip: target });
  utimesSync(target, sourcesReadAt, sourcesReadAt);
  console.log(
    `  ${built.entries.length} files, ${(built.bytes / 1024).toFixed(0)} KB ` +
      `(${manifest.classFile.replace(/\.ts$/, '.js')}: ${(built.jsBytes / 1024).toFixed(0)} KB before compression)`,
  );
} catch (error) {
  console.error(`packaging failed: ${error instanceof PackageError ? error.message : error.stack}`);
  console.error(`${relative(root, target)} was left as it was.`);
  process.exit(1);
}
console.log(`packaged ${relative(root, target)} in ${seconds(Date.now() - started)}`);
