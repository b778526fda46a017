'use strict';
/**
 * A request's page in the admin console as Rocket.Chat's web client renders it (fuselage-ui-kit in
 * Chromium): a request filed by bruno, taken and noted by the admin through the workspace's API,
 * then shown to the admin; and the extend form with its date picker.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { modal, openAs, readable, screenshot } = require('./support/playground');

jest.setTimeout(120000);

const en = wordsIn('en');

async function api(url, route, body) {
  const response = await fetch(new URL(route, url), {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const answer = await response.json();
  if (answer && answer.ok === false) throw new Error(`${route}: ${answer.error ?? JSON.stringify(answer)}`);
  return answer;
}

/** bruno files a GDPR access request through the modal, as the client would send it. */
async function fileRequest(url) {
  await api(url, '/api/command', { username: 'bruno', text: '/privacy request' });
  const views = await api(url, '/api/views?username=bruno');
  const { viewId, view } = views.find((v) => v.viewId.startsWith('privacy-request:'));
  const categories = view.blocks.find(
    (b) => b.type === 'input' && b.element?.actionId?.startsWith('request-categories'),
  );
  const state = {
    [categories.blockId]: { [categories.element.actionId]: ['account', 'usage', 'tracking'] },
    'request-details': { 'request-details-input': 'Bitte alles, was Sie über mich gespeichert haben.' },
    'request-confirm': { 'request-confirm-check': ['own'] },
  };
  await api(url, '/api/views/submit', { username: 'bruno', viewId, state });
  return viewId.slice('privacy-request:'.length);
}

describe("a request's page in the admin console", () => {
  let browser;
  let workspace;
  let id;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1400, height: 1100 } });
    workspace = await startWorkspace();
    id = await fileRequest(workspace.url);
    await api(workspace.url, '/api/jobs/run', {});
    const press = (actionId, viewId) =>
      api(workspace.url, '/api/actions', {
        username: 'admin',
        actionId,
        blockId: 'console.request.actions',
        value: id,
        ...(viewId ? { viewId } : {}),
      });
    await press('console.request.open');
    await press('console.request.take', `console.request.page:${id}`);
    await press('console.request.note', `console.request.page:${id}`);
    await api(workspace.url, '/api/views/submit', {
      username: 'admin',
      viewId: `console.request.noteForm:${id}`,
      state: {
        'console.request.form.text': { 'console.request.form.textInput': 'Asked IT for the export.' },
      },
    });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  test('shows the request, both tracks, the history and the moves valid now', async () => {
    const page = await openAs(browser.context, workspace.url, 'admin');
    const dialog = modal(page);
    await dialog.waitFor();
    const text = readable(await dialog.innerText());
    expect(text).toContain('@bruno, Bruno Beispiel, bruno@example.org');
    const buttons = (await dialog.locator('button').allInnerTexts()).map(readable);
    expect(buttons).toEqual(
      expect.arrayContaining(
        ['answer', 'extend', 'note', 'resend', 'back'].map((b) => en(`console.action.${b}`)),
      ),
    );
    expect(buttons).not.toContain(en('console.action.take'));
    expect(text).toContain('Asked IT for the export.');
    expect(text).toContain(en('console.notice.noted'));
    // mrkdwn is formatted, not printed raw
    expect(text).not.toContain('*History*');
    await screenshot(page, dialog, 'console-request');
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test('the extend form shows a date picker and the reasons field', async () => {
    await api(workspace.url, '/api/actions', {
      username: 'admin',
      actionId: 'console.request.extend',
      blockId: 'console.request.actions',
      value: id,
      viewId: `console.request.page:${id}`,
    });
    const page = await openAs(browser.context, workspace.url, 'admin');
    const dialog = modal(page);
    await dialog.getByText(en('console.form.extend.title')).waitFor();
    const text = readable(await dialog.innerText());
    expect(text).toContain(en('console.form.extend.due'));
    expect(text).toContain(en('console.form.extend.reasons'));
    expect(await dialog.locator('input[type=date]').count()).toBe(1);
    await screenshot(page, dialog, 'console-request-extend');
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
