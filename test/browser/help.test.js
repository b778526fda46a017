'use strict';
/** `/privacy` help as it shows in the chat: an ephemeral message in the user's language. */
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const { entries, openAs, readable, screenshot, send } = require('./support/playground');

jest.setTimeout(90000);

describe('/privacy help in the chat', () => {
  let browser;
  let workspace;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    workspace = await startWorkspace();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  const lastEntryAfter = async (page, count) => {
    await entries(page).nth(count).waitFor();
    return entries(page).last();
  };

  test.each([
    ['bruno', 'de'],
    ['alice', 'en'],
  ])('%s gets the help in %s, listing the subcommands, formatted', async (username, language) => {
    const t = wordsIn(language);
    const page = await openAs(browser.context, workspace.url, username);
    const before = await entries(page).count();
    await send(page, '/privacy');
    const entry = await lastEntryAfter(page, before);

    expect(await entry.getAttribute('data-kind')).toBe('ephemeral');
    const text = readable(await entry.innerText());
    expect(text).toContain(t('help.title'));
    for (const key of ['help.cmd.policy', 'help.cmd.contact', 'help.cmd.help'])
      expect(text).toContain(t(key));
    // mrkdwn is formatted, not printed raw
    expect(text).not.toMatch(/\*Privacy Center\*/);
    expect(await entry.locator('strong').count()).toBeGreaterThan(0);
    if (username === 'bruno') await screenshot(page, entry, 'help');
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test('an unknown subcommand answers with the help and the closest match', async () => {
    const t = wordsIn('de');
    const page = await openAs(browser.context, workspace.url, 'bruno');
    const before = await entries(page).count();
    await send(page, '/privacy polcy');
    const text = readable(await (await lastEntryAfter(page, before)).innerText());
    expect(text).toContain(t('help.unknown', { input: 'polcy' }));
    expect(text).toContain(t('help.didYouMean', { suggestion: 'policy' }));
    expect(text).toContain(t('help.title'));
    await page.close();
  });
});
