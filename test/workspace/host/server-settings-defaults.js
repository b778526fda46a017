'use strict';
/**
 * Rocket.Chat's own server settings that decide where personal data goes, with their defaults in
 * 7.x (../shared SERVER-SETTINGS.md), and the credentials that sit beside them (so a test can put a
 * fake secret where a careless app could read it). Nothing of any app: this is the server's side.
 * 6.x-only ids (RetentionPolicy_MaxAge_*) are absent, as on a 7.x server: reading them throws.
 * @typedef {{id: string, type: string, packageValue: any, secret?: boolean}} ServerSettingDefault
 */

/** @type {ServerSettingDefault[]} */
const SERVER_SETTING_DEFAULTS = [
  // Flows to the vendor
  ['Register_Server', 'boolean', false],
  ['Cloud_Service_Agree_PrivacyTerms', 'boolean', false],
  ['Push_enable', 'boolean', true],
  ['Push_enable_gateway', 'boolean', true],
  ['Push_gateway', 'string', 'https://gateway.rocket.chat'],
  ['Push_show_username_room', 'boolean', true],
  ['Push_show_message', 'boolean', true],
  ['Push_request_content_from_server', 'boolean', true],
  ['Update_EnableChecker', 'boolean', true],
  ['NPS_survey_enabled', 'boolean', true],
  ['Accounts_Registration_InviteUrlType', 'select', 'proxy'],
  ['DeepLink_Url', 'string', 'https://go.rocket.chat'],
  ['Allow_Marketing_Emails', 'boolean', true],
  // Flows to third parties
  ['FileUpload_Storage_Type', 'select', 'GridFS'],
  ['FileUpload_S3_Region', 'string', ''],
  ['FileUpload_S3_Bucket', 'string', ''],
  ['FileUpload_S3_AWSAccessKeyId', 'string', '', true],
  ['FileUpload_S3_AWSSecretAccessKey', 'password', '', true],
  ...[
    'Google',
    'Facebook',
    'Github',
    'Gitlab',
    'Linkedin',
    'Twitter',
    'Apple',
    'Nextcloud',
    'Wordpress',
    'Drupal',
    'Meteor',
    'GitHub_Enterprise',
    'Dolphin',
  ].map((p) => [`Accounts_OAuth_${p}`, 'boolean', false]),
  ['Accounts_OAuth_Google_id', 'string', ''],
  ['Accounts_OAuth_Google_secret', 'string', '', true],
  ['AutoTranslate_Enabled', 'boolean', false],
  ['AutoTranslate_ServiceProvider', 'select', 'google-translate'],
  ['AutoTranslate_GoogleAPIKey', 'string', ''],
  ['GoogleAnalytics_enabled', 'boolean', false],
  ['PiwikAnalytics_enabled', 'boolean', false],
  ['PiwikAnalytics_url', 'string', ''],
  ['API_Embed', 'boolean', true],
  ['SMTP_Host', 'string', ''],
  ['SMTP_Username', 'string', ''],
  ['SMTP_Password', 'password', '', true],
  ['Email_notification_show_message', 'boolean', true],
  ['WebRTC_Enabled', 'boolean', false],
  [
    'WebRTC_Servers',
    'string',
    'stun:stun.l.google.com:19302, stun:23.21.150.121, team%40rocket.chat:demo@turn:numb.viagenie.ca:3478',
  ],
  ['VideoConf_Default_Provider', 'lookup', ''],
  ['Livechat_webhookUrl', 'string', ''],
  ['Livechat_secret_token', 'string', '', true],
  ['Accounts_AvatarExternalProviderUrl', 'string', ''],
  // Self-service, retention, encryption
  ['UserData_EnableDownload', 'boolean', true],
  ['Accounts_AllowDeleteOwnAccount', 'boolean', false],
  ['Message_ErasureType', 'select', 'Delete'],
  ['Accounts_AllowUserProfileChange', 'boolean', true],
  ['Accounts_AllowRealNameChange', 'boolean', true],
  ['Accounts_AllowUsernameChange', 'boolean', true],
  ['Accounts_AllowEmailChange', 'boolean', true],
  ['Message_AllowEditing', 'boolean', true],
  ['Message_AllowDeleting', 'boolean', true],
  ['RetentionPolicy_Enabled', 'boolean', false],
  ['RetentionPolicy_AppliesToChannels', 'boolean', false],
  ['RetentionPolicy_AppliesToGroups', 'boolean', false],
  ['RetentionPolicy_AppliesToDMs', 'boolean', false],
  ['RetentionPolicy_TTL_Channels', 'int', 2592000000],
  ['RetentionPolicy_TTL_Groups', 'int', 2592000000],
  ['RetentionPolicy_TTL_DMs', 'int', 2592000000],
  ['E2E_Enable', 'boolean', false],
  ['Message_Read_Receipt_Enabled', 'boolean', false],
].map(([id, type, packageValue, secret]) => ({
  id: /** @type {string} */ (id),
  type: /** @type {string} */ (type),
  packageValue,
  ...(secret ? { secret: true } : {}),
}));

module.exports = { SERVER_SETTING_DEFAULTS };
