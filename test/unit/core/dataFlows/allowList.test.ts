import { ALLOWED_SETTING_IDS, isAllowedSettingId } from '../../../../src/core/dataFlows/allowList';
import { RC_DEFAULTS } from './defaults';

/** An id that reads like a credential's. From Rocket.Chat 7.4 the server would hand its value over. */
const CREDENTIAL = /secret|password|passwd|key|token|credential|private|cert/i;
/** Ids reviewed by hand that contain such a word but hold no credential. None so far. */
const REVIEWED_EXCEPTIONS: string[] = [];

describe('the allow-list of server settings the app may read', () => {
  it('holds no id that looks like a secret, a password, a key or a token', () => {
    const suspicious = ALLOWED_SETTING_IDS.filter(
      (id) => CREDENTIAL.test(id) && !REVIEWED_EXCEPTIONS.includes(id),
    );
    expect(suspicious).toEqual([]);
  });

  it('would catch the credentials that sit beside the settings it reads', () => {
    for (const id of [
      'SMTP_Password',
      'FileUpload_S3_AWSSecretAccessKey',
      'FileUpload_S3_AWSAccessKeyId',
      'AutoTranslate_GoogleAPIKey',
      'Accounts_OAuth_Google_secret',
      'Push_gcm_api_key',
      'Cloud_Workspace_Access_Token',
    ])
      expect(CREDENTIAL.test(id)).toBe(true);
  });

  it('lists every setting the facts use, and nothing else', () => {
    expect([...ALLOWED_SETTING_IDS].sort()).toEqual(
      [
        ...Object.keys(RC_DEFAULTS),
        'RetentionPolicy_MaxAge_Channels',
        'RetentionPolicy_MaxAge_Groups',
        'RetentionPolicy_MaxAge_DMs',
      ].sort(),
    );
    expect(isAllowedSettingId('SMTP_Host')).toBe(true);
    expect(isAllowedSettingId('SMTP_Password')).toBe(false);
    expect(isAllowedSettingId('toString')).toBe(false);
  });
});
