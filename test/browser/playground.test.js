'use strict';
/**
 * The playground's own parts, as a developer sees them at a laptop's 1280×720: the chat's send
 * button and time stamps on screen, the settings panel in the admin's words (and saying when the
 * app refuses a value), the endpoint inbox with the status code of each answer, the chat's badges
 * in the picked user's language, and "Run scheduled jobs now" saying what it did to the outbox.
 */
const fs = require('node:fs');
const path = require('node:path');
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { contextualBar, entries, openAs, readable, send } = require('./support/playground');

jest.setTimeout(120000);

const VIEWPORT = { width: 1280, height: 720 };
const i18n = (language) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'i18n', `${language}.json`), 'utf8'));

/** Where an element is cut off: outside the window, or by an ancestor that clips its overflow. */
function clipping(element) {
  const rect = element.getBoundingClientRect();
  const problems = [];
  if (rect.width === 0 || rect.height === 0) problems.push('has no size');
  if (rect.left < 0 || rect.top < 0 || rect.right > window.innerWidth || rect.bottom > window.innerHeight)
    problems.push(`outside the ${window.innerWidth}×${window.innerHeight} window: ${JSON.stringify(rect)}`);
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = parent.getBoundingClientRect();
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
      problems.push(`cut off sideways by ${parent.className || parent.tagName}`);
  }
  if (element.scrollWidth > element.clientWidth + 1) problems.push('its text is cut short');
  // Nothing else is drawn over it (a neighbouring panel over an overflowing one).
  const y = (rect.top + rect.bottom) / 2;
  for (const x of [rect.left + 1, (rect.left + rect.right) / 2, rect.right - 1]) {
    const hit = document.elementFromPoint(x, y);
    if (hit && !element.contains(hit))
      problems.push(`covered at x=${Math.round(x)} by ${hit.className || hit.tagName}`);
  }
  return problems;
}

describe('the playground at 1280×720', () => {
  let browser;
  let workspace;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: VIEWPORT });
    workspace = await startWorkspace();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  test('the send button and the time stamps are whole and on screen, with the contextual bar open', async () => {
    const page = await openAs(browser.context, workspace.url, 'alice');
    await send(page, '/privacy help');
    await send(page, '/privacy policy');
    await contextualBar(page).waitFor();
    await entries(page).first().waitFor();

    // Something typed, so that the button is enabled, as when a person is about to send.
    await page.locator('[data-qa=composer]').fill('/privacy status');
    const sendButton = page.locator('[data-qa=composer-send]');
    expect(await sendButton.evaluate(clipping)).toEqual([]);
    const stamps = page.locator('[data-qa=transcript-entry] .rcx-message-header__time');
    expect(await stamps.count()).toBeGreaterThan(0);
    for (const stamp of await stamps.all()) {
      expect(await stamp.innerText()).toMatch(/\d/);
      expect(await stamp.evaluate(clipping)).toEqual([]);
    }
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test('the settings panel shows the labels in the admin language and says when the app refuses a value', async () => {
    const t = wordsIn('de');
    const page = await openAs(browser.context, workspace.url, 'bruno');
    await page.locator('[data-qa=tab-settings]').click();
    const label = page.locator('[data-qa=setting-label-dpo_email]');
    expect(readable(await label.innerText())).toContain(i18n('de').setting_dpo_email_label);

    const input = page.locator('[data-qa=setting-input-dpo_email]');
    const inForce = await input.inputValue();
    expect(inForce).toMatch(/@/);
    await input.fill('not an e-mail address');
    await page.locator('[data-qa=setting-save-dpo_email]').click();

    const refusal = page.locator('[data-qa=setting-refused-dpo_email]');
    await refusal.waitFor();
    const said = readable(await refusal.innerText());
    expect(said).toContain(t('problem.not_email'));
    expect(said).toContain(inForce);
    expect(said).toContain('not an e-mail address');
    // The field holds the value in force again, not the one the app refused.
    expect(await input.inputValue()).toBe(inForce);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test('the endpoint inbox shows the status code the endpoint answered to each call', async () => {
    const state = await (await fetch(new URL('/api/state', workspace.url))).json();
    const created = await fetch(`${state.endpointUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ not: 'a request' }),
    });
    const missing = await fetch(`${state.endpointUrl}/nothing-here`);
    expect([created.status, missing.status]).toEqual([400, 404]);

    const page = await openAs(browser.context, workspace.url, 'alice');
    await page.locator('[data-qa=tab-endpoint]').click();
    const calls = page.locator('[data-qa=endpoint-call]');
    await calls.nth(1).waitFor();
    // Newest first.
    expect(await calls.nth(0).locator('[data-qa=endpoint-status]').innerText()).toBe('404');
    expect(readable(await calls.nth(0).innerText())).toContain('GET /dsr/nothing-here');
    expect(await calls.nth(1).locator('[data-qa=endpoint-status]').innerText()).toBe('400');
    expect(readable(await calls.nth(1).innerText())).toContain('POST /dsr/requests');
    await page.close();
  });

  test.each([
    ['bruno', 'Nur für Sie'],
    ['carla', 'Só para você'],
    ['alice', 'Only you'],
  ])("the chat's own badges follow %s's language", async (username, onlyYou) => {
    const page = await openAs(browser.context, workspace.url, username);
    const before = await entries(page).count();
    await send(page, '/privacy help');
    await entries(page).nth(before).waitFor();
    expect(await entries(page).last().locator('[data-qa=badge-only-you]').innerText()).toBe(onlyYou);
    await page.close();
  });

  test('"Run scheduled jobs now" says what it did to the outbox', async () => {
    const page = await openAs(browser.context, workspace.url, 'alice');
    await page.locator('[data-qa=run-jobs]').click();
    const note = page.locator('[data-qa=workspace-note]', { hasText: 'Ran the outbox' });
    await note.waitFor();
    expect(readable(await note.innerText())).toMatch(
      /Ran the outbox: \d+ due, \d+ waiting in back-off brought forward/,
    );
    await page.close();
  });
});
