'use strict';
/**
 * Starts the real local workspace (`node test/workspace/start.js`: the packaged app in the
 * Apps-Engine runtime, the reference DSR endpoint, the playground page) on a free port, with a
 * store of its own, and stops it again.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// The workspace's public entry: where its start script and built page are.
const { START_SCRIPT: startScript, PLAYGROUND_BUNDLE: pageBundle } = require('../../workspace');

const root = path.resolve(__dirname, '../../..');

async function answers(url) {
  try {
    const response = await fetch(new URL('/api/state', url), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * PLAYGROUND_URL=http://127.0.0.1:3300/ runs the tests against a workspace that is already
 * running (e.g. `npm start`) instead of starting a fresh one; its data then carries over.
 * @returns {Promise<{ url: string, output: () => string, stop: () => Promise<void> }>}
 */
async function startWorkspace({ timeoutMs = 60000, env = {} } = {}) {
  if (process.env.PLAYGROUND_URL) {
    const url = process.env.PLAYGROUND_URL.replace(/\/?$/, '/');
    if (!(await answers(url))) throw new Error(`PLAYGROUND_URL=${url} does not answer GET /api/state.`);
    return { url, output: () => '', stop: async () => undefined };
  }
  if (!fs.existsSync(startScript))
    throw new Error(`${startScript} is missing: the local workspace is not there.`);
  if (!fs.existsSync(pageBundle))
    throw new Error(
      `The playground page is not built (${pageBundle}). Run \`node test/workspace/playground/setup.mjs\`.`,
    );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-center-browser-'));
  // Issue 14: the workspace writes what its secret scan found here when it stops.
  const scanReport = path.join(dataDir, 'secret-scan.json');
  const child = spawn(process.execPath, [startScript], {
    cwd: root,
    env: { ...process.env, PORT: '0', WORKSPACE_STORE: dataDir, WORKSPACE_SECRET_SCAN: scanReport, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    const scanned = fs.existsSync(scanReport) ? JSON.parse(fs.readFileSync(scanReport, 'utf8')) : undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (scanned) failOnSecrets(scanned);
  };

  const deadline = Date.now() + timeoutMs;
  let ended;
  exited.then((how) => (ended = how));
  while (Date.now() < deadline && !ended) {
    // Only the line start.js prints once the app is up and set: the address also appears earlier
    // ("starting the runtime … the page at <url>"), when the page answers but the app does not yet.
    const urls = [
      ...output.matchAll(/Privacy Center workspace: (https?:\/\/(?:127\.0\.0\.1|localhost):\d+)/g),
    ].map((m) => m[1]);
    for (const url of new Set(urls)) {
      if (await answers(url)) return { url: `${url}/`, output: () => output, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(
    ended
      ? `test/workspace/start.js exited (${JSON.stringify(ended)}) before serving the playground:\n${output}`
      : `test/workspace/start.js did not serve the playground within ${timeoutMs / 1000} s:\n${output}`,
  );
}

/**
 * What the workspace's secret scan found (see test/integration/helpers/stopHosts.js, which does the
 * same for hosts in the test's own process): counted in `npm test`'s summary, and a hit fails the file.
 */
function failOnSecrets({ found, ...counts }) {
  const summary = process.env.PRIVACY_SECRET_SCAN_SUMMARY;
  if (summary) {
    const file = path.relative(root, expect.getState().testPath ?? '');
    fs.appendFileSync(summary, `${JSON.stringify({ file, ...counts })}\n`);
  }
  if (counts.hits)
    throw new Error(
      `A secret appeared where it does not belong (issue 14), ${counts.hits} time(s), in the workspace this file started:\n${found}`,
    );
}

module.exports = { startWorkspace };
