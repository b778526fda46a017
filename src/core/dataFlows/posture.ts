/**
 * The admin's privacy posture: what in this workspace's settings sends personal data out, or makes
 * a request need an admin, each with a severity and the settings to change. Derived from the same
 * facts as the map, so the two never disagree.
 */
import type { AllowedSettingId } from './allowList';
import { ALLOWED_SETTING_IDS } from './allowList';
import type { SettingFacts } from './facts';
import type { Flow, FlowId } from './flows';
import { flowsOf } from './flows';
import { selfServiceOf } from './selfService';

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_IDS = [
  'push_text_via_gateway',
  'push_names_via_gateway',
  'web_analytics',
  'translation',
  'email_text',
  'cloud_files',
  'no_self_delete',
  'no_download',
  'dms_not_retained',
  'settings_unread',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export interface Finding {
  id: FindingId;
  severity: Severity;
  settings: readonly AllowedSettingId[];
  /** Host or provider names the finding is about. */
  to?: readonly string[];
}

const flow = (flows: Flow[], id: FlowId) => flows.find((f) => f.id === id) as Flow;

/** 6.x keeps retention ages in days under other ids: one of the two pairs unread is expected. */
const ALTERNATES: Partial<Record<AllowedSettingId, AllowedSettingId>> = {
  RetentionPolicy_TTL_Channels: 'RetentionPolicy_MaxAge_Channels',
  RetentionPolicy_TTL_Groups: 'RetentionPolicy_MaxAge_Groups',
  RetentionPolicy_TTL_DMs: 'RetentionPolicy_MaxAge_DMs',
  RetentionPolicy_MaxAge_Channels: 'RetentionPolicy_TTL_Channels',
  RetentionPolicy_MaxAge_Groups: 'RetentionPolicy_TTL_Groups',
  RetentionPolicy_MaxAge_DMs: 'RetentionPolicy_TTL_DMs',
};

export function unreadSettings(facts: SettingFacts): AllowedSettingId[] {
  return ALLOWED_SETTING_IDS.filter((id) => {
    if (facts[id] !== undefined) return false;
    const other = ALTERNATES[id];
    return !other || facts[other] === undefined;
  });
}

export function findingsOf(facts: SettingFacts): Finding[] {
  const flows = flowsOf(facts);
  const self = selfServiceOf(facts);
  const found: Finding[] = [];
  const push = flow(flows, 'push_gateway');
  const content = push.push?.content;
  if (content === 'text_and_names' || content === 'text_only')
    found.push({
      id: 'push_text_via_gateway',
      severity: 'high',
      settings: ['Push_show_message', 'Push_request_content_from_server', 'Push_enable_gateway'],
      ...(push.to ? { to: push.to } : {}),
    });
  else if (content === 'names_only')
    found.push({
      id: 'push_names_via_gateway',
      severity: 'low',
      settings: ['Push_show_username_room', 'Push_request_content_from_server'],
      ...(push.to ? { to: push.to } : {}),
    });
  const analytics = [flow(flows, 'analytics_google'), flow(flows, 'analytics_matomo')].filter(
    (f) => f.status === 'on',
  );
  if (analytics.length)
    found.push({
      id: 'web_analytics',
      severity: 'high',
      settings: analytics.flatMap((f) => f.settings),
      to: analytics.map((f) => f.to?.[0] ?? 'Matomo'),
    });
  const translation = flow(flows, 'translation');
  if (translation.status === 'on')
    found.push({
      id: 'translation',
      severity: 'medium',
      settings: translation.settings,
      ...toOf(translation),
    });
  const email = flow(flows, 'email_relay');
  if (email.email === 'with_text')
    found.push({ id: 'email_text', severity: 'medium', settings: email.settings, ...toOf(email) });
  const files = flow(flows, 'file_storage');
  if (files.status === 'on')
    found.push({ id: 'cloud_files', severity: 'low', settings: files.settings, ...toOf(files) });
  if (self.deleteAccount === false)
    found.push({ id: 'no_self_delete', severity: 'medium', settings: ['Accounts_AllowDeleteOwnAccount'] });
  if (self.download === false)
    found.push({ id: 'no_download', severity: 'medium', settings: ['UserData_EnableDownload'] });
  const dms = self.retention.rooms.find((r) => r.room === 'dms');
  if (self.retention.enabled === true && dms?.applies === false)
    found.push({ id: 'dms_not_retained', severity: 'low', settings: ['RetentionPolicy_AppliesToDMs'] });
  const unread = unreadSettings(facts);
  if (unread.length) found.push({ id: 'settings_unread', severity: 'info', settings: unread });
  return found.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

const toOf = (f: Flow) => (f.to ? { to: f.to } : {});
