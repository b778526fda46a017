/**
 * The policy that applies to this workspace, for this user: one plain value that the policy
 * view and the contact message render. Everything is decided here, nothing in the views.
 */
import type { Appendix, DataCategory, Processing } from './catalog';
import { applicableAppendices, DATA_CATEGORIES, vendorProcessing } from './catalog';
import type { DeploymentFinding } from './deployment';
import type { Jurisdiction, JurisdictionFacts } from './jurisdictions';
import { isJurisdiction, jurisdictionFacts } from './jurisdictions';

export const POLICY_LINKS = [
  'fullPolicy',
  'previousVersions',
  'subProcessors',
  'lawEnforcement',
  'security',
] as const;
export type PolicyLink = (typeof POLICY_LINKS)[number];
export type PolicyLinks = Partial<Record<PolicyLink, string>>;

export interface PolicyContact {
  dpoEmail: string;
  links: PolicyLinks;
}

export interface PolicyVersion {
  version: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
}

export interface CategoryFinding {
  category: DataCategory;
  processing: Processing;
}

export interface ApplicablePolicy {
  deployment: DeploymentFinding;
  categories: CategoryFinding[];
  appendices: readonly Appendix[];
  jurisdiction: JurisdictionFacts;
  contact: PolicyContact;
  version: PolicyVersion;
}

export interface PolicyInput {
  deployment: DeploymentFinding;
  jurisdiction: Jurisdiction;
  contact: PolicyContact;
  version: PolicyVersion;
}

export function resolveApplicablePolicy(input: PolicyInput): ApplicablePolicy {
  const type = input.deployment.type;
  return {
    deployment: input.deployment,
    categories: DATA_CATEGORIES.map((category) => ({
      category,
      processing: vendorProcessing(type, category),
    })),
    appendices: applicableAppendices(type),
    jurisdiction: jurisdictionFacts(input.jurisdiction),
    contact: { dpoEmail: input.contact.dpoEmail, links: onlySetLinks(input.contact.links) },
    version: input.version,
  };
}

function onlySetLinks(links: PolicyLinks): PolicyLinks {
  const kept: PolicyLinks = {};
  for (const key of POLICY_LINKS) {
    const value = links[key];
    if (value) kept[key] = value;
  }
  return kept;
}

/** The user's remembered choice wins over the admin's default; anything unknown falls back. */
export function chooseJurisdiction(remembered: unknown, adminDefault: Jurisdiction): Jurisdiction {
  return isJurisdiction(remembered) ? remembered : adminDefault;
}
