/**
 * What each setting accepts and its default: one table that both the definitions and the
 * reader use, so a value is checked the same way when it is saved and when it is read.
 */
import type { PolicyLink } from '../policy/applicablePolicy';
import type { DeploymentOverride } from '../policy/deployment';
import type { Jurisdiction } from '../policy/jurisdictions';
import { POLICY_DEFAULTS } from '../policy/catalog';
import { DEPLOYMENT_OVERRIDES } from '../policy/deployment';
import { JURISDICTIONS } from '../policy/jurisdictions';
import type { Checked } from './validation';
import {
  checkBoolean,
  checkChoice,
  checkDate,
  checkEmail,
  checkEndpointUrl,
  checkLink,
  checkRoleNames,
  checkSecret,
  checkShortText,
  checkUsernames,
  checkWholeNumber,
} from './validation';
import { SettingId } from './ids';
import { WHAT_CHANGED_MAX } from '../policyUpdates/updates';

/** How often the installed-apps directory is read again, in minutes: from 5 minutes to a day. */
export const APPS_REFRESH_MINUTES = { default: 60, min: 5, max: 1440 } as const;

/** The admins are told each day about operator-track requests due within this many days: 1 to 90. */
export const DUE_ALERT_DAYS = { default: 7, min: 1, max: 90 } as const;

/** Closed requests are reduced to a minimal record after this many days: a month to ten years. */
export const RETENTION_REDUCE_DAYS = { default: 365, min: 30, max: 3650 } as const;
/** The minimal record goes after this many days (3 years, the usual limitation period): a month to ten years. */
export const RETENTION_DELETE_DAYS = { default: 1095, min: 30, max: 3650 } as const;

/** The type of each setting's value once read and checked: a reader gets this, never a T it picks. */
export interface SettingValues {
  [SettingId.DeploymentOverride]: DeploymentOverride;
  [SettingId.DefaultJurisdiction]: Jurisdiction;
  [SettingId.DpoEmail]: string;
  [SettingId.LinkFullPolicy]: string;
  [SettingId.LinkPreviousVersions]: string;
  [SettingId.LinkSubProcessors]: string;
  [SettingId.LinkLawEnforcement]: string;
  [SettingId.LinkSecurity]: string;
  [SettingId.PolicyVersion]: string;
  [SettingId.PolicyEffectiveDate]: string;
  [SettingId.AdminUsernames]: string[];
  [SettingId.AdminRoom]: string;
  [SettingId.HandlerRoles]: string[];
  [SettingId.DsrEndpointUrl]: string;
  [SettingId.DsrToken]: string;
  [SettingId.DsrSigningSecret]: string;
  [SettingId.CallbacksReachable]: boolean;
  [SettingId.AllowLocalEndpoint]: boolean;
  [SettingId.RequestsPerDay]: number;
  [SettingId.AppsApiUrl]: string;
  [SettingId.AppsApiUserId]: string;
  [SettingId.AppsApiToken]: string;
  [SettingId.AppsRefreshMinutes]: number;
  [SettingId.DueAlertDays]: number;
  [SettingId.PolicyUpdatesRoom]: string;
  [SettingId.PolicyWhatChanged]: string;
  [SettingId.RetentionReduceDays]: number;
  [SettingId.RetentionDeleteDays]: number;
}

export interface SettingRule<T = unknown> {
  packageValue: string | number | boolean;
  /** Its value is a secret: never logged, echoed or shown. */
  secret?: boolean;
  /** Another setting whose value the check needs (read first, handed over as `other`). */
  dependsOn?: SettingId;
  check: (raw: unknown, other?: unknown) => Checked<T>;
}

export const LINK_SETTINGS: Record<PolicyLink, SettingId> = {
  fullPolicy: SettingId.LinkFullPolicy,
  previousVersions: SettingId.LinkPreviousVersions,
  subProcessors: SettingId.LinkSubProcessors,
  lawEnforcement: SettingId.LinkLawEnforcement,
  security: SettingId.LinkSecurity,
};

const link: SettingRule<string>['check'] = checkLink;

export const SETTING_RULES: { [K in SettingId]: SettingRule<SettingValues[K]> } = {
  [SettingId.DeploymentOverride]: {
    packageValue: 'auto',
    check: (v) => checkChoice(v, DEPLOYMENT_OVERRIDES),
  },
  [SettingId.DefaultJurisdiction]: { packageValue: 'gdpr', check: (v) => checkChoice(v, JURISDICTIONS) },
  [SettingId.DpoEmail]: { packageValue: POLICY_DEFAULTS.dpoEmail, check: checkEmail },
  [SettingId.LinkFullPolicy]: { packageValue: 'https://rocket.chat/privacy', check: link },
  [SettingId.LinkPreviousVersions]: { packageValue: '', check: link },
  [SettingId.LinkSubProcessors]: { packageValue: '', check: link },
  [SettingId.LinkLawEnforcement]: { packageValue: '', check: link },
  [SettingId.LinkSecurity]: { packageValue: '', check: link },
  [SettingId.PolicyVersion]: { packageValue: POLICY_DEFAULTS.version, check: (v) => checkShortText(v, 40) },
  [SettingId.PolicyEffectiveDate]: { packageValue: POLICY_DEFAULTS.effectiveDate, check: checkDate },
  [SettingId.AdminUsernames]: { packageValue: '', check: checkUsernames },
  [SettingId.AdminRoom]: { packageValue: '', check: (v) => checkShortText(v ?? '', 200) },
  [SettingId.HandlerRoles]: { packageValue: 'admin', check: checkRoleNames },
  // Internal addresses only while the development setting allows them (issue 9.10).
  [SettingId.DsrEndpointUrl]: {
    packageValue: '',
    dependsOn: SettingId.AllowLocalEndpoint,
    check: (v, allowLocal) => checkEndpointUrl(v, { allowLocal: allowLocal === true }),
  },
  [SettingId.DsrToken]: { packageValue: '', check: checkSecret, secret: true },
  [SettingId.DsrSigningSecret]: { packageValue: '', check: checkSecret, secret: true },
  [SettingId.CallbacksReachable]: { packageValue: false, check: checkBoolean },
  [SettingId.AllowLocalEndpoint]: { packageValue: false, check: checkBoolean },
  [SettingId.RequestsPerDay]: { packageValue: 5, check: (v) => checkWholeNumber(v, 1, 100) },
  [SettingId.AppsApiUrl]: { packageValue: '', check: link },
  [SettingId.AppsApiUserId]: { packageValue: '', check: (v) => checkShortText(v, 64) },
  [SettingId.AppsApiToken]: { packageValue: '', check: checkSecret, secret: true },
  [SettingId.AppsRefreshMinutes]: {
    packageValue: APPS_REFRESH_MINUTES.default,
    check: (v) => checkWholeNumber(v, APPS_REFRESH_MINUTES.min, APPS_REFRESH_MINUTES.max),
  },
  [SettingId.DueAlertDays]: {
    packageValue: DUE_ALERT_DAYS.default,
    check: (v) => checkWholeNumber(v, DUE_ALERT_DAYS.min, DUE_ALERT_DAYS.max),
  },
  // Policy updates (issue 13): where they are announced, and the admin's few words on what changed.
  [SettingId.PolicyUpdatesRoom]: { packageValue: '', check: (v) => checkShortText(v ?? '', 200) },
  [SettingId.PolicyWhatChanged]: {
    packageValue: '',
    check: (v) => checkShortText(v ?? '', WHAT_CHANGED_MAX),
  },
  // The app's own data (issue 13): how long closed requests are kept whole, then as a minimal record.
  [SettingId.RetentionReduceDays]: {
    packageValue: RETENTION_REDUCE_DAYS.default,
    check: (v) => checkWholeNumber(v, RETENTION_REDUCE_DAYS.min, RETENTION_REDUCE_DAYS.max),
  },
  [SettingId.RetentionDeleteDays]: {
    packageValue: RETENTION_DELETE_DAYS.default,
    check: (v) => checkWholeNumber(v, RETENTION_DELETE_DAYS.min, RETENTION_DELETE_DAYS.max),
  },
};

export function isSettingId(id: string): id is SettingId {
  return Object.prototype.hasOwnProperty.call(SETTING_RULES, id);
}
