/**
 * Gathers what the core needs to resolve the applicable policy for one user: settings, the
 * cached registration check, Site_Url and the user's remembered jurisdiction. No network call.
 */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { ApplicablePolicy } from '../../../core/policy/applicablePolicy';
import { chooseJurisdiction, resolveApplicablePolicy } from '../../../core/policy/applicablePolicy';
import { detectDeployment } from '../../../core/policy/deployment';
import type { DeploymentFinding } from '../../../core/policy/deployment';
import { SettingId } from '../../../core/settings/ids';
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
  { dataMap: withDataMap = true }: { dataMap?: boolean } = {},
): Promise<PolicyAndSite> {
  const persistence = read.getPersistenceReader();
  const [settings, registration, site, remembered, dataMap] = await Promise.all([
    readPrivacySettings(snapshot),
    cachedRegistration(persistence, logger),
    siteUrl(read),
    jurisdiction ? Promise.resolve(jurisdiction) : rememberedJurisdiction(persistence, user.id, logger),
    withDataMap ? cachedDataMap(persistence, logger) : Promise.resolve(undefined),
  ]);
  const policy = resolveApplicablePolicy({
    deployment: detectDeployment({ override: settings.deploymentOverride, siteUrl: site, registration }),
    jurisdiction: chooseJurisdiction(remembered, settings.defaultJurisdiction),
    contact: settings.contact,
    version: settings.version,
  });
  return { policy, siteUrl: site, ...(dataMap ? { dataMap } : {}) };
}

type PolicyCall = Pick<EngineCall, 'read' | 'settings'> & Partial<Pick<EngineCall, 'logger'>>;

/** The policy alone: the data map, which only the views that show it need, is not read. */
export async function policyForUser(
  call: PolicyCall,
  user: IUser,
  jurisdiction?: Jurisdiction,
): Promise<ApplicablePolicy> {
  return (await policyAndSite(call, user, jurisdiction, { dataMap: false })).policy;
}

interface WhereItRuns {
  deployment: DeploymentFinding;
  siteUrl: string | undefined;
}

/** Where this workspace runs and its address: the override, the registration check, Site_Url. */
async function whereItRuns({ read, settings, logger }: PolicyCall): Promise<WhereItRuns> {
  const [override, registration, site] = await Promise.all([
    settings.get(SettingId.DeploymentOverride),
    cachedRegistration(read.getPersistenceReader(), logger),
    siteUrl(read),
  ]);
  return { deployment: detectDeployment({ override, siteUrl: site, registration }), siteUrl: site };
}

/**
 * Where this workspace runs, and nothing else of the policy (no links, contact or version): what
 * filing a request needs. Each read is a round trip, and a submit is the hottest path there is.
 */
export async function deploymentOf(call: PolicyCall): Promise<DeploymentFinding> {
  return (await whereItRuns(call)).deployment;
}

export interface PlaceAndLaw extends WhereItRuns {
  jurisdiction: Jurisdiction;
  dataMap?: DataMapRecord;
}

/**
 * The deployment and the law that applies to this user, the workspace's address and its data map,
 * without the policy's documents: what the request modal shows (it never shows the links).
 */
export async function placeAndLaw(
  call: PolicyCall,
  user: IUser,
  jurisdiction?: Jurisdiction,
): Promise<PlaceAndLaw> {
  const persistence = call.read.getPersistenceReader();
  const [where, defaultJurisdiction, remembered, dataMap] = await Promise.all([
    whereItRuns(call),
    call.settings.get(SettingId.DefaultJurisdiction),
    jurisdiction ? Promise.resolve(jurisdiction) : rememberedJurisdiction(persistence, user.id, call.logger),
    cachedDataMap(persistence, call.logger),
  ]);
  return {
    ...where,
    jurisdiction: chooseJurisdiction(remembered, defaultJurisdiction),
    ...(dataMap ? { dataMap } : {}),
  };
}
