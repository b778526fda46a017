'use strict';
/**
 * The installed-apps directory (`/privacy apps`) as Rocket.Chat's web client renders it
 * (fuselage-ui-kit in Chromium), through the playground against the packaged app in the real
 * Apps-Engine runtime; the workspace serves /api/apps/* from its fake catalogue
 * (test/workspace/host/appsCatalogue.js) and `npm start` gave the app a reader's token.
 */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const {
  contextualBar,
  openAs,
  readable,
  screenshot,
  fitWindowToContextualBar,
  send,
} = require('./support/playground');

jest.setTimeout(90000);

const en = wordsIn('en');

const APPS = [
  'Meeting Notes AI',
  'Standup Bot',
  'Legacy Webhook Relay',
  'HR Onboarding (internal)',
  'Retired Translator',
  'Emoji Pack',
  'Giphy',
  'Jira Cloud',
  'Team Lunch Poll',
  'Privacy Center',
];

describe('the app directory, as alice', () => {
  let browser;
  let workspace;
  let page;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1600, height: 1000 } });
    workspace = await startWorkspace();
    page = await openAs(browser.context, workspace.url, 'alice');
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  afterEach(() => expect(page?.problems ?? []).toEqual([]));

  const bar = () => contextualBar(page);
  const barText = async () => readable(await bar().innerText());
  const searchBox = () => bar().locator('input[type=text], input:not([type])').first();

  test('/privacy apps opens the directory beside the chat, every installed app listed', async () => {
    await send(page, '/privacy apps');
    await bar().waitFor();
    await expect(bar().locator('[data-qa=uikit-title]').innerText()).resolves.toBe(en('apps.title'));
    await bar()
      .getByText(en('apps.count', { shown: 10, total: 10 }))
      .waitFor();
    const text = await barText();
    for (const name of APPS) expect(text).toContain(name);
    expect(text).toContain(en('apps.privacy.none'));
    expect(text).toContain(en('apps.permissions.default'));
    // mrkdwn is formatted, not printed raw
    expect(text).not.toContain('*Meeting Notes AI*');
    expect(await bar().locator('a[href="https://noteslabs.example/privacy"]').count()).toBe(1);
    await screenshot(page, bar(), 'apps-view');
  });

  test('typing in the search box narrows the list as alice types', async () => {
    await searchBox().click();
    await searchBox().pressSequentially('jira', { delay: 60 });
    await bar()
      .getByText(en('apps.count', { shown: 1, total: 10 }))
      .waitFor({ timeout: 10_000 });
    let text = await barText();
    expect(text).toContain('Jira Cloud');
    for (const name of APPS.filter((n) => n !== 'Jira Cloud')) expect(text).not.toContain(name);
    expect(await searchBox().inputValue()).toBe('jira');

    // The plain words of a permission find the apps that have it.
    await searchBox().fill('');
    await searchBox().pressSequentially('uploaded files', { delay: 30 });
    await page.waitForFunction(
      () => !document.querySelector('[data-qa=uikit-contextual-bar]').innerText.includes('Jira Cloud'),
      undefined,
      { timeout: 10_000 },
    );
    await bar().getByText('Meeting Notes AI').first().waitFor();
    text = await barText();
    expect(text).toContain('Legacy Webhook Relay');
    expect(text).not.toContain('Giphy');
  });

  test('a search for one app shows its whole entry (screenshot)', async () => {
    await searchBox().fill('');
    await searchBox().pressSequentially('meeting', { delay: 30 });
    await bar()
      .getByText(en('apps.count', { shown: 1, total: 10 }))
      .waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-qa=uikit-contextual-bar]').innerText.includes('Legacy Webhook Relay'),
      undefined,
      { timeout: 10_000 },
    );
    const text = await barText();
    expect(text).toContain('Thread text is sent to our language model provider');
    expect(text).toContain(en('apps.privacy.link'));
    expect(text).toContain(en('apps.data.outside'));
    await fitWindowToContextualBar(page);
    await screenshot(page, bar(), 'apps-view-search');
  });
});
