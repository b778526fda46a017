/** The settings an admin sees, grouped in sections; labels come from i18n/<lang>.json. */
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';
import { DEPLOYMENT_OVERRIDES } from '../../../core/policy/deployment';
import { JURISDICTIONS } from '../../../core/policy/jurisdictions';
import { SettingId, SettingSection } from '../../../core/settings/ids';
import { SETTING_RULES } from '../../../core/settings/rules';

function setting(id: SettingId, section: SettingSection, extra: Partial<ISetting> = {}): ISetting {
  return {
    id,
    section,
    type: SettingType.STRING,
    packageValue: SETTING_RULES[id].packageValue,
    required: false,
    public: false,
    i18nLabel: `setting_${id}_label`,
    i18nDescription: `setting_${id}_description`,
    ...extra,
  };
}

export const SETTINGS: ISetting[] = [
  setting(SettingId.DeploymentOverride, SettingSection.Deployment, {
    type: SettingType.SELECT,
    required: true,
    values: DEPLOYMENT_OVERRIDES.map((key) => ({ key, i18nLabel: `deployment_${key}` })),
  }),
  setting(SettingId.DefaultJurisdiction, SettingSection.Jurisdiction, {
    type: SettingType.SELECT,
    required: true,
    values: JURISDICTIONS.map((key) => ({ key, i18nLabel: `jurisdiction_${key}` })),
  }),
  setting(SettingId.DpoEmail, SettingSection.Contact, { required: true }),
  setting(SettingId.LinkFullPolicy, SettingSection.Documents),
  setting(SettingId.LinkPreviousVersions, SettingSection.Documents),
  setting(SettingId.LinkSubProcessors, SettingSection.Documents),
  setting(SettingId.LinkLawEnforcement, SettingSection.Documents),
  setting(SettingId.LinkSecurity, SettingSection.Documents),
  setting(SettingId.PolicyVersion, SettingSection.Documents),
  setting(SettingId.PolicyEffectiveDate, SettingSection.Documents),
  setting(SettingId.PolicyWhatChanged, SettingSection.Documents, { multiline: true }),
  setting(SettingId.PolicyUpdatesRoom, SettingSection.Documents, { type: SettingType.ROOM_PICK }),
  setting(SettingId.AdminUsernames, SettingSection.Admins),
  setting(SettingId.AdminRoom, SettingSection.Admins, { type: SettingType.ROOM_PICK }),
  setting(SettingId.HandlerRoles, SettingSection.Admins),
  setting(SettingId.DueAlertDays, SettingSection.Admins, { type: SettingType.NUMBER }),
  setting(SettingId.DsrEndpointUrl, SettingSection.Requests),
  setting(SettingId.DsrToken, SettingSection.Requests, { type: SettingType.PASSWORD }),
  setting(SettingId.DsrSigningSecret, SettingSection.Requests, { type: SettingType.PASSWORD }),
  setting(SettingId.CallbacksReachable, SettingSection.Requests, { type: SettingType.BOOLEAN }),
  setting(SettingId.AllowLocalEndpoint, SettingSection.Requests, { type: SettingType.BOOLEAN }),
  setting(SettingId.RequestsPerDay, SettingSection.Requests, { type: SettingType.NUMBER }),
  setting(SettingId.RetentionReduceDays, SettingSection.Requests, { type: SettingType.NUMBER }),
  setting(SettingId.RetentionDeleteDays, SettingSection.Requests, { type: SettingType.NUMBER }),
  setting(SettingId.AppsApiUrl, SettingSection.AppDirectory),
  setting(SettingId.AppsApiUserId, SettingSection.AppDirectory),
  setting(SettingId.AppsApiToken, SettingSection.AppDirectory, { type: SettingType.PASSWORD }),
  setting(SettingId.AppsRefreshMinutes, SettingSection.AppDirectory, { type: SettingType.NUMBER }),
];
