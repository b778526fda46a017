'use strict';
/**
 * Where the nested Apps-Engine 1.62.0 runtime lives, how to require from it (never from the
 * root's 1.53.1), and a fast check that `test/workspace/runtime/setup.mjs` has prepared it, so
 * that a missing piece fails with a sentence instead of a 30 s runtime time-out.
 */
const { createHash } = require('node:crypto');
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');

const ENGINE_VERSION = '1.62.0';
const runtimeDir = path.resolve(__dirname, '..', 'runtime');
const engineDir = path.join(runtimeDir, 'node_modules', '@rocket.chat', 'apps-engine');
const denoRuntimeDir = path.join(engineDir, 'deno-runtime');
const denoConfigPath = path.join(denoRuntimeDir, 'deno.jsonc');
const denoDir = path.join(runtimeDir, '.deno-cache');
const stampPath = path.join(denoDir, 'privacy-center-warm.json');
const shimFiles = ['std-io.ts', 'std-cli-parse-args.ts', 'std-streams.ts', 'AppsEngineException.ts'];
const SETUP_HINT = 'run `node test/workspace/runtime/setup.mjs` (the root `npm install` runs it too)';

/** `require` that resolves from the nested runtime package. */
const engineRequire = createRequire(path.join(runtimeDir, 'package.json'));

/** @returns {string} absolute path of the deno binary shipped by the `deno` npm package */
function denoBinaryPath() {
  const candidates = [
    path.join(runtimeDir, 'node_modules', 'deno', process.platform === 'win32' ? 'deno.exe' : 'deno'),
  ];
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  throw new Error(
    `The deno binary is missing from ${path.relative(process.cwd(), runtimeDir)}: ${SETUP_HINT}.`,
  );
}

/**
 * What the warmed Deno cache depends on; setup.mjs stores it in the stamp once the cache is warm.
 * @param {{engineVersion: string, denoVersionLine: string, config: string}} parts
 */
function cacheFingerprint({ engineVersion, denoVersionLine, config }) {
  return createHash('sha256')
    .update(JSON.stringify({ engine: engineVersion, deno: denoVersionLine, config }))
    .update(shimFiles.map((f) => readFileSync(path.join(runtimeDir, 'shims', f), 'utf8')).join('\0'))
    .digest('hex');
}

/**
 * Throws an Error that says what is missing and how to fix it. Costs a few file reads.
 * @returns {{denoBinary: string, denoDir: string}}
 */
function checkRuntime() {
  let version;
  try {
    version = JSON.parse(readFileSync(path.join(engineDir, 'package.json'), 'utf8')).version;
  } catch {
    throw new Error(
      `@rocket.chat/apps-engine@${ENGINE_VERSION} is not installed in test/workspace/runtime: ${SETUP_HINT}.`,
    );
  }
  if (version !== ENGINE_VERSION) {
    throw new Error(
      `test/workspace/runtime has apps-engine ${version}, expected ${ENGINE_VERSION}: ${SETUP_HINT}.`,
    );
  }
  const denoBinary = denoBinaryPath();
  const config = readFileSync(denoConfigPath, 'utf8');
  if (!config.includes('shims/std-io.ts') || existsSync(path.join(denoRuntimeDir, 'deno.lock'))) {
    throw new Error(`The Deno runtime is not patched for offline use: ${SETUP_HINT}.`);
  }
  if (!existsSync(stampPath)) {
    throw new Error(`The Deno cache in test/workspace/runtime/.deno-cache is not warm: ${SETUP_HINT}.`);
  }
  return { denoBinary, denoDir };
}

module.exports = {
  ENGINE_VERSION,
  runtimeDir,
  engineDir,
  denoRuntimeDir,
  denoConfigPath,
  denoDir,
  stampPath,
  shimFiles,
  engineRequire,
  denoBinaryPath,
  cacheFingerprint,
  checkRuntime,
};
