/**
 * Where personal data goes from this workspace, derived from the kept setting facts alone: one flow
 * per destination, each "on", "off" or "unknown" (a setting that decides it could not be read), and
 * what it carries as a code. Names are host names and provider names only.
 */
import type { AllowedSettingId, OAuthProvider } from './allowList';
import { OAUTH_PROVIDERS, oauthSettingId } from './allowList';
import type { SettingFacts } from './facts';
import { OTHER, all, bool, list, text } from './facts';

export const VENDOR_FLOWS = [
  'push_gateway',
  'version_check',
  'nps',
  'invite_links',
  'usage_statistics',
] as const;
export const THIRD_PARTY_FLOWS = [
  'file_storage',
  'sign_in',
  'translation',
  'analytics_google',
  'analytics_matomo',
  'link_previews',
  'email_relay',
  'calls',
  'video',
  'omnichannel_webhook',
  'external_avatars',
] as const;
export type FlowId = (typeof VENDOR_FLOWS)[number] | (typeof THIRD_PARTY_FLOWS)[number];

/** "usually": the usage statistics, which no setting an app can read decides. */
export type FlowStatus = 'on' | 'off' | 'unknown' | 'usually';

/** What passes through the push gateway. `id_only` needs an Enterprise plan to be in force. */
export type PushContent = 'id_only' | 'text_and_names' | 'text_only' | 'names_only' | 'neither' | 'unknown';
export type EmailContent = 'with_text' | 'without_text' | 'unknown';

export interface Flow {
  id: FlowId;
  recipient: 'vendor' | 'third_party';
  status: FlowStatus;
  /** Host names or provider names; absent when the app cannot name the receiver. */
  to?: readonly string[];
  /** Push gateway: what it carries; and what it carries without the Enterprise plan. */
  push?: { content: PushContent; withoutPlan?: PushContent };
  email?: EmailContent;
  /** Sign-in: some providers' settings could not be read. */
  partly?: boolean;
  /** The settings that decide this flow. */
  settings: readonly AllowedSettingId[];
}

const status = (on: boolean | undefined): FlowStatus => (on === undefined ? 'unknown' : on ? 'on' : 'off');

/** A host fact as a receiver: nothing for "not set" or a value that held no host name. */
const named = (host: string | undefined): readonly string[] | undefined =>
  host && host !== OTHER ? [host] : undefined;

export const PUSH_GATEWAY_SETTINGS = [
  'Push_enable',
  'Push_enable_gateway',
  'Register_Server',
  'Cloud_Service_Agree_PrivacyTerms',
] as const;

/**
 * Mobile pushes go through the vendor's gateway exactly when pushes are on, the gateway is on, the
 * workspace is registered and the cloud terms were accepted (Rocket.Chat reads this at start-up).
 */
export const pushThroughGateway = (facts: SettingFacts): boolean | undefined =>
  all(...PUSH_GATEWAY_SETTINGS.map((id) => bool(facts, id)));

function contentWithoutPlan(facts: SettingFacts): PushContent {
  const message = bool(facts, 'Push_show_message');
  const names = bool(facts, 'Push_show_username_room');
  if (message === undefined || names === undefined) return 'unknown';
  if (message) return names ? 'text_and_names' : 'text_only';
  return names ? 'names_only' : 'neither';
}

export function pushContent(facts: SettingFacts): Flow['push'] {
  const fromServer = bool(facts, 'Push_request_content_from_server');
  const withoutPlan = contentWithoutPlan(facts);
  if (fromServer === true) return { content: 'id_only', withoutPlan };
  if (fromServer === undefined) return { content: 'unknown' };
  return { content: withoutPlan };
}

function vendorFlows(facts: SettingFacts): Flow[] {
  const gateway = pushThroughGateway(facts);
  const registered = bool(facts, 'Register_Server');
  const inviteType = text(facts, 'Accounts_Registration_InviteUrlType');
  return [
    {
      id: 'push_gateway',
      recipient: 'vendor',
      status: status(gateway),
      ...(gateway ? { to: named(text(facts, 'Push_gateway')), push: pushContent(facts) } : {}),
      settings: [
        ...PUSH_GATEWAY_SETTINGS,
        'Push_gateway',
        'Push_show_message',
        'Push_show_username_room',
        'Push_request_content_from_server',
      ],
    },
    {
      id: 'version_check',
      recipient: 'vendor',
      status: status(bool(facts, 'Update_EnableChecker')),
      settings: ['Update_EnableChecker'],
    },
    {
      id: 'nps',
      recipient: 'vendor',
      status: status(all(bool(facts, 'NPS_survey_enabled'), registered)),
      settings: ['NPS_survey_enabled', 'Register_Server'],
    },
    {
      id: 'invite_links',
      recipient: 'vendor',
      status: inviteType === undefined || inviteType === OTHER ? 'unknown' : status(inviteType === 'proxy'),
      ...(inviteType === 'proxy' ? { to: named(text(facts, 'DeepLink_Url')) } : {}),
      settings: ['Accounts_Registration_InviteUrlType', 'DeepLink_Url'],
    },
    { id: 'usage_statistics', recipient: 'vendor', status: 'usually', settings: [] },
  ];
}

const STORAGE_NAMES: Record<string, string> = {
  AmazonS3: 'Amazon S3',
  GoogleCloudStorage: 'Google Cloud Storage',
  Webdav: 'WebDAV',
};
const TRANSLATION_NAMES: Record<string, string> = {
  'google-translate': 'Google Translate',
  'deepl-translate': 'DeepL',
  'microsoft-translate': 'Microsoft Translator',
};

function fileStorage(facts: SettingFacts): Flow {
  const type = text(facts, 'FileUpload_Storage_Type');
  const settings = ['FileUpload_Storage_Type', 'FileUpload_S3_Region'] as const;
  if (type === undefined || type === OTHER)
    return { id: 'file_storage', recipient: 'third_party', status: 'unknown', settings };
  const provider = STORAGE_NAMES[type];
  if (!provider) return { id: 'file_storage', recipient: 'third_party', status: 'off', settings };
  const region = type === 'AmazonS3' ? text(facts, 'FileUpload_S3_Region') : undefined;
  const to = region && region !== OTHER ? `${provider} (${region})` : provider;
  return { id: 'file_storage', recipient: 'third_party', status: 'on', to: [to], settings };
}

function signIn(facts: SettingFacts): Flow {
  const providers = Object.keys(OAUTH_PROVIDERS) as OAuthProvider[];
  const settings = providers.map(oauthSettingId);
  const on = providers.filter((p) => bool(facts, oauthSettingId(p)) === true);
  const unread = providers.some((p) => bool(facts, oauthSettingId(p)) === undefined);
  if (on.length === 0)
    return { id: 'sign_in', recipient: 'third_party', status: unread ? 'unknown' : 'off', settings };
  return {
    id: 'sign_in',
    recipient: 'third_party',
    status: 'on',
    to: on.map((p) => OAUTH_PROVIDERS[p]),
    ...(unread ? { partly: true } : {}),
    settings,
  };
}

function translation(facts: SettingFacts): Flow {
  const on = bool(facts, 'AutoTranslate_Enabled');
  const provider = TRANSLATION_NAMES[text(facts, 'AutoTranslate_ServiceProvider') ?? ''];
  return {
    id: 'translation',
    recipient: 'third_party',
    status: status(on),
    ...(on && provider ? { to: [provider] } : {}),
    settings: ['AutoTranslate_Enabled', 'AutoTranslate_ServiceProvider'],
  };
}

/** A flow that is on exactly when a host setting is set; the host is the receiver. */
function hostFlow(id: FlowId, facts: SettingFacts, setting: AllowedSettingId): Flow {
  const host = text(facts, setting);
  return {
    id,
    recipient: 'third_party',
    status: host === undefined ? 'unknown' : status(host !== ''),
    ...(host ? { to: named(host) } : {}),
    settings: [setting],
  };
}

function emailRelay(facts: SettingFacts): Flow {
  const flow = hostFlow('email_relay', facts, 'SMTP_Host');
  const withText = bool(facts, 'Email_notification_show_message');
  const email: EmailContent = withText === undefined ? 'unknown' : withText ? 'with_text' : 'without_text';
  return {
    ...flow,
    ...(flow.status === 'on' ? { email } : {}),
    settings: ['SMTP_Host', 'Email_notification_show_message'],
  };
}

function calls(facts: SettingFacts): Flow {
  const on = bool(facts, 'WebRTC_Enabled');
  const hosts = (list(facts, 'WebRTC_Servers') ?? []).filter((h) => h !== OTHER);
  return {
    id: 'calls',
    recipient: 'third_party',
    status: status(on),
    ...(on && hosts.length ? { to: hosts } : {}),
    settings: ['WebRTC_Enabled', 'WebRTC_Servers'],
  };
}

function video(facts: SettingFacts): Flow {
  const provider = text(facts, 'VideoConf_Default_Provider');
  return {
    id: 'video',
    recipient: 'third_party',
    status: provider === undefined ? 'unknown' : status(provider !== ''),
    ...(provider ? { to: named(provider) } : {}),
    settings: ['VideoConf_Default_Provider'],
  };
}

function thirdPartyFlows(facts: SettingFacts): Flow[] {
  const matomo = hostFlow('analytics_matomo', facts, 'PiwikAnalytics_url');
  const matomoOn = bool(facts, 'PiwikAnalytics_enabled');
  return [
    fileStorage(facts),
    signIn(facts),
    translation(facts),
    {
      id: 'analytics_google',
      recipient: 'third_party',
      status: status(bool(facts, 'GoogleAnalytics_enabled')),
      ...(bool(facts, 'GoogleAnalytics_enabled') ? { to: ['Google Analytics'] } : {}),
      settings: ['GoogleAnalytics_enabled'],
    },
    {
      ...matomo,
      status: status(matomoOn),
      ...(matomoOn ? {} : { to: undefined }),
      settings: ['PiwikAnalytics_enabled', 'PiwikAnalytics_url'],
    },
    {
      id: 'link_previews',
      recipient: 'third_party',
      status: status(bool(facts, 'API_Embed')),
      settings: ['API_Embed'],
    },
    emailRelay(facts),
    calls(facts),
    video(facts),
    hostFlow('omnichannel_webhook', facts, 'Livechat_webhookUrl'),
    hostFlow('external_avatars', facts, 'Accounts_AvatarExternalProviderUrl'),
  ];
}

/** Every flow, the vendor's first, in a fixed order. */
export function flowsOf(facts: SettingFacts): Flow[] {
  return [...vendorFlows(facts), ...thirdPartyFlows(facts)].map(clean);
}

/** No `to: undefined` left behind: records and tests compare plain values. */
function clean(flow: Flow): Flow {
  const copy = { ...flow };
  if (copy.to === undefined) delete copy.to;
  return copy;
}
