// Prepares the playground page: installs its nested package (Rocket.Chat's UIKit renderer,
// esbuild, playwright-core) and bundles src/ into dist/. Idempotent and quick when nothing
// changed: the install is keyed by a hash of package-lock.json, the bundle by a hash of its
// inputs. Run by the root postinstall (.tools/setup.mjs); safe to run by hand at any time.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const here = resolve(import.meta.dirname);
const srcDir = join(here, 'src');
const appI18nDir = resolve(here, '..', '..', '..', 'src', 'core', 'i18n');
const distDir = join(here, 'dist');
const modules = join(here, 'node_modules');
const installStamp = join(modules, '.playground-install-hash');
const buildStamp = join(distDir, '.build-hash');
const started = Date.now();

function fail(message) {
  console.error(`playground setup: ${message}`);
  process.exit(1);
}

function hashOf(...texts) {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('hex');
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function install() {
  const lockPath = join(here, 'package-lock.json');
  if (!existsSync(lockPath))
    fail(`${relative(process.cwd(), lockPath)} is missing; it is part of the repository.`);
  const wanted = hashOf(readFileSync(join(here, 'package.json')), readFileSync(lockPath));
  if (existsSync(installStamp) && readFileSync(installStamp, 'utf8') === wanted) return false;
  console.log('playground setup: installing the nested package (npm ci) ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    stdio: 'inherit',
  });
  if (run.error) fail(`could not run npm (${run.error.message}); is Node.js with npm on PATH?`);
  if (run.status !== 0) fail(`npm ci failed in ${here} (exit ${run.status}); see its output above.`);
  writeFileSync(installStamp, wanted);
  return true;
}

async function bundle() {
  // The page bundles the app's own catalogue (src/core/i18n) for the words it shows from the app.
  const inputs = [
    ...filesUnder(srcDir),
    ...filesUnder(appI18nDir),
    join(here, 'package-lock.json'),
    join(here, 'setup.mjs'),
  ];
  const wanted = hashOf(...inputs.flatMap((file) => [relative(here, file), readFileSync(file)]));
  if (
    existsSync(buildStamp) &&
    readFileSync(buildStamp, 'utf8') === wanted &&
    existsSync(join(distDir, 'app.js'))
  )
    return false;

  const require = createRequire(join(here, 'package.json'));
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch (error) {
    fail(
      `esbuild is not installed in ${modules} (${error.message}); delete that folder and run this script again.`,
    );
  }
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  try {
    await esbuild.build({
      absWorkingDir: here,
      entryPoints: { app: join(srcDir, 'main.jsx') },
      bundle: true,
      outdir: distDir,
      format: 'iife',
      platform: 'browser',
      target: ['chrome100'],
      jsx: 'automatic',
      minify: true,
      sourcemap: 'linked',
      legalComments: 'linked',
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
      assetNames: 'assets/[name]-[hash]',
    });
  } catch (error) {
    fail(`bundling the page failed: ${error.message}`);
  }
  copyFileSync(join(srcDir, 'index.html'), join(distDir, 'index.html'));
  writeFileSync(buildStamp, wanted);
  return true;
}

if (!existsSync(join(srcDir, 'main.jsx'))) fail(`the page's sources are missing (${srcDir}/main.jsx).`);
const installed = install();
const built = await bundle();
const size = statSync(join(distDir, 'app.js')).size;
const what = [installed && 'installed', built ? 'bundled' : 'up to date'].filter(Boolean).join(', ');
console.log(
  `playground setup: ${what} (${Math.round(size / 1024)} KB app.js) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH)
  console.log(
    'playground setup: note: the browser tests need Chromium at /usr/bin/chromium (apt-get install chromium fonts-inter).',
  );
