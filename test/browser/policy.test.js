'use strict';
/**
 * The policy view as Rocket.Chat's web client renders it (fuselage-ui-kit in Chromium), driven
 * through the playground against the packaged app in the real Apps-Engine runtime.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const {
  closeSelect,
  contextualBar,
  openAs,
  openSelect,
  pickOption,
  readable,
  screenshot,
  screenshotRegion,
  fitWindowToContextualBar,
  send,
} = require('./support/playground');

jest.setTimeout(90000);

const de = wordsIn('de');
const en = wordsIn('en');

describe('the policy view, as the German user bruno', () => {
  let browser;
  let workspace;
  let page;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1600, height: 1000 } });
    workspace = await startWorkspace();
    page = await openAs(browser.context, workspace.url, 'bruno');
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  afterEach(() => expect(page?.problems ?? []).toEqual([]));

  const barText = async () => readable(await contextualBar(page).innerText());

  test('/privacy policy opens the policy in German beside the chat', async () => {
    await send(page, '/privacy policy');
    const bar = contextualBar(page);
    await bar.waitFor();

    expect(de('policy.title')).not.toBe(en('policy.title')); // German, not the English fallback
    await expect(bar.locator('[data-qa=uikit-title]').innerText()).resolves.toBe(de('policy.title'));
    const text = await barText();
    expect(text).toContain(de('policy.jurisdiction.label'));
    expect(text).toContain(de('policy.categories.heading'));
    expect(text).not.toContain(en('policy.categories.heading'));
    await fitWindowToContextualBar(page);
    await screenshot(page, bar, 'policy-view');
  });

  test('the jurisdiction select lists every law, in German', async () => {
    const bar = contextualBar(page);
    await openSelect(page, bar);
    const labels = await page.locator('.rcx-options .rcx-option').allInnerTexts();
    expect(labels.map(readable)).toEqual(
      ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd', 'us_state', 'other'].map((j) => de(`jurisdiction.${j}`)),
    );
    const section = bar.locator('.rcx-grid__wrapper', { has: page.locator('.rcx-select') });
    await screenshotRegion(page, [section, page.locator('.rcx-options')], 'policy-jurisdiction-select');
    await closeSelect(page);
  });

  test('choosing another jurisdiction changes the rights and deadlines shown', async () => {
    const bar = contextualBar(page);
    const before = await barText();
    expect(before).toContain(de('jurisdiction.gdpr'));
    expect(before).toContain(de('right.restriction'));
    expect(before).not.toContain(de('right.sale_opt_out'));

    await openSelect(page, bar);
    await pickOption(page, de('jurisdiction.ccpa'));
    await bar.getByText(de('right.sale_opt_out')).waitFor();
    await fitWindowToContextualBar(page);

    const after = await barText();
    expect(after).toContain(de('right.sensitive_data_limit'));
    expect(after).not.toContain(de('right.restriction'));
    expect(await bar.locator('.rcx-select').first().innerText()).toContain(de('jurisdiction.ccpa'));
    await screenshot(page, bar, 'policy-view-ccpa');
  });

  test('the choice is remembered when bruno opens the policy again', async () => {
    await contextualBar(page).locator('[data-qa=uikit-close]').first().click();
    await contextualBar(page).waitFor({ state: 'detached' });
    await send(page, '/privacy policy');
    await contextualBar(page).getByText(de('right.sale_opt_out')).waitFor();
    expect(await contextualBar(page).locator('.rcx-select').first().innerText()).toContain(
      de('jurisdiction.ccpa'),
    );
  });
});
