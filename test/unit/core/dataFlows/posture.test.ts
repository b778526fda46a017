import { factsOf } from '../../../../src/core/dataFlows/facts';
import type { FindingId } from '../../../../src/core/dataFlows/posture';
import { findingsOf, unreadSettings } from '../../../../src/core/dataFlows/posture';
import { RC_DEFAULTS } from './defaults';

const REGISTERED = { ...RC_DEFAULTS, Register_Server: true, Cloud_Service_Agree_PrivacyTerms: true };
const ids = (settings: Record<string, unknown>) => findingsOf(factsOf(settings)).map((f) => f.id);
const finding = (settings: Record<string, unknown>, id: FindingId) =>
  findingsOf(factsOf(settings)).find((f) => f.id === id);

describe('the privacy posture', () => {
  it('a default workspace: only that people cannot delete their own account', () => {
    expect(ids(RC_DEFAULTS)).toEqual(['no_self_delete']);
  });

  it("message text through the vendor's push gateway is high, and names how to stop it", () => {
    const settings = { ...REGISTERED, Push_request_content_from_server: false };
    expect(finding(settings, 'push_text_via_gateway')).toEqual({
      id: 'push_text_via_gateway',
      severity: 'high',
      settings: ['Push_show_message', 'Push_request_content_from_server', 'Push_enable_gateway'],
      to: ['gateway.rocket.chat'],
    });
    expect(ids({ ...settings, Push_show_username_room: false })).toContain('push_text_via_gateway');
    expect(ids({ ...settings, Push_show_message: false })).toContain('push_names_via_gateway');
    expect(ids({ ...settings, Push_show_message: false, Push_show_username_room: false })).toEqual([
      'no_self_delete',
    ]);
    expect(ids(REGISTERED)).toEqual(['no_self_delete']);
    expect(ids({ ...settings, Push_enable_gateway: false })).toEqual(['no_self_delete']);
  });

  it('analytics, translation, e-mails with text and cloud files, most severe first', () => {
    const settings = {
      ...RC_DEFAULTS,
      GoogleAnalytics_enabled: true,
      PiwikAnalytics_enabled: true,
      PiwikAnalytics_url: 'https://stats.example.org',
      AutoTranslate_Enabled: true,
      SMTP_Host: 'smtp.example.org',
      FileUpload_Storage_Type: 'AmazonS3',
      Accounts_AllowDeleteOwnAccount: true,
    };
    expect(findingsOf(factsOf(settings))).toEqual([
      {
        id: 'web_analytics',
        severity: 'high',
        settings: ['GoogleAnalytics_enabled', 'PiwikAnalytics_enabled', 'PiwikAnalytics_url'],
        to: ['Google Analytics', 'stats.example.org'],
      },
      {
        id: 'translation',
        severity: 'medium',
        settings: ['AutoTranslate_Enabled', 'AutoTranslate_ServiceProvider'],
        to: ['Google Translate'],
      },
      {
        id: 'email_text',
        severity: 'medium',
        settings: ['SMTP_Host', 'Email_notification_show_message'],
        to: ['smtp.example.org'],
      },
      {
        id: 'cloud_files',
        severity: 'low',
        settings: ['FileUpload_Storage_Type', 'FileUpload_S3_Region'],
        to: ['Amazon S3'],
      },
    ]);
    expect(finding({ ...settings, PiwikAnalytics_url: '' }, 'web_analytics')?.to).toEqual([
      'Google Analytics',
      'Matomo',
    ]);
  });

  it('no download, and direct messages outside an active retention policy', () => {
    expect(ids({ ...RC_DEFAULTS, UserData_EnableDownload: false })).toContain('no_download');
    expect(ids({ ...RC_DEFAULTS, RetentionPolicy_Enabled: true })).toContain('dms_not_retained');
    expect(
      ids({ ...RC_DEFAULTS, RetentionPolicy_Enabled: true, RetentionPolicy_AppliesToDMs: true }),
    ).not.toContain('dms_not_retained');
  });

  it("names the settings it could not read, but not the other version's retention ids", () => {
    expect(unreadSettings(factsOf(RC_DEFAULTS))).toEqual([]);
    const rest = { ...RC_DEFAULTS, SMTP_Host: undefined };
    expect(finding(rest, 'settings_unread')).toEqual({
      id: 'settings_unread',
      severity: 'info',
      settings: ['SMTP_Host'],
    });
  });
});
