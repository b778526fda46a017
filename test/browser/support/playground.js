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

/** Opens the (first) fuselage select inside `scope`. A click toggles it, and one that was
 *  closed with Escape keeps its focus, so the first click may close rather than open. */
async function openSelect(page, scope) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await scope.locator('.rcx-select').first().click();
    const shown = await page
      .locator('.rcx-options')
      .waitFor({ timeout: 1500 })
      .then(() => true)
      .catch(() => false);
    if (shown) return waitForOpenOptions(page);
  }
  throw new Error('The select did not open.');
}

/** Closes an open select's dropdown without choosing. */
async function closeSelect(page) {
  await page.keyboard.press('Escape');
  await page.locator('.rcx-options').waitFor({ state: 'detached' });
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

const SCREENSHOT_STYLE = '.rcx-message-header__time { visibility: hidden; }';

/** Saves a PNG of `locator` under test/browser/screenshots/. Message times are hidden, so that
 *  an unchanged view gives the same file from one run to the next. */
async function screenshot(page, locator, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await locator.screenshot({ path: file, animations: 'disabled', caret: 'hide', style: SCREENSHOT_STYLE });
  return file;
}

/** Saves a PNG of the smallest region that holds all of `locators` (e.g. a view and the
 *  dropdown of one of its selects, which the page shows outside the view). */
async function screenshotRegion(page, locators, name, padding = 16) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const boxes = await Promise.all(locators.map((l) => l.boundingBox()));
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - padding);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - padding);
  const clip = {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) + padding - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) + padding - y,
  };
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, clip, caret: 'hide', style: SCREENSHOT_STYLE });
  return file;
}

/** Makes the window just tall enough for the whole contextual bar to show without scrolling,
 *  so that its screenshot holds all of it and nothing more. */
async function fitWindowToContextualBar(page) {
  const bar = page.locator('[data-qa=uikit-contextual-bar]');
  const needed = await bar.evaluate((el) => {
    const content = el.querySelector('.pg-contextual-bar-content');
    return el.getBoundingClientRect().height - content.clientHeight + content.scrollHeight;
  });
  const { width } = page.viewportSize();
  await page.setViewportSize({ width, height: Math.max(600, Math.ceil(needed)) });
}

module.exports = {
  openAs,
  send,
  contextualBar,
  modal,
  entries,
  openSelect,
  closeSelect,
  pickOption,
  waitForOpenOptions,
  readable,
  plainOf,
  screenshot,
  screenshotRegion,
  fitWindowToContextualBar,
  screenshotDir,
};
