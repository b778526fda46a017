'use strict';
/**
 * The console's list (`/privacy admin`) as the web client renders it, as the admin (who handles
 * requests): the register of the requests filed through the playground API, and a filter picked
 * as a person picks it.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { modal, openAs, openSelect, pickOption, readable, screenshot, send } = require('./support/playground');

jest.setTimeout(120000);

const en = wordsIn('en');

async function api(url, path, body) {
  const response = await fetch(new URL(path, url), {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Files a request as `username` through the modal, over the playground API (not on screen). */
async function fileRequest(url, username, jurisdiction, type) {
  await api(url, '/api/command', { username, text: '/privacy request' });
  const modalOf = async () =>
    (await api(url, `/api/views?username=${username}`)).find((v) => v.viewId.startsWith('privacy-request:'));
  let { viewId } = await modalOf();
  const pick = async (blockId, actionId, value) => {
    await api(url, '/api/actions', { username, viewId, blockId, actionId, value });
    ({ viewId } = await modalOf());
  };
  await pick('request-jurisdiction', 'request-jurisdiction-select', jurisdiction);
  const typeBlock = (await modalOf()).view.blocks.find((b) => b.blockId?.startsWith('request-type'));
  await pick(typeBlock.blockId, typeBlock.accessory.actionId, type);
  const { view } = await modalOf();
  const categories = view.blocks.find((b) => b.element?.actionId?.startsWith('request-categories-select'));
  const state = {
    'request-jurisdiction': { 'request-jurisdiction-select': jurisdiction },
    [typeBlock.blockId]: { [typeBlock.accessory.actionId]: type },
    ...(categories
      ? {
          [categories.blockId]: {
            [categories.element.actionId]: categories.element.initialValue ?? ['account'],
          },
        }
      : {}),
    'request-details': { 'request-details-input': '' },
    'request-confirm': { 'request-confirm-check': ['own'] },
  };
  const result = await api(url, '/api/views/submit', { username, viewId, state });
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
}

describe('the console list, as the admin', () => {
  let browser;
  let workspace;
  let page;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1600, height: 1400 } });
    workspace = await startWorkspace();
    await api(workspace.url, '/api/settings', { id: 'requests_per_day', value: 100 });
    await fileRequest(workspace.url, 'alice', 'gdpr', 'access');
    await fileRequest(workspace.url, 'bruno', 'gdpr', 'erasure');
    await fileRequest(workspace.url, 'carla', 'lgpd', 'portability');
    await fileRequest(workspace.url, 'alice', 'ccpa', 'sale_opt_out');
    page = await openAs(browser.context, workspace.url, 'admin');
  }, 150000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  afterEach(() => expect(page?.problems ?? []).toEqual([]));

  test('/privacy admin opens the register: the four requests, both tracks, newest first', async () => {
    await send(page, '/privacy admin');
    const dialog = modal(page);
    await dialog.waitFor({ timeout: 15000 });
    await expect(dialog.locator('[data-qa=uikit-title]').innerText()).resolves.toBe(en('console.title'));
    const text = readable(await dialog.innerText());
    expect(text).toContain(en('console.shown', { from: 1, to: 4, matching: 4, page: 1, pages: 1 }));
    for (const who of ['@alice', '@bruno', '@carla']) expect(text).toContain(who);
    expect(text).toContain(en('console.row.operator', { state: en('console.operator.new') }));
    // mrkdwn is formatted, not printed raw
    expect(text).not.toMatch(/\*PR-/);
    expect(text.indexOf(en('request.type.sale_opt_out'))).toBeLessThan(
      text.indexOf(en('request.type.access')),
    );
    await screenshot(page, dialog, 'console-list');
  });

  test('picking a law in its select narrows the list', async () => {
    const dialog = modal(page);
    const lawSelect = dialog.locator('.rcx-select', { hasText: en('console.filter.law.any') });
    await openSelect(page, lawSelect.locator('xpath=..'));
    await pickOption(page, en('jurisdiction.lgpd'));
    await dialog
      .getByText(en('console.shown', { from: 1, to: 1, matching: 1, page: 1, pages: 1 }))
      .waitFor({ timeout: 10000 });
    const text = readable(await dialog.innerText());
    expect(text).toContain('@carla');
    expect(text).not.toContain('@bruno');
  });
});
