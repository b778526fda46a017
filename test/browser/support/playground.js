'use strict';
/** What a person does on the playground page, as small steps the tests read like a script. */
const fs = require('node:fs');
const path = require('node:path');

const screenshotDir = path.resolve(__dirname, '..', 'screenshots');

/** Opens the page acting as `username` and waits until it shows that user's chat. */
async function openAs(context, url, username) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${url}?user=${encodeURIComponent(username)}`);
  await page.locator(`[data-qa=app][data-user="${username}"]`).waitFor();
  await page.locator('[data-qa=composer]').waitFor();
  page.problems = problems;
  return page;
}

/** Types a command in the chat box and sends it with Enter, as a person would. */
async function send(page, text) {
  const box = page.locator('[data-qa=composer]');
  await box.fill(text);
  await box.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-qa=composer]').value === '');
}

const contextualBar = (page) => page.locator('[data-qa=uikit-contextual-bar]');
const modal = (page) => page.locator('[data-qa=uikit-modal]');
const entries = (page) => page.locator('[data-qa=transcript-entry]');

/** The select's dropdown fades in: resolves once it is fully shown. */
async function waitForOpenOptions(page) {
  await page.locator('.rcx-options').waitFor();
  await page.waitForFunction(() => {
    const options = document.querySelector('.rcx-options');
    if (!options) return false;
    const style = getComputedStyle(options);
    return style.opacity === '1' && style.animationName === 'none';
  });
}

/** Opens a fuselage select inside `scope` and picks the option whose label is `label`. */
async function openSelect(page, scope) {
  await scope.locator('.rcx-select').first().click();
  await waitForOpenOptions(page);
}

async function pickOption(page, label) {
  await page.locator('.rcx-options .rcx-option', { hasText: label }).first().click();
  await page.locator('.rcx-options').waitFor({ state: 'detached' });
}

/** Text as a person reads it (line breaks collapsed to spaces). */
const readable = (text) => text.replace(/\s+/g, ' ').trim();

/** The plain words of a mrkdwn string: what the page shows once it is formatted. */
const plainOf = (mrkdwn) =>
  readable(
    mrkdwn
      .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
      .replace(/<([^>]+)>/g, '$1')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(^|[^\w*])\*([^*\n]+)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w_])_([^_\n]+)_(?![\w_])/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1'),
  );

/** Saves a PNG of `locator` under test/browser/screenshots/; times are masked so that an
 *  unchanged view gives the same file. */
async function screenshot(page, locator, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await locator.screenshot({
    path: file,
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('.rcx-message-header__time, time')],
  });
  return file;
}

module.exports = {
  openAs,
  send,
  contextualBar,
  modal,
  entries,
  openSelect,
  pickOption,
  waitForOpenOptions,
  readable,
  plainOf,
  screenshot,
  screenshotDir,
};
