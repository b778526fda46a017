'use strict';
/**
 * Debian's Chromium driven by playwright-core from the playground's nested package (never a
 * browser downloaded by Playwright). Fails with a message saying what to install when
 * something is missing: the browser suite never skips silently.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const nestedDir = path.join(root, 'test', 'workspace', 'playground');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function loadPlaywright() {
  let resolved;
  try {
    resolved = require.resolve('playwright-core', { paths: [nestedDir] });
  } catch {
    throw new Error(
      `playwright-core is not installed in ${nestedDir}. Run \`npm install\` at the project root ` +
        '(its postinstall runs test/workspace/playground/setup.mjs), or `node test/workspace/playground/setup.mjs`.',
    );
  }
  return require(resolved);
}

/** @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>} */
async function launchChromium({ viewport = { width: 1600, height: 1000 } } = {}) {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium is missing: no ${executablePath}. The browser tests need Debian's Chromium and the Inter font: ` +
        '`apt-get install -y chromium fonts-inter` (CI does this in .ci/run), or set CHROMIUM_PATH.',
    );
  }
  const { chromium } = loadPlaywright();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-center-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'no-preference',
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

module.exports = { launchChromium, loadPlaywright, executablePath };
