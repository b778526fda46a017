/**
 * Gathers what the core needs to resolve the applicable policy for one user: settings, the
 * cached registration check, Site_Url and the user's remembered jurisdiction. No network call.
 */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { ApplicablePolicy } from '../../../core/policy/applicablePolicy';
import { chooseJurisdiction, resolveApplicablePolicy } from '../../../core/policy/applicablePolicy';
import { detectDeployment } from '../../../core/policy/deployment';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import { readPrivacySettings } from '../settings/reader';
import type { EngineCall } from '../engineCall';
import { rememberedJurisdiction } from './preferences';
import { cachedRegistration } from './registration';
import type { DataMapRecord } from '../../../core/dataFlows/map';
import { cachedDataMap } from './dataMap';

export async function siteUrl(read: IRead): Promise<string | undefined> {
  try {
    const value = await read.getEnvironmentReader().getServerSettings().getValueById('Site_Url');
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface PolicyAndSite {
  policy: ApplicablePolicy;
  /** Read anyway to detect the deployment; the policy view names its host. */
  siteUrl: string | undefined;
  /** Where data goes here, as the data-map job last read it. */
  dataMap?: DataMapRecord;
}

/** `jurisdiction` overrides the remembered one (the user just picked it). */
export async function policyAndSite(
  {
    read,
    settings: snapshot,
    logger,
  }: Pick<EngineCall, 'read' | 'settings'> & Partial<Pick<EngineCall, 'logger'>>,
  user: IUser,
  jurisdiction?: Jurisdiction,
): Promise<PolicyAndSite> {
  const persistence = read.getPersistenceReader();
  const [settings, registration, site, remembered, dataMap] = await Promise.all([
    readPrivacySettings(snapshot),
    cachedRegistration(persistence, logger),
    siteUrl(read),
    jurisdiction ? Promise.resolve(jurisdiction) : rememberedJurisdiction(persistence, user.id, logger),
    cachedDataMap(persistence, logger),
  ]);
  const policy = resolveApplicablePolicy({
    deployment: detectDeployment({ override: settings.deploymentOverride, siteUrl: site, registration }),
    jurisdiction: chooseJurisdiction(remembered, settings.defaultJurisdiction),
    contact: settings.contact,
    version: settings.version,
  });
  return { policy, siteUrl: site, ...(dataMap ? { dataMap } : {}) };
}

export async function policyForUser(
  call: Pick<EngineCall, 'read' | 'settings'> & Partial<Pick<EngineCall, 'logger'>>,
  user: IUser,
  jurisdiction?: Jurisdiction,
): Promise<ApplicablePolicy> {
  return (await policyAndSite(call, user, jurisdiction)).policy;
}
