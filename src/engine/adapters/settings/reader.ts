/**
 * The one place that reads settings. Every value is checked on the way out too: a value that
 * slipped past the save check (an import, a database edit) falls back to the default.
 */
import type { ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { PolicyContact, PolicyLinks, PolicyVersion } from '../../../core/policy/applicablePolicy';
import { POLICY_LINKS } from '../../../core/policy/applicablePolicy';
import type { DeploymentOverride } from '../../../core/policy/deployment';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import type { ValueProblem } from '../../../core/settings/validation';
import { SettingId } from './ids';
import { LINK_SETTINGS, SETTING_RULES } from './rules';

export interface PrivacySettings {
  deploymentOverride: DeploymentOverride;
  defaultJurisdiction: Jurisdiction;
  contact: PolicyContact;
  version: PolicyVersion;
  adminUsernames: string[];
}

export async function readSetting<T>(settings: ISettingRead, id: SettingId): Promise<T> {
  const rule = SETTING_RULES[id];
  let raw: unknown;
  try {
    raw = await settings.getValueById(id);
  } catch {
    raw = undefined;
  }
  const other = rule.dependsOn ? await readSetting<unknown>(settings, rule.dependsOn) : undefined;
  const checked = rule.check(raw ?? rule.packageValue, other);
  return (
    checked.ok ? checked.value : (rule.check(rule.packageValue, other) as { value: unknown }).value
  ) as T;
}

/**
 * The problem of a stored value that is set but not in force: read, it falls back to the default
 * (an endpoint URL saved while local addresses were allowed, once they no longer are).
 */
export async function settingNotInForce(
  settings: ISettingRead,
  id: SettingId,
): Promise<ValueProblem | undefined> {
  const rule = SETTING_RULES[id];
  let raw: unknown;
  try {
    raw = await settings.getValueById(id);
  } catch {
    return undefined;
  }
  if (raw === undefined || raw === null || raw === '') return undefined;
  const other = rule.dependsOn ? await readSetting<unknown>(settings, rule.dependsOn) : undefined;
  const checked = rule.check(raw, other);
  return checked.ok ? undefined : checked.problem;
}

export async function readPrivacySettings(settings: ISettingRead): Promise<PrivacySettings> {
  // Read together: each read is a round trip to the host.
  const read = <T>(id: SettingId) => readSetting<T>(settings, id);
  const linkValues = await Promise.all(POLICY_LINKS.map((key) => read<string>(LINK_SETTINGS[key])));
  const links: PolicyLinks = Object.fromEntries(POLICY_LINKS.map((key, i) => [key, linkValues[i]]));
  const [deploymentOverride, defaultJurisdiction, dpoEmail, version, effectiveDate, adminUsernames] =
    await Promise.all([
      read<DeploymentOverride>(SettingId.DeploymentOverride),
      read<Jurisdiction>(SettingId.DefaultJurisdiction),
      read<string>(SettingId.DpoEmail),
      read<string>(SettingId.PolicyVersion),
      read<string>(SettingId.PolicyEffectiveDate),
      read<string[]>(SettingId.AdminUsernames),
    ]);
  return {
    deploymentOverride,
    defaultJurisdiction,
    contact: { dpoEmail, links },
    version: { version, effectiveDate },
    adminUsernames,
  };
}
