'use strict';
/**
 * "Where your data goes here" and the admin's posture as Rocket.Chat's web client renders them,
 * on a workspace with S3 uploads, Google translation, analytics and Google sign-in on: the
 * screenshots for the README (test/browser/screenshots/data-map.png, posture.png).
 */
const fs = require('node:fs');
const path = require('node:path');
const { launchChromium } = require('./support/chromium');
const { startWorkspace } = require('./support/workspace');
const { wordsIn } = require('./support/catalogue');
const {
  contextualBar,
  entries,
  fitWindowToContextualBar,
  openAs,
  plainOf,
  readable,
  screenshot,
  send,
} = require('./support/playground');

jest.setTimeout(120000);

const en = wordsIn('en');
const SETTINGS = {
  FileUpload_Storage_Type: 'AmazonS3',
  FileUpload_S3_Region: 'eu-central-1',
  AutoTranslate_Enabled: true,
  GoogleAnalytics_enabled: true,
  Accounts_OAuth_Google: true,
  SMTP_Host: 'smtp.example.org',
  Register_Server: true,
  Cloud_Service_Agree_PrivacyTerms: true,
  Push_request_content_from_server: false,
};

describe('the data map and the posture', () => {
  let browser;
  let workspace;

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1600, height: 1000 } });
    workspace = await startWorkspace();
    const answer = await fetch(new URL('/api/server-settings', workspace.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ values: SETTINGS }),
    }).then((r) => r.json());
    expect(answer.ok).toBe(true);
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await workspace?.stop();
  });

  test('alice reads where her data goes, formatted', async () => {
    const page = await openAs(browser.context, workspace.url, 'alice');
    await send(page, '/privacy policy');
    const bar = contextualBar(page);
    await bar.waitFor();
    const text = readable(await bar.innerText());
    expect(text).toContain(plainOf(en('map.heading')));
    expect(text).toContain('Files you upload are stored with Amazon S3 (eu-central-1)');
    expect(text).not.toContain('*Where your data goes here*');
    await fitWindowToContextualBar(page);
    const from = await bar.getByText(plainOf(en('map.heading')), { exact: true }).boundingBox();
    const to = await bar
      .getByText(plainOf(en('map.e2e.off')))
      .last()
      .boundingBox();
    const box = await bar.boundingBox();
    fs.mkdirSync(path.join(__dirname, 'screenshots'), { recursive: true });
    await page.screenshot({
      path: path.join(__dirname, 'screenshots', 'data-map.png'),
      clip: { x: box.x, y: from.y - 16, width: box.width, height: to.y + to.height + 16 - (from.y - 16) },
      caret: 'hide',
    });
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test('the admin reads the posture, most severe first', async () => {
    const page = await openAs(browser.context, workspace.url, 'admin');
    const before = await entries(page).count();
    await send(page, '/privacy admin posture');
    await entries(page).nth(before).waitFor();
    const entry = entries(page).last();
    const text = readable(await entry.innerText());
    expect(text).toContain(plainOf(en('posture.title')));
    expect(text).toContain("Message text goes through the vendor's push gateway (gateway.rocket.chat).");
    expect(text.indexOf('High')).toBeLessThan(text.indexOf('Medium'));
    await screenshot(page, entry, 'posture');
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
