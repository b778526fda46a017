'use strict';
/**
 * `/privacy mydata` as carla (pt-BR) reads it in the chat: her request with what she wrote, the law
 * she picked and what she can delete; the screenshot the README shows.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { entries, openAs, readable, screenshot, send } = require('./support/playground');

jest.setTimeout(120000);

const pt = wordsIn('pt-BR');

async function call(url, route, body) {
  const response = await fetch(
    new URL(route, url),
    body
      ? {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }
      : undefined,
  );
  const answer = await response.json();
  if (body && !answer.ok) throw new Error(`${route} failed: ${JSON.stringify(answer)}`);
  return answer;
}

/** Files a request as carla through the modal, as the client submits it. */
async function fileAsCarla(url) {
  await call(url, '/api/command', { username: 'carla', text: '/privacy request' });
  const views = await call(url, '/api/views?username=carla');
  const { viewId, view } = views.find((v) => v.viewId.startsWith('privacy-request:'));
  const categories = view.blocks.find(
    (b) => b.type === 'input' && b.element?.actionId?.startsWith('request-categories-select'),
  );
  await call(url, '/api/views/submit', {
    username: 'carla',
    viewId,
    state: {
      'request-jurisdiction': { 'request-jurisdiction-select': 'lgpd' },
      'request-type': { 'request-type-select': 'access' },
      [categories.blockId]: { [categories.element.actionId]: ['account', 'usage'] },
      'request-details': { 'request-details-input': 'Quero uma cópia das minhas mensagens de 2025.' },
      'request-confirm': { 'request-confirm-check': ['own'] },
    },
  });
}

describe('what the app stores about carla', () => {
  let browser;
  let workspace;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    workspace = await startWorkspace();
    await call(workspace.url, '/api/command', { username: 'carla', text: '/privacy policy' });
    await call(workspace.url, '/api/actions', {
      username: 'carla',
      viewId: 'policy-view',
      blockId: 'policy-jurisdiction',
      actionId: 'policy-jurisdiction-select',
      value: 'lgpd',
    });
    await call(workspace.url, '/api/views/close', { username: 'carla', viewId: 'policy-view' });
    await fileAsCarla(workspace.url);
  }, 150000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  test('/privacy mydata lists her request, what she wrote and the law she picked, in Portuguese', async () => {
    const page = await openAs(browser.context, workspace.url, 'carla');
    await send(page, '/privacy mydata');
    const answer = entries(page).filter({ hasText: 'O que o Privacy Center guarda sobre você' });
    await answer.waitFor();
    const text = readable(await answer.innerText());
    expect(text).toContain('Quero uma cópia das minhas mensagens de 2025.');
    expect(text).toContain(pt('jurisdiction.lgpd'));
    expect(text).toContain('/privacy mydata delete');
    await screenshot(page, answer, 'mydata');
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
