'use strict';
/**
 * A policy update as a person meets it in the chat: after an admin saves a new version, bruno's
 * next `/privacy` brings the notice (in German, only he sees it) with the admin's words quoted, the
 * link and the button; pressing "Ich habe sie gelesen" records it and says so.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { formatDate } = require('../../src/core/i18n/dates');
const { entries, openAs, readable, screenshot, send } = require('./support/playground');

jest.setTimeout(90000);

const de = wordsIn('de');
/** The effective date in force (the default), as a German reader reads it. */
const DATE = formatDate('2023-10-20', 'de');

async function api(url, route, body) {
  const response = await fetch(new URL(route, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!answer.ok) throw new Error(`${route} failed: ${JSON.stringify(answer)}`);
  return answer;
}

describe('a policy update, as bruno', () => {
  let browser;
  let workspace;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    workspace = await startWorkspace();
    await api(workspace.url, '/api/settings', { id: 'policy_updates_room', value: 'GENERAL' });
    await api(workspace.url, '/api/settings', {
      id: 'policy_what_changed',
      value: 'Neuer Auftragsverarbeiter für Push-Benachrichtigungen: Acme Push GmbH (Frankfurt).',
    });
    await api(workspace.url, '/api/settings', { id: 'policy_version', value: '7.0' });
    await api(workspace.url, '/api/jobs/run', { due: true });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  test('the notice comes with /privacy, in German, and "Ich habe sie gelesen" records it', async () => {
    const page = await openAs(browser.context, workspace.url, 'bruno');
    await send(page, '/privacy');
    const title = de('policyUpdate.title', { version: '7.0', date: DATE });
    const notice = entries(page).filter({ hasText: title }).and(page.locator('[data-kind=ephemeral]'));
    await notice.waitFor();
    const text = readable(await notice.innerText());
    expect(text).toContain(de('policyUpdate.whatChanged'));
    expect(text).toContain('Acme Push GmbH');
    expect(text).toContain(de('policyUpdate.fullPolicy', { link: 'https://rocket.chat/privacy' }));
    await screenshot(page, notice, 'policy-update-notice');

    await notice.getByRole('button', { name: de('policyUpdate.ackButton') }).click();
    const thanks = de('policyUpdate.acknowledged', { version: '7.0', date: DATE });
    await entries(page).filter({ hasText: thanks }).first().waitFor();
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
