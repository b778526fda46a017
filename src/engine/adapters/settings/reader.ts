/**
 * The app's settings as the host holds them, read through one snapshot per call (see
 * core/settings/snapshot): each setting at most once per call, each checked on the way out.
 */
import type { ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { PolicyContact, PolicyLinks, PolicyVersion } from '../../../core/policy/applicablePolicy';
import { POLICY_LINKS } from '../../../core/policy/applicablePolicy';
import type { DeploymentOverride } from '../../../core/policy/deployment';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import { SettingId } from '../../../core/settings/ids';
import { LINK_SETTINGS } from '../../../core/settings/rules';
import type { SettingsSnapshot } from '../../../core/settings/snapshot';
import { settingsSnapshot } from '../../../core/settings/snapshot';
import { heldSettingsSource } from './held';

/** A new snapshot over the host's settings, each read from the host. */
export function settingsOf(settings: ISettingRead): SettingsSnapshot {
  return settingsSnapshot((id) => settings.getValueById(id));
}

/**
 * The snapshot of one call into the app (engineCall): make one per call, at its entry point.
 * Values come from what the app's process holds between calls (./held), from the host when not.
 */
export function callSettingsOf(settings: ISettingRead): SettingsSnapshot {
  return settingsSnapshot(heldSettingsSource(settings));
}

export interface PrivacySettings {
  deploymentOverride: DeploymentOverride;
  defaultJurisdiction: Jurisdiction;
  contact: PolicyContact;
  version: PolicyVersion;
  adminUsernames: string[];
}

export async function readPrivacySettings(settings: SettingsSnapshot): Promise<PrivacySettings> {
  // Read together: each read is a round trip to the host.
  const linkValues = await Promise.all(POLICY_LINKS.map((key) => settings.get(LINK_SETTINGS[key])));
  const links: PolicyLinks = Object.fromEntries(POLICY_LINKS.map((key, i) => [key, linkValues[i]]));
  const [deploymentOverride, defaultJurisdiction, dpoEmail, version, effectiveDate, adminUsernames] =
    await Promise.all([
      settings.get(SettingId.DeploymentOverride),
      settings.get(SettingId.DefaultJurisdiction),
      settings.get(SettingId.DpoEmail),
      settings.get(SettingId.PolicyVersion),
      settings.get(SettingId.PolicyEffectiveDate),
      settings.get(SettingId.AdminUsernames),
    ]);
  return {
    deploymentOverride,
    defaultJurisdiction,
    contact: { dpoEmail, links },
    version: { version, effectiveDate },
    adminUsernames,
  };
}
