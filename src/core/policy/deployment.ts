/**
 * Which kind of workspace this is decides which parts of the vendor's policy apply.
 * Detection follows POLICY-FACTS: an admin override always wins; the Site_Url host tells
 * the community server and the vendor's cloud; otherwise the registration check (an empty
 * token means "not registered, or could not tell") gives a finding, never a certainty.
 */
export const DEPLOYMENT_TYPES = [
  'cloud',
  'self_hosted_registered',
  'self_hosted_unregistered',
  'community',
] as const;
export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

export type DeploymentOverride = 'auto' | DeploymentType;
export const DEPLOYMENT_OVERRIDES: readonly DeploymentOverride[] = ['auto', ...DEPLOYMENT_TYPES];

/** What the last registration check found, cached with its time off the hot path. */
export const REGISTRATION_OUTCOMES = [
  'registered', // a non-empty workspace token came back
  'empty_token', // not registered, or the server could not reach the vendor's cloud
  'failed', // the reader threw
  'no_permission', // the app may not ask for the token
  'not_checked', // no check has finished yet
] as const;
export type RegistrationOutcome = (typeof REGISTRATION_OUTCOMES)[number];

export interface RegistrationCheck {
  outcome: RegistrationOutcome;
  /** ISO time of the check; absent when not checked. */
  checkedAt?: string;
}

/** How the type was determined, shown to the user. */
export type DetectionSource = 'admin_setting' | 'site_url' | 'registration_check';

/** `confirmed`: a fact; `appears`: a finding that may be wrong; `uncertain`: could not tell. */
export type Certainty = 'confirmed' | 'appears' | 'uncertain';

export interface DeploymentFinding {
  type: DeploymentType;
  source: DetectionSource;
  certainty: Certainty;
  registration: RegistrationCheck;
}

export interface DetectionInput {
  override: DeploymentOverride;
  siteUrl: string | undefined;
  registration: RegistrationCheck;
}

const COMMUNITY_HOST = 'open.rocket.chat';
const VENDOR_DOMAIN = 'rocket.chat';

export function hostOf(siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  try {
    return new URL(siteUrl).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** The deployment the Site_Url alone proves, if any. */
export function deploymentFromSiteUrl(siteUrl: string | undefined): DeploymentType | undefined {
  const host = hostOf(siteUrl);
  if (!host) return undefined;
  if (host === COMMUNITY_HOST) return 'community';
  if (host.endsWith(`.${VENDOR_DOMAIN}`)) return 'cloud';
  return undefined;
}

export function detectDeployment({ override, siteUrl, registration }: DetectionInput): DeploymentFinding {
  if (override !== 'auto') {
    return { type: override, source: 'admin_setting', certainty: 'confirmed', registration };
  }
  const bySite = deploymentFromSiteUrl(siteUrl);
  if (bySite) {
    return { type: bySite, source: 'site_url', certainty: 'confirmed', registration };
  }
  switch (registration.outcome) {
    case 'registered':
      return {
        type: 'self_hosted_registered',
        source: 'registration_check',
        certainty: 'confirmed',
        registration,
      };
    case 'empty_token':
      return {
        type: 'self_hosted_unregistered',
        source: 'registration_check',
        certainty: 'appears',
        registration,
      };
    default:
      // Could not tell: treat as registered (the vendor may hold data) and say so.
      return {
        type: 'self_hosted_registered',
        source: 'registration_check',
        certainty: 'uncertain',
        registration,
      };
  }
}

/** Turns what the token reader gave into an outcome; `undefined` is what a denied permission yields. */
export function registrationOutcomeOf(token: { token?: string } | undefined | null): RegistrationOutcome {
  if (token === undefined || token === null) return 'no_permission';
  return typeof token.token === 'string' && token.token.length > 0 ? 'registered' : 'empty_token';
}

export function isDeploymentOverride(value: unknown): value is DeploymentOverride {
  return typeof value === 'string' && (DEPLOYMENT_OVERRIDES as readonly string[]).includes(value);
}
