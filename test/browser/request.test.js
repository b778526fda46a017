'use strict';
/**
 * The request modal as the web client renders it, as alice: a submit without the confirmation
 * shows the field error on the modal; confirmed, the modal closes and the receipt arrives.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { modal, openAs, openSelect, pickOption, readable, screenshot, send } = require('./support/playground');

jest.setTimeout(90000);

const en = wordsIn('en');

describe('the request modal, as alice', () => {
  let browser;
  let workspace;
  let page;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1600, height: 1400 } });
    workspace = await startWorkspace();
    page = await openAs(browser.context, workspace.url, 'alice');
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text().slice(0, 800)));
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  afterEach(() => expect(page?.problems ?? []).toEqual([]));

  test('/privacy request opens the modal in English', async () => {
    await send(page, '/privacy request');
    const dialog = modal(page);
    await dialog.waitFor({ timeout: 15000 }).catch(async (e) => {
      await page.screenshot({ path: '/tmp/pc/page.png' });
      console.log(page.problems, readable(await page.locator('body').innerText()).slice(-1500));
      throw e;
    });
    await expect(dialog.locator('[data-qa=uikit-title]').innerText()).resolves.toBe(
      en('request.modal.title'),
    );
    const text = readable(await dialog.innerText());
    expect(text).toContain(en('request.modal.confirmOption'));
    expect(text).toContain(en('request.modal.routing'));
    await screenshot(page, dialog, 'request-modal');
  });

  test('submitting without the confirmation shows the field error and keeps the modal open', async () => {
    const dialog = modal(page);
    await dialog.locator('[data-qa=uikit-submit]').click();
    await dialog.getByText(en('form.error.confirm')).waitFor({ timeout: 10000 });
    expect(await dialog.isVisible()).toBe(true);
    await screenshot(page, dialog, 'request-modal-errors');
  });

  test('confirmed and submitted: the modal closes and the receipt arrives', async () => {
    const dialog = modal(page);
    await dialog.getByText(en('request.modal.confirmOption')).click();
    await dialog.locator('[data-qa=uikit-submit]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    const receiptStart = en('request.receipt.title', { ref: 'PR-' }).split('PR-')[0];
    await page
      .locator('[data-qa=transcript-entry]', { hasText: receiptStart })
      .first()
      .waitFor({ timeout: 15000 });
    const entry = readable(
      await page.locator('[data-qa=transcript-entry]', { hasText: receiptStart }).last().innerText(),
    );
    expect(entry).toMatch(/PR-[0-9A-F]{8}/);
  });

  test('after changing the type, the request carries exactly the data kinds on screen', async () => {
    await send(page, '/privacy request');
    const dialog = modal(page);
    await dialog.waitFor({ timeout: 15000 });
    // The type select is the second select of the modal (after the law).
    const typeSection = dialog.locator('.rcx-box', { hasText: en('request.modal.type') }).last();
    await openSelect(page, typeSection);
    await pickOption(page, en('request.type.restriction'));
    await dialog.getByText(en('request.typeHelp.restriction')).waitFor({ timeout: 10000 });
    const shown = await chipsOf(page, dialog);
    expect(shown.length).toBeGreaterThan(0);
    await dialog.getByText(en('request.modal.confirmOption')).click();
    await dialog.locator('[data-qa=uikit-submit]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    const receipt = en('request.receipt.title', { ref: 'PR-' }).split('PR-')[0];
    const entries = page.locator('[data-qa=transcript-entry]', { hasText: receipt });
    // The second receipt of this session is this request's.
    await entries.nth(1).waitFor({ timeout: 15000 });
    const text = readable(await entries.last().innerText());
    const filed = text.match(/Data: ([^.]*)\./)?.[1].split(', ') ?? [];
    expect(filed.sort()).toEqual(shown.sort());
  });
});

/** The data kinds the categories field shows as chips, as the person reads them. */
async function chipsOf(page, dialog) {
  const field = dialog.locator('.rcx-field', { hasText: en('request.modal.categories') }).first();
  const html = await field.innerHTML();
  const names = ['account', 'usage', 'app', 'content', 'tracking'].map((c) => en(`category.name.${c}`));
  const text = readable(await field.innerText());
  if (!names.some((n) => text.includes(n))) console.log('categories field:', html.slice(0, 3000));
  return names.filter((n) => text.includes(n));
}
