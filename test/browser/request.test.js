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
    // The type select shows the type the form opened with.
    const typeSelect = dialog.locator('.rcx-select', { hasText: en('request.type.access') });
    await openSelect(page, typeSelect.locator('xpath=..'));
    await pickOption(page, en('request.type.restriction'));
    await dialog.getByText(en('request.typeHelp.restriction')).waitFor({ timeout: 10000 });
    const shown = await chipsOf(dialog);
    expect(shown.length).toBeGreaterThan(0);
    await dialog.getByText(en('request.modal.confirmOption')).click();
    await dialog.locator('[data-qa=uikit-submit]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    // The receipt of this request: it names the type and the data (status messages follow it).
    const dataWords = en('request.receipt.data', { categories: '' }).slice(0, -1);
    const receipt = page
      .locator('[data-qa=transcript-entry]', { hasText: dataWords })
      .filter({ hasText: en('request.type.restriction') })
      .last();
    await receipt.waitFor({ timeout: 15000 });
    const text = readable(await receipt.innerText());
    const dataLine = text.slice(text.indexOf(dataWords)).split('.')[0];
    const filed = KINDS.filter((kind) => dataLine.includes(kind));
    expect(filed).toEqual(shown);
  });

  test('after changing the law, the type on screen is the type filed', async () => {
    await send(page, '/privacy request');
    const dialog = modal(page);
    await dialog.waitFor({ timeout: 15000 });
    const pick = async (showing, label) => {
      await openSelect(page, dialog.locator('.rcx-select', { hasText: showing }).locator('xpath=..'));
      await pickOption(page, label);
      await dialog.locator('.rcx-select', { hasText: label }).waitFor({ timeout: 10000 });
    };
    await pick(en('jurisdiction.gdpr'), en('jurisdiction.ccpa'));
    await pick(en('request.type.access'), en('request.type.sale_opt_out'));
    // Back to the GDPR, which has no such right: the form falls back to its first type.
    await pick(en('jurisdiction.ccpa'), en('jurisdiction.gdpr'));
    await dialog.getByText(en('request.typeHelp.access')).waitFor({ timeout: 10000 });
    const text = readable(await dialog.innerText());
    expect(text).toContain(en('request.type.access'));
    expect(text).not.toContain(en('request.type.sale_opt_out'));
    await dialog.getByText(en('request.modal.confirmOption')).click();
    await dialog.locator('[data-qa=uikit-submit]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    const dataWords = en('request.receipt.data', { categories: '' }).slice(0, -1);
    const receipts = page.locator('[data-qa=transcript-entry]', { hasText: dataWords });
    await receipts
      .filter({ hasText: en('request.type.access') })
      .nth(1)
      .waitFor({ timeout: 15000 });
  });

  test('at the daily limit, Send says so next to the confirmation, with the DPO', async () => {
    await send(page, '/privacy request');
    const dialog = modal(page);
    await dialog.waitFor({ timeout: 15000 });
    // alice filed two requests above; the admin lowers the limit to two while the form is open.
    await setSetting(workspace.url, 'dpo_email', 'dpo@acme.example');
    await setSetting(workspace.url, 'requests_per_day', 2);
    await dialog.getByText(en('request.modal.confirmOption')).click();
    await dialog.locator('[data-qa=uikit-submit]').click();
    const [before, after] = limitWords();
    await dialog.getByText(before, { exact: false }).waitFor({ timeout: 10000 });
    const text = readable(await dialog.innerText());
    expect(text).toContain(after);
    // Shown at the bottom, under the confirmation next to Send, not on the type at the top.
    expect(text.indexOf(before)).toBeGreaterThan(text.indexOf(en('request.modal.confirmOption')));
    await screenshot(page, dialog, 'request-modal-limit');
    await dialog.locator('[data-qa=uikit-close]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
  });

  test('at the daily limit, /privacy request says so at once instead of opening the form', async () => {
    await send(page, '/privacy request');
    const [before, after] = limitWords();
    const notice = page.locator('[data-qa=transcript-entry]', { hasText: before }).last();
    await notice.waitFor({ timeout: 15000 });
    const text = readable(await notice.innerText());
    expect(text).toContain(after);
    expect(text).toMatch(/\d{1,2}:\d{2}( [AP]M)? \(UTC\)/);
    expect(await modal(page).count()).toBe(0);
  });
});

/** The limit notice's words before and after its time (which depends on when the test ran). */
const limitWords = () =>
  en('request.limitUntil', { limit: 2, email: 'dpo@acme.example', time: '@@' }).split('@@');

async function setSetting(url, id, value) {
  const response = await fetch(new URL('/api/settings', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, value }),
  });
  const answer = await response.json();
  if (!answer.ok) throw new Error(`setting ${id} failed: ${JSON.stringify(answer)}`);
}

const KINDS = ['account', 'usage', 'app', 'content', 'tracking'].map((c) => en(`category.name.${c}`));

/** The data kinds the categories field shows as chips: the modal's words between the field's
 *  label and its hint, as the person reads them. */
async function chipsOf(dialog) {
  const text = readable(await dialog.innerText());
  const start = text.indexOf(en('request.modal.categories'));
  const end = text.indexOf(en('request.modal.categoriesHint'));
  if (start < 0 || end < start) throw new Error(`No categories field in: ${text}`);
  const field = text.slice(start, end);
  return KINDS.filter((kind) => field.includes(kind));
}
