// Prepares the Apps-Engine 1.62.0 server runtime for offline use. Run by the root postinstall
// (.tools/setup.mjs) and safe to run again at any time: every step checks before it acts, and a
// second run takes well under a second.
//
//  1. installs this nested package (engine 1.62.0, deno, mem) when its node_modules is missing
//     or stale, so that the root's engine 1.53.1 never resolves in here;
//  2. makes sure the deno binary sits where the host expects it (its own postinstall may not run);
//  3. points deno-runtime/deno.jsonc at local shims for the three jsr modules this machine cannot
//     download, and at a shim for the one import of the engine's unpublished src/;
//     `"nodeModulesDir": "none"`, deno.lock moved aside (it pins the jsr modules);
//  4. warms the Deno cache (npm packages only) in ./.deno-cache with `deno cache`.
//     Never `deno install`: it would rewrite node_modules.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const here = import.meta.dirname;
const env = createRequire(import.meta.url)('../host/runtime-env.js');
const ENGINE_VERSION = '1.62.0';
const engineDir = join(here, 'node_modules', '@rocket.chat', 'apps-engine');
const runtimeDir = join(engineDir, 'deno-runtime');
const configPath = join(runtimeDir, 'deno.jsonc');
const originalConfigPath = join(runtimeDir, 'deno.jsonc.orig');
const lockPath = join(runtimeDir, 'deno.lock');
const denoDir = join(here, '.deno-cache');
const stampPath = join(denoDir, 'privacy-center-warm.json');
const started = Date.now();
// Deno trusts only its bundled roots by default; behind a TLS-inspecting proxy (as npm is here,
// through the system store) it must read the system's store too.
const denoEnv = {
  ...process.env,
  DENO_DIR: denoDir,
  DENO_NO_UPDATE_CHECK: '1',
  NO_COLOR: '1',
  DENO_TLS_CA_STORE: process.env.DENO_TLS_CA_STORE ?? 'mozilla,system',
};
const quiet = process.argv.includes('--quiet');

const say = (line) => {
  if (!quiet) console.log(`[workspace runtime] ${line}`);
};
const fail = (line, detail) => {
  console.error(`[workspace runtime] ${line}`);
  if (detail) console.error(String(detail).trim());
  process.exit(1);
};

// 1. The nested package.
const installedVersion = () => {
  try {
    return JSON.parse(readFileSync(join(engineDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};
const wanted = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies;
const missing = Object.keys(wanted).filter(
  (name) => !existsSync(join(here, 'node_modules', name, 'package.json')),
);
if (installedVersion() !== ENGINE_VERSION || missing.length > 0) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const runNpm = (command) =>
    spawnSync(npm, [command, '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: here,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
  let command = existsSync(join(here, 'package-lock.json')) ? 'ci' : 'install';
  say(`installing the nested runtime package (npm ${command}) ...`);
  let run = runNpm(command);
  // A registry that lacks some platform packages of an optional dependency (deno ships one per
  // platform) makes `npm ci` call the lock file out of sync; `npm install` still honours it.
  if (run.status !== 0 && command === 'ci' && /EUSAGE|in sync/.test(run.stderr)) {
    command = 'install';
    say('npm ci refused the lock file on this registry; using npm install ...');
    run = runNpm(command);
  }
  if (run.status !== 0)
    fail(`npm ${command} in ${relative(process.cwd(), here) || '.'} failed:`, run.stderr || run.error);
  if (installedVersion() !== ENGINE_VERSION)
    fail(`expected @rocket.chat/apps-engine@${ENGINE_VERSION} after install, found ${installedVersion()}`);
}
if (!existsSync(runtimeDir))
  fail(`${runtimeDir} is missing: this engine build does not ship the Deno runtime`);

// 2. The deno binary (its package's postinstall only copies it next to bin.cjs).
let denoBinary;
try {
  const requireHere = createRequire(join(here, 'package.json'));
  denoBinary = requireHere('deno/install_api.cjs').runInstall();
} catch (error) {
  fail(
    'could not find the deno binary of the `deno` npm package (its platform package @deno/<os>-<arch> is missing?):',
    error.message,
  );
}
const denoVersion = spawnSync(denoBinary, ['--version'], { encoding: 'utf8' });
if (denoVersion.status !== 0)
  fail(`${denoBinary} --version failed:`, denoVersion.stderr || denoVersion.error);

// 3. The offline import map.
if (!existsSync(originalConfigPath)) writeFileSync(originalConfigPath, readFileSync(configPath));
const stripJsonComments = (text) =>
  text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str ?? '');
const config = JSON.parse(
  stripJsonComments(readFileSync(originalConfigPath, 'utf8')).replace(/,(\s*[}\]])/g, '$1'),
);
const shim = (file) =>
  relative(runtimeDir, join(here, 'shims', file))
    .split('\\')
    .join('/');
for (const file of ['std-io.ts', 'std-cli-parse-args.ts', 'std-streams.ts', 'AppsEngineException.ts']) {
  if (!existsSync(join(here, 'shims', file))) fail(`shim shims/${file} is missing`);
}
config.imports = {
  ...config.imports,
  '@std/io': shim('std-io.ts'),
  '@std/cli/parse-args': shim('std-cli-parse-args.ts'),
  '@std/streams': shim('std-streams.ts'),
  '@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.ts': shim('AppsEngineException.ts'),
};
delete config.imports['@std/cli'];
config.nodeModulesDir = 'none';
// No lock file: deno.lock pins the jsr modules the shims replace, and a new one would be written
// next to the config by every `deno cache`.
config.lock = false;
const patched = `${JSON.stringify(config, null, '\t')}\n`;
if (readFileSync(configPath, 'utf8') !== patched) {
  writeFileSync(configPath, patched);
  say('patched deno-runtime/deno.jsonc for offline use');
}
if (existsSync(lockPath)) {
  renameSync(lockPath, `${lockPath}.orig`);
  say('moved deno-runtime/deno.lock aside');
}

// 4. The Deno cache. The stamp names everything the cache depends on.
const denoVersionLine = denoVersion.stdout.split('\n')[0];
const fingerprint = env.cacheFingerprint({
  engineVersion: installedVersion(),
  denoVersionLine,
  config: patched,
});
const stamp = existsSync(stampPath) ? JSON.parse(readFileSync(stampPath, 'utf8')) : undefined;
if (stamp?.fingerprint !== fingerprint) {
  say(
    `warming the Deno cache in ${relative(process.cwd(), denoDir) || denoDir} (downloads npm packages once) ...`,
  );
  rmSync(stampPath, { force: true });
  mkdirSync(denoDir, { recursive: true });
  const run = spawnSync(denoBinary, ['cache', `--config=${configPath}`, 'main.ts'], {
    cwd: runtimeDir,
    encoding: 'utf8',
    env: denoEnv,
    timeout: 300_000,
  });
  if (run.status !== 0) fail('`deno cache` of the Apps-Engine runtime failed:', run.stderr || run.error);
  // Prove the runtime starts from the cache alone, as the engine runs it (`run --cached-only`):
  // with stdin closed it announces `ready` and exits.
  const check = spawnSync(
    denoBinary,
    [
      'run',
      '--cached-only',
      `--config=${configPath}`,
      `--allow-read=${here}`,
      'main.ts',
      '--subprocess',
      'setup-check',
      '--spawnId',
      '0',
    ],
    { cwd: runtimeDir, env: denoEnv, input: '', timeout: 20_000 },
  );
  if (check.status !== 0 || !check.stdout.toString('latin1').includes('ready')) {
    fail(
      'the Apps-Engine runtime does not start from the warmed Deno cache:',
      check.stderr?.toString() || check.error,
    );
  }
  writeFileSync(
    stampPath,
    JSON.stringify({ fingerprint, denoBinary, warmedAt: new Date().toISOString() }, null, 2),
  );
}

say(`ready (engine ${installedVersion()}, ${denoVersionLine}, ${Date.now() - started} ms)`);
