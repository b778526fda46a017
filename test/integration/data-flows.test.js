'use strict';
/**
 * "Where your data goes here" (issue 12) in the real runtime: the workspace serves Rocket.Chat's
 * server settings with their defaults, a test changes them as an admin would (the app's data-map
 * job then runs), and reads what a person and an admin see, in English and German. The workspace
 * records every setting id the app asks for; no setting value but a host or provider name may
 * appear in a message, a view, a log or a record.
 */
const { startWorkspace, textOf, fromApp } = require('./helpers/workspace');
const { openRequest } = require('./helpers/requests');
const { ALLOWED_SETTING_IDS } = require('../../src/core/dataFlows/allowList');

jest.setTimeout(120_000);

/** Credentials beside the settings the app reads: a careless app would find them (7.4+ hands them over). */
const FAKE_SECRET = 'FAKE-SECRET-9f3c2e';
const SECRETS = {
  SMTP_Password: FAKE_SECRET,
  SMTP_Username: `user-${FAKE_SECRET}`,
  FileUpload_S3_AWSSecretAccessKey: `${FAKE_SECRET}-s3`,
  FileUpload_S3_AWSAccessKeyId: `${FAKE_SECRET}-id`,
  AutoTranslate_GoogleAPIKey: `${FAKE_SECRET}-translate`,
  Accounts_OAuth_Google_secret: `${FAKE_SECRET}-oauth`,
  Livechat_secret_token: `${FAKE_SECRET}-livechat`,
};
/** Distinctive values on allow-listed settings: only their host names may ever show. */
const DISTINCT = 'DISTINCT-7a41';
const THIRD_PARTIES_ON = {
  FileUpload_Storage_Type: 'AmazonS3',
  FileUpload_S3_Bucket: `bucket-${DISTINCT}`,
  FileUpload_S3_Region: `region-${DISTINCT}`, // not a region code: never shown
  AutoTranslate_Enabled: true,
  AutoTranslate_ServiceProvider: 'google-translate',
  GoogleAnalytics_enabled: true,
  Accounts_OAuth_Google: true,
  SMTP_Host: `smtp://relay-${DISTINCT}:pw-${DISTINCT}@smtp.mailer.example.org:587/x?k=${DISTINCT}`,
  PiwikAnalytics_enabled: true,
  PiwikAnalytics_url: `https://stats.example.org/matomo/?token=${DISTINCT}`,
  Livechat_webhookUrl: `https://crm.example.org/hooks/${DISTINCT}`,
};
const PUSH_THROUGH_GATEWAY = { Register_Server: true, Cloud_Service_Agree_PrivacyTerms: true };

let host;
beforeAll(async () => {
  host = await startWorkspace();
});
afterAll(async () => {
  await host?.stop();
});
afterEach(async () => {
  for (const username of ['alice', 'bruno', 'admin'])
    for (const view of host.openViews(username)) await host.closeView(username, view.viewId);
});

/** Back to Rocket.Chat's defaults, then `values`, as an admin changes them; the app reads them again. */
async function serverSettings(values = {}) {
  const reset = Object.fromEntries(Object.keys(host.workspace.serverSettingValues()).map((id) => [id, null]));
  host.workspace.setServerSettings({ ...reset, ...SECRETS });
  const { ran } = await host.changeServerSettings(values);
  expect(ran.map((r) => r.ok)).toEqual([true]);
}

async function policyText(username) {
  expect(await host.runCommand(username, '/privacy policy')).toMatchObject({ ok: true });
  const { view } = host.openViews(username).find((v) => v.viewId === 'policy-view');
  return textOf(view);
}

async function postureText() {
  expect(await host.runCommand('admin', '/privacy admin posture')).toMatchObject({ ok: true });
  return fromApp(host, 'admin').at(-1).text;
}

async function modalText(username, type) {
  const { view } = await openRequest(host, username, { jurisdiction: 'gdpr', type });
  return textOf(view);
}

describe('a default self-hosted workspace', () => {
  beforeAll(() => serverSettings());

  it('shows the vendor flows, the statistics said plainly, and no third party but link previews', async () => {
    const text = await policyText('alice');
    expect(text).toContain('Where your data goes here');
    expect(text).toMatch(/Settings read (just now|1 minute ago)/);
    expect(text).toContain('Once a day the workspace sends the vendor its id, version');
    expect(text).toContain("Invite links pass through the vendor's link domain (go.rocket.chat).");
    expect(text).toContain('Usually sent daily');
    expect(text).toContain('Only the operator can turn this off');
    expect(text).toContain('The server fetches each link posted in a message');
    expect(text).toMatch(
      /Not in use here: Mobile push notifications, Satisfaction survey \(NPS\), File storage, Sign-in providers, Automatic translation/,
    );
    expect(text).toContain('Download your data');
    expect(text).not.toContain('Delete your account');
    expect(text).toContain('No retention policy is on');
  });

  it('in German', async () => {
    const text = await policyText('bruno');
    expect(text).toContain('Wohin Ihre Daten hier gehen');
    expect(text).toContain('In der Regel täglich gesendet');
    expect(text).toContain('Hier nicht im Einsatz: Push-Benachrichtigungen aufs Handy');
  });

  it('the request modal says first what the person can do themselves, where the workspace allows it', async () => {
    const access = await modalText('alice', 'access');
    expect(access).toContain('You can do this yourself');
    expect(access).toContain('My Account → Preferences → My Data');
    expect(access).toContain('You can still file the request below.');
    const erasure = await modalText('alice', 'erasure');
    expect(erasure).toContain("Delete your own messages: in each message's menu.");
    expect(erasure).not.toContain('Delete your account');
  });

  it("the admin's posture: people cannot delete their own account, nothing sent out", async () => {
    const text = await postureText();
    expect(text).toContain('Privacy posture of this workspace');
    expect(text).toContain('*Medium*: People cannot delete their own account');
    expect(text).toContain('`Accounts_AllowDeleteOwnAccount`');
    expect(text).not.toContain('*High*');
  });
});

describe('S3 uploads, Google translation, analytics and Google sign-in on', () => {
  beforeAll(() => serverSettings(THIRD_PARTIES_ON));

  it('names each third party by host or provider, in English and German', async () => {
    const en = await policyText('alice');
    expect(en).toContain(
      "Files you upload are stored with Amazon S3, not in the workspace's own database or disk.",
    );
    expect(en).toContain('Message text is sent to Google Translate to be translated automatically.');
    expect(en).toContain('The web client is tracked by Google Analytics');
    expect(en).toContain('The web client is tracked by Matomo (stats.example.org)');
    expect(en).toContain('You can sign in with Google.');
    expect(en).toContain(
      'E-mails to you go out through the relay smtp.mailer.example.org. They include the message text.',
    );
    expect(en).toContain('Omnichannel conversations are sent to crm.example.org.');
    const de = await policyText('bruno');
    expect(de).toContain('Dateien, die Sie hochladen, werden bei Amazon S3 gespeichert');
    expect(de).toContain('Nachrichtentext wird zur automatischen Übersetzung an Google Translate gesendet.');
    expect(de).toContain('Der Web-Client wird von Google Analytics erfasst');
    expect(de).toContain('Sie können sich mit Google anmelden.');
  });

  it('the posture: analytics high, translation and e-mail text medium, cloud files low', async () => {
    const text = await postureText();
    expect(text).toContain(
      "*High*: The web client is tracked by Google Analytics, stats.example.org, which the vendor's policy shown to users does not mention.",
    );
    expect(text).toContain('*Medium*: Messages are sent to a translation provider (Google Translate).');
    expect(text).toContain(
      '*Medium*: E-mail notifications carry message text through smtp.mailer.example.org.',
    );
    expect(text).toContain('*Low*: Files are stored with a cloud provider (Amazon S3).');
    expect(text.indexOf('*High*')).toBeLessThan(text.indexOf('*Low*'));
  });
});

describe('pushes through the vendor gateway', () => {
  it('reduced to ids: only a message id passes, if the plan includes it (English and German)', async () => {
    await serverSettings(PUSH_THROUGH_GATEWAY);
    const en = await policyText('alice');
    expect(en).toContain(
      "Notifications to your phone pass through the vendor's push gateway (gateway.rocket.chat).",
    );
    expect(en).toContain(
      "only a message id: your phone then fetches the message from the workspace (if the workspace's plan includes this",
    );
    const de = await policyText('bruno');
    expect(de).toContain('nur eine Nachrichten-ID: Ihr Handy holt die Nachricht dann vom Workspace');
    expect(await postureText()).not.toContain('push gateway');
  });

  it('with the message text: a high finding naming the settings to change', async () => {
    await serverSettings({ ...PUSH_THROUGH_GATEWAY, Push_request_content_from_server: false });
    expect(await policyText('alice')).toContain('and the sender and room names and the message text.');
    const text = await postureText();
    expect(text).toContain(
      "*High*: Message text goes through the vendor's push gateway (gateway.rocket.chat).",
    );
    expect(text).toContain('`Push_show_message`, `Push_request_content_from_server`, `Push_enable_gateway`');
  });

  it('not registered: no push passes through the gateway', async () => {
    await serverSettings({ Push_request_content_from_server: false });
    expect(await policyText('alice')).toMatch(/Not in use here: Mobile push notifications/);
  });
});

describe('self-service follows the workspace', () => {
  it("offers deleting one's account where allowed (and what happens to messages), no download where not", async () => {
    await serverSettings({
      Accounts_AllowDeleteOwnAccount: true,
      Message_ErasureType: 'Unlink',
      UserData_EnableDownload: false,
    });
    const erasure = await modalText('alice', 'erasure');
    expect(erasure).toContain('My Account → Profile → Delete my account');
    expect(erasure).toContain('Your messages stay, without your name.');
    const access = await modalText('alice', 'access');
    expect(access).not.toContain('You can do this yourself');
    expect(await postureText()).toContain('People cannot download their own data');
  });

  it('an admin refresh reads the settings again at once', async () => {
    await serverSettings();
    host.workspace.setServerSettings({ UserData_EnableDownload: false }); // no job run: the map is older
    expect(await postureText()).not.toContain('People cannot download their own data');
    expect(await host.runCommand('admin', '/privacy admin posture refresh')).toMatchObject({ ok: true });
    expect(fromApp(host, 'admin').at(-1).text).toContain('People cannot download their own data');
  });
});

describe('what the app reads and writes', () => {
  it('asked the server for no setting id outside its allow-list (and the site address and language)', () => {
    const asked = host.serverSettingsAsked();
    expect(asked).toEqual(expect.arrayContaining(['SMTP_Host', 'Push_enable_gateway']));
    const allowed = new Set([...ALLOWED_SETTING_IDS, 'Site_Url', 'Language']);
    expect(asked.filter((id) => !allowed.has(id))).toEqual([]);
  });

  it('wrote no setting value into a message, view, log, record or e-mail, but host and provider names', async () => {
    await serverSettings({ ...THIRD_PARTIES_ON, ...PUSH_THROUGH_GATEWAY });
    await policyText('alice');
    await postureText();
    await modalText('bruno', 'access');
    const everything = JSON.stringify({
      transcripts: ['alice', 'bruno', 'admin'].map((u) => host.transcript(u)),
      views: ['alice', 'bruno', 'admin'].map((u) => host.openViews(u)),
      logs: host.logs(),
      records: host.bridges.persistence.records(),
      emails: host.emails(),
      jobs: host.jobs(),
    });
    // The scan sees what the person and the admin read, and the stored map (host names only).
    expect(everything).toContain('smtp.mailer.example.org');
    expect(everything).toContain('Files you upload are stored with Amazon S3');
    expect(everything).toContain('Privacy posture of this workspace');
    expect(everything).toContain('"SMTP_Host":"smtp.mailer.example.org"');
    expect(everything).not.toContain('FAKE-SECRET');
    expect(everything).not.toContain(DISTINCT);
    expect(everything).not.toContain('matomo/'); // a path
    expect(everything).not.toMatch(/team%40rocket\.chat|:demo@/); // the TURN default's credentials
  });
});
