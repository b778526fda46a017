import { factsOf } from '../../../../src/core/dataFlows/facts';
import type { DataMapRecord } from '../../../../src/core/dataFlows/map';
import { selfServiceFor, selfServiceOf } from '../../../../src/core/dataFlows/selfService';
import type { RequestType } from '../../../../src/core/requests/types';
import { translator } from '../../../../src/core/i18n/translator';
import { dataMapBlocks } from '../../../../src/engine/views/dataMapBlocks';
import { postureText } from '../../../../src/engine/views/postureText';
import { RC_DEFAULTS } from '../../core/dataFlows/defaults';

const now = new Date('2026-11-30T12:00:00.000Z');
const record = (settings: Record<string, unknown>): DataMapRecord => ({
  facts: factsOf(settings),
  computedAt: '2026-11-30T11:45:00.000Z',
});
const REGISTERED = { ...RC_DEFAULTS, Register_Server: true, Cloud_Service_Agree_PrivacyTerms: true };
const mapText = (settings: Record<string, unknown> | undefined, language: 'en' | 'de' = 'en') =>
  JSON.stringify(dataMapBlocks(settings && record(settings), now, translator(language).t));

describe('"Where your data goes here" in the policy view', () => {
  it('a default self-hosted workspace: the vendor flows, statistics said plainly, self-service, retention', () => {
    const text = mapText(RC_DEFAULTS);
    expect(text).toContain('Where your data goes here');
    expect(text).toContain('Settings read 15 minutes ago.');
    expect(text).toContain('Version check');
    expect(text).toContain("Invite links pass through the vendor's link domain (go.rocket.chat)");
    expect(text).toContain('Usually sent daily');
    expect(text).toContain('Only the operator can turn this off');
    expect(text).toMatch(
      /Not in use here: Mobile push notifications, Satisfaction survey \(NPS\), File storage/,
    );
    expect(text).toContain('Link previews');
    expect(text).toContain('Download your data');
    expect(text).not.toContain('Delete your account');
    expect(text).toContain('No retention policy is on');
    expect(text).toContain('End-to-end encryption is off here.');
  });

  it('says what the push gateway carries, with the plan caveat', () => {
    expect(mapText(REGISTERED)).toContain(
      "only a message id: your phone then fetches the message from the workspace (if the workspace's plan includes this; otherwise the sender and room names and the message text)",
    );
    expect(
      mapText({ ...REGISTERED, Push_request_content_from_server: false, Push_show_message: false }),
    ).toContain('the sender and room names (not the message text)');
  });

  it('names the third parties by host or provider, in German too', () => {
    const settings = {
      ...RC_DEFAULTS,
      FileUpload_Storage_Type: 'AmazonS3',
      AutoTranslate_Enabled: true,
      GoogleAnalytics_enabled: true,
      Accounts_OAuth_Google: true,
      SMTP_Host: 'smtp://mailer:S3cr3t@smtp.example.org:587',
      Accounts_AllowDeleteOwnAccount: true,
      Message_ErasureType: 'Unlink',
      RetentionPolicy_Enabled: true,
      RetentionPolicy_AppliesToChannels: true,
      WebRTC_Enabled: true,
      VideoConf_Default_Provider: 'jitsi',
      Livechat_webhookUrl: 'https://crm.example.org/hook',
      Accounts_AvatarExternalProviderUrl: 'https://avatars.example.org/{username}',
      PiwikAnalytics_enabled: true,
      PiwikAnalytics_url: 'https://stats.example.org/',
      E2E_Enable: true,
    };
    const en = mapText(settings);
    expect(en).toContain('Files you upload are stored with Amazon S3');
    expect(en).toContain('Message text is sent to Google Translate');
    expect(en).toContain('tracked by Google Analytics');
    expect(en).toContain('Matomo (stats.example.org)');
    expect(en).toContain('You can sign in with Google.');
    expect(en).toContain('through the relay smtp.example.org. They include the message text.');
    expect(en).toContain('numb.viagenie.ca');
    expect(en).toContain('Video calls run on the service of jitsi.');
    expect(en).toContain('crm.example.org');
    expect(en).toContain('avatars.example.org');
    expect(en).toContain('Your messages stay, without your name.');
    expect(en).toContain('Public channels: deleted after 30 days.');
    expect(en).toContain('Direct messages: kept');
    expect(en).toContain('End-to-end encrypted rooms are available');
    expect(en).not.toMatch(/S3cr3t|mailer|demo|\{username\}/);
    const de = mapText(settings, 'de');
    expect(de).toContain('Wohin Ihre Daten hier gehen');
    expect(de).toContain('Dateien, die Sie hochladen, werden bei Amazon S3 gespeichert');
    expect(de).toContain('Nachrichtentext wird zur automatischen Übersetzung an Google Translate gesendet.');
  });

  it('says "unknown" where a setting could not be read, and before the first read says so', () => {
    const text = mapText({
      ...RC_DEFAULTS,
      SMTP_Host: undefined,
      RetentionPolicy_Enabled: undefined,
      E2E_Enable: undefined,
      Push_enable: undefined,
      Register_Server: true,
      Cloud_Service_Agree_PrivacyTerms: true,
    });
    expect(text).toContain(
      '*E-mail notifications*: unknown: the app could not read the settings that decide this.',
    );
    expect(text).toContain('*Mobile push notifications*: unknown');
    expect(text).toContain('Whether messages are deleted after an age limit is unknown.');
    expect(text).toContain('Whether end-to-end encryption is available is unknown.');
    expect(mapText(undefined)).toContain('The app has not read the settings yet');
  });

  it('with nothing readable: nothing offered to do alone, every flow unknown', () => {
    const text = mapText({});
    expect(text).toContain('Nothing of this can be done without a request here.');
    expect(text).not.toContain('Not in use here');
  });
});

describe('self-service lines of the request modal', () => {
  const lines = (type: RequestType, settings: Record<string, unknown>) =>
    selfServiceFor(type, selfServiceOf(factsOf(settings)));
  it('are offered only where the workspace allows the action', () => {
    expect(lines('access', RC_DEFAULTS)).toHaveLength(1);
    expect(lines('access', { ...RC_DEFAULTS, UserData_EnableDownload: false })).toHaveLength(0);
    expect(lines('erasure', { ...RC_DEFAULTS, Message_AllowDeleting: false })).toHaveLength(0);
  });
});

describe('the admin posture', () => {
  it('lists the findings, most severe first, with the setting ids and how to change them', () => {
    const text = postureText(
      record({ ...REGISTERED, Push_request_content_from_server: false, GoogleAnalytics_enabled: true }),
      now,
      translator('en').t,
    );
    expect(text).toContain('Privacy posture of this workspace');
    expect(text).toContain('Server settings read 15 minutes ago.');
    expect(
      text.indexOf("*High*: Message text goes through the vendor's push gateway (gateway.rocket.chat)."),
    ).toBeGreaterThan(0);
    expect(text).toContain('`Push_show_message`, `Push_request_content_from_server`, `Push_enable_gateway`');
    expect(text).toContain(
      "The web client is tracked by Google Analytics, which the vendor's policy shown to users does not mention.",
    );
    expect(text.indexOf('*High*')).toBeLessThan(text.indexOf('*Medium*'));
    expect(text).toContain('Turn on Accounts_AllowDeleteOwnAccount');
  });

  it('says when there is nothing to change, and when nothing was read yet', () => {
    const clean = { ...RC_DEFAULTS, Accounts_AllowDeleteOwnAccount: true };
    expect(postureText(record(clean), now, translator('de').t)).toContain('Nichts zu ändern: kein Befund.');
    expect(postureText(undefined, now, translator('en').t)).toContain(
      '`/privacy admin posture refresh` reads them now',
    );
  });
});
