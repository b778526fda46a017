/**
 * The only server settings the app ever asks the server for (../shared SERVER-SETTINGS.md): none of
 * them holds a credential. From Rocket.Chat 7.4 on the server would hand an app a password or an API
 * key if asked, so the app never asks by any other id; a unit test checks that no id here looks
 * like a credential's. Each id has a kind that says what the app keeps of its value (see facts.ts).
 */
export const FILE_STORAGE_TYPES = [
  'GridFS',
  'FileSystem',
  'AmazonS3',
  'GoogleCloudStorage',
  'Webdav',
] as const;
export const TRANSLATION_PROVIDERS = ['google-translate', 'deepl-translate', 'microsoft-translate'] as const;
export const INVITE_URL_TYPES = ['proxy', 'direct'] as const;
export const ERASURE_TYPES = ['Keep', 'Delete', 'Unlink'] as const;

export type SettingKind =
  | { kind: 'boolean' }
  /** A number of milliseconds or days; kept as a number. */
  | { kind: 'number' }
  /** One of a fixed list of codes; anything else is kept as "other". */
  | { kind: 'code'; codes: readonly string[] }
  /** A URL or host name: only the host name is kept. */
  | { kind: 'host' }
  /** A list of URLs (STUN/TURN servers): only their host names are kept, never a user or password. */
  | { kind: 'hosts' }
  /** A provider's (app's) name: short, plain characters only. */
  | { kind: 'name' }
  /** A cloud region code such as `eu-central-1`: anything else is kept as "other". */
  | { kind: 'region' };

const boolean: SettingKind = { kind: 'boolean' };
const host: SettingKind = { kind: 'host' };
const number: SettingKind = { kind: 'number' };

/** Sign-in providers, by setting id suffix, with the name people know them by. */
export const OAUTH_PROVIDERS = {
  Google: 'Google',
  Facebook: 'Facebook',
  Github: 'GitHub',
  Gitlab: 'GitLab',
  Linkedin: 'LinkedIn',
  Twitter: 'X (Twitter)',
  Apple: 'Apple',
  Nextcloud: 'Nextcloud',
  Wordpress: 'WordPress',
  Drupal: 'Drupal',
  Meteor: 'Meteor',
  GitHub_Enterprise: 'GitHub Enterprise',
  Dolphin: 'Dolphin',
} as const;
export type OAuthProvider = keyof typeof OAUTH_PROVIDERS;
export const oauthSettingId = (provider: OAuthProvider) => `Accounts_OAuth_${provider}` as const;

export const ALLOWED_SETTINGS = {
  // Flows to the vendor
  Register_Server: boolean,
  Cloud_Service_Agree_PrivacyTerms: boolean,
  Push_enable: boolean,
  Push_enable_gateway: boolean,
  Push_gateway: host,
  Push_show_username_room: boolean,
  Push_show_message: boolean,
  Push_request_content_from_server: boolean,
  Update_EnableChecker: boolean,
  NPS_survey_enabled: boolean,
  Accounts_Registration_InviteUrlType: { kind: 'code', codes: INVITE_URL_TYPES },
  DeepLink_Url: host,
  // Flows to third parties the operator chose
  FileUpload_Storage_Type: { kind: 'code', codes: FILE_STORAGE_TYPES },
  FileUpload_S3_Region: { kind: 'region' },
  Accounts_OAuth_Google: boolean,
  Accounts_OAuth_Facebook: boolean,
  Accounts_OAuth_Github: boolean,
  Accounts_OAuth_Gitlab: boolean,
  Accounts_OAuth_Linkedin: boolean,
  Accounts_OAuth_Twitter: boolean,
  Accounts_OAuth_Apple: boolean,
  Accounts_OAuth_Nextcloud: boolean,
  Accounts_OAuth_Wordpress: boolean,
  Accounts_OAuth_Drupal: boolean,
  Accounts_OAuth_Meteor: boolean,
  Accounts_OAuth_GitHub_Enterprise: boolean,
  Accounts_OAuth_Dolphin: boolean,
  AutoTranslate_Enabled: boolean,
  AutoTranslate_ServiceProvider: { kind: 'code', codes: TRANSLATION_PROVIDERS },
  GoogleAnalytics_enabled: boolean,
  PiwikAnalytics_enabled: boolean,
  PiwikAnalytics_url: host,
  API_Embed: boolean,
  SMTP_Host: host,
  Email_notification_show_message: boolean,
  WebRTC_Enabled: boolean,
  WebRTC_Servers: { kind: 'hosts' },
  VideoConf_Default_Provider: { kind: 'name' },
  Livechat_webhookUrl: host,
  Accounts_AvatarExternalProviderUrl: host,
  // Self-service, retention, encryption
  UserData_EnableDownload: boolean,
  Accounts_AllowDeleteOwnAccount: boolean,
  Message_ErasureType: { kind: 'code', codes: ERASURE_TYPES },
  Accounts_AllowUserProfileChange: boolean,
  Accounts_AllowRealNameChange: boolean,
  Accounts_AllowUsernameChange: boolean,
  Accounts_AllowEmailChange: boolean,
  Message_AllowEditing: boolean,
  Message_AllowDeleting: boolean,
  RetentionPolicy_Enabled: boolean,
  RetentionPolicy_AppliesToChannels: boolean,
  RetentionPolicy_AppliesToGroups: boolean,
  RetentionPolicy_AppliesToDMs: boolean,
  /** 7.x: milliseconds. */
  RetentionPolicy_TTL_Channels: number,
  RetentionPolicy_TTL_Groups: number,
  RetentionPolicy_TTL_DMs: number,
  /** 6.x: days. */
  RetentionPolicy_MaxAge_Channels: number,
  RetentionPolicy_MaxAge_Groups: number,
  RetentionPolicy_MaxAge_DMs: number,
  E2E_Enable: boolean,
} as const satisfies Record<string, SettingKind>;

export type AllowedSettingId = keyof typeof ALLOWED_SETTINGS;
export const ALLOWED_SETTING_IDS = Object.keys(ALLOWED_SETTINGS) as AllowedSettingId[];

export const isAllowedSettingId = (id: string): id is AllowedSettingId =>
  Object.prototype.hasOwnProperty.call(ALLOWED_SETTINGS, id);
