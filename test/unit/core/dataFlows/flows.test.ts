import { factsOf } from '../../../../src/core/dataFlows/facts';
import type { FlowId } from '../../../../src/core/dataFlows/flows';
import { flowsOf, pushThroughGateway } from '../../../../src/core/dataFlows/flows';
import { RC_DEFAULTS } from './defaults';

const REGISTERED = { ...RC_DEFAULTS, Register_Server: true, Cloud_Service_Agree_PrivacyTerms: true };
const flow = (settings: Record<string, unknown>, id: FlowId) => {
  const found = flowsOf(factsOf(settings)).find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};
const without = (settings: Record<string, unknown>, ...ids: string[]) =>
  Object.fromEntries(Object.entries(settings).filter(([id]) => !ids.includes(id)));

describe('the push gateway', () => {
  const GATE = ['Push_enable', 'Push_enable_gateway', 'Register_Server', 'Cloud_Service_Agree_PrivacyTerms'];

  it('is used exactly when pushes, the gateway, registration and the cloud terms are all on', () => {
    for (let mask = 0; mask < 16; mask++) {
      const settings = { ...RC_DEFAULTS };
      GATE.forEach((id, i) => (settings[id] = Boolean(mask & (1 << i))));
      expect(pushThroughGateway(factsOf(settings))).toBe(mask === 15);
      expect(flow(settings, 'push_gateway').status).toBe(mask === 15 ? 'on' : 'off');
    }
  });

  it('is unknown when a deciding setting is unread and none is off; off when one is off', () => {
    expect(flow(without(REGISTERED, 'Register_Server'), 'push_gateway').status).toBe('unknown');
    expect(flow(without(RC_DEFAULTS, 'Push_enable'), 'push_gateway').status).toBe('off');
  });

  it('says what the gateway carries, by the push settings', () => {
    const content = (extra: Record<string, unknown>) =>
      flow({ ...REGISTERED, ...extra }, 'push_gateway').push;
    expect(flow(REGISTERED, 'push_gateway')).toMatchObject({
      status: 'on',
      to: ['gateway.rocket.chat'],
      push: { content: 'id_only', withoutPlan: 'text_and_names' },
    });
    const noPlan = { Push_request_content_from_server: false };
    expect(content(noPlan)).toEqual({ content: 'text_and_names' });
    expect(content({ ...noPlan, Push_show_username_room: false })).toEqual({ content: 'text_only' });
    expect(content({ ...noPlan, Push_show_message: false })).toEqual({ content: 'names_only' });
    expect(content({ ...noPlan, Push_show_message: false, Push_show_username_room: false })).toEqual({
      content: 'neither',
    });
    expect(flow(without(REGISTERED, 'Push_request_content_from_server'), 'push_gateway').push).toEqual({
      content: 'unknown',
    });
    expect(flow(without({ ...REGISTERED, ...noPlan }, 'Push_show_message'), 'push_gateway').push).toEqual({
      content: 'unknown',
    });
  });
});

describe('the other flows to the vendor', () => {
  it('version check, NPS (only when registered), invite links through the link domain, statistics', () => {
    expect(flow(RC_DEFAULTS, 'version_check').status).toBe('on');
    expect(flow({ ...RC_DEFAULTS, Update_EnableChecker: false }, 'version_check').status).toBe('off');
    expect(flow(RC_DEFAULTS, 'nps').status).toBe('off');
    expect(flow(REGISTERED, 'nps').status).toBe('on');
    expect(flow(without(REGISTERED, 'NPS_survey_enabled'), 'nps').status).toBe('unknown');
    expect(flow(RC_DEFAULTS, 'invite_links')).toMatchObject({ status: 'on', to: ['go.rocket.chat'] });
    expect(
      flow({ ...RC_DEFAULTS, Accounts_Registration_InviteUrlType: 'direct' }, 'invite_links').status,
    ).toBe('off');
    expect(flow({ ...RC_DEFAULTS, Accounts_Registration_InviteUrlType: 'odd' }, 'invite_links').status).toBe(
      'unknown',
    );
    expect(flow(RC_DEFAULTS, 'usage_statistics')).toMatchObject({ status: 'usually', recipient: 'vendor' });
  });
});

describe('flows to third parties', () => {
  it('a default workspace sends nothing to third parties but link previews', () => {
    const on = flowsOf(factsOf(RC_DEFAULTS)).filter(
      (f) => f.recipient === 'third_party' && f.status === 'on',
    );
    expect(on.map((f) => f.id)).toEqual(['link_previews']);
  });

  it('file storage names the provider (and the S3 region), never the bucket', () => {
    expect(
      flow(
        { ...RC_DEFAULTS, FileUpload_Storage_Type: 'AmazonS3', FileUpload_S3_Region: 'eu-central-1' },
        'file_storage',
      ),
    ).toMatchObject({ status: 'on', to: ['Amazon S3 (eu-central-1)'] });
    expect(
      flow({ ...RC_DEFAULTS, FileUpload_Storage_Type: 'GoogleCloudStorage' }, 'file_storage').to,
    ).toEqual(['Google Cloud Storage']);
    expect(flow({ ...RC_DEFAULTS, FileUpload_Storage_Type: 'AmazonS3' }, 'file_storage').to).toEqual([
      'Amazon S3',
    ]);
    expect(flow({ ...RC_DEFAULTS, FileUpload_Storage_Type: 'FileSystem' }, 'file_storage').status).toBe(
      'off',
    );
    expect(flow({ ...RC_DEFAULTS, FileUpload_Storage_Type: 'Dropbox' }, 'file_storage').status).toBe(
      'unknown',
    );
  });

  it('sign-in lists the providers that are on, and says when some could not be read', () => {
    const settings = { ...RC_DEFAULTS, Accounts_OAuth_Google: true, Accounts_OAuth_Github: true };
    expect(flow(settings, 'sign_in')).toMatchObject({ status: 'on', to: ['Google', 'GitHub'] });
    expect(flow(settings, 'sign_in').partly).toBeUndefined();
    expect(flow(without(settings, 'Accounts_OAuth_Apple'), 'sign_in').partly).toBe(true);
    expect(flow(without(RC_DEFAULTS, 'Accounts_OAuth_Apple'), 'sign_in').status).toBe('unknown');
  });

  it('translation names its provider', () => {
    expect(flow({ ...RC_DEFAULTS, AutoTranslate_Enabled: true }, 'translation')).toMatchObject({
      status: 'on',
      to: ['Google Translate'],
    });
    expect(
      flow(
        { ...RC_DEFAULTS, AutoTranslate_Enabled: true, AutoTranslate_ServiceProvider: 'deepl-translate' },
        'translation',
      ).to,
    ).toEqual(['DeepL']);
    expect(
      flow({ ...RC_DEFAULTS, AutoTranslate_Enabled: true, AutoTranslate_ServiceProvider: 'x' }, 'translation')
        .to,
    ).toBeUndefined();
  });

  it('analytics: Google Analytics, and Matomo by its host', () => {
    expect(flow({ ...RC_DEFAULTS, GoogleAnalytics_enabled: true }, 'analytics_google')).toMatchObject({
      status: 'on',
      to: ['Google Analytics'],
    });
    expect(flow(RC_DEFAULTS, 'analytics_google').to).toBeUndefined();
    expect(
      flow(
        { ...RC_DEFAULTS, PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://stats.example.org/m/' },
        'analytics_matomo',
      ),
    ).toMatchObject({ status: 'on', to: ['stats.example.org'] });
    expect(
      flow({ ...RC_DEFAULTS, PiwikAnalytics_url: 'https://stats.example.org/' }, 'analytics_matomo'),
    ).toEqual(expect.objectContaining({ status: 'off' }));
    expect(
      flow({ ...RC_DEFAULTS, PiwikAnalytics_url: 'https://stats.example.org/' }, 'analytics_matomo').to,
    ).toBeUndefined();
  });

  it('the e-mail relay by its host, and whether e-mails carry message text', () => {
    expect(flow(RC_DEFAULTS, 'email_relay').status).toBe('off');
    const relay = { ...RC_DEFAULTS, SMTP_Host: 'smtp.example.org' };
    expect(flow(relay, 'email_relay')).toMatchObject({
      status: 'on',
      to: ['smtp.example.org'],
      email: 'with_text',
    });
    expect(flow({ ...relay, Email_notification_show_message: false }, 'email_relay').email).toBe(
      'without_text',
    );
    expect(flow(without(relay, 'Email_notification_show_message'), 'email_relay').email).toBe('unknown');
    expect(flow(without(relay, 'SMTP_Host'), 'email_relay').status).toBe('unknown');
  });

  it('calls name their STUN/TURN hosts; video its provider; webhooks and avatars their hosts', () => {
    expect(flow({ ...RC_DEFAULTS, WebRTC_Enabled: true }, 'calls')).toMatchObject({
      status: 'on',
      to: ['stun.l.google.com', '23.21.150.121', 'numb.viagenie.ca'],
    });
    expect(flow({ ...RC_DEFAULTS, WebRTC_Enabled: true, WebRTC_Servers: '' }, 'calls').to).toBeUndefined();
    expect(flow(RC_DEFAULTS, 'video').status).toBe('off');
    expect(flow({ ...RC_DEFAULTS, VideoConf_Default_Provider: 'jitsi' }, 'video')).toMatchObject({
      status: 'on',
      to: ['jitsi'],
    });
    expect(flow(without(RC_DEFAULTS, 'VideoConf_Default_Provider'), 'video').status).toBe('unknown');
    expect(
      flow(
        { ...RC_DEFAULTS, Livechat_webhookUrl: 'https://crm.example.org/hook?k=1' },
        'omnichannel_webhook',
      ),
    ).toMatchObject({ status: 'on', to: ['crm.example.org'] });
    expect(
      flow(
        { ...RC_DEFAULTS, Accounts_AvatarExternalProviderUrl: 'https://avatars.example.org/{username}' },
        'external_avatars',
      ),
    ).toMatchObject({ status: 'on', to: ['avatars.example.org'] });
    expect(flow({ ...RC_DEFAULTS, Livechat_webhookUrl: 'not a url' }, 'omnichannel_webhook')).toEqual(
      expect.objectContaining({ status: 'on' }),
    );
    expect(
      flow({ ...RC_DEFAULTS, Livechat_webhookUrl: 'not a url' }, 'omnichannel_webhook').to,
    ).toBeUndefined();
  });

  it('nothing read: every flow is unknown but the statistics', () => {
    const flows = flowsOf({});
    expect(flows.filter((f) => f.status !== 'unknown').map((f) => f.id)).toEqual(['usage_statistics']);
  });
});
