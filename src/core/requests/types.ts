/**
 * Data-subject request types, as the DSR contract names them (OpenDSR's access, portability and
 * erasure, plus our extension), and which ones each regime offers.
 */
import type { DataCategory } from '../policy/catalog';
import type { Jurisdiction } from '../policy/jurisdictions';

export const REQUEST_TYPES = [
  'access',
  'portability',
  'erasure',
  'rectification',
  'restriction',
  'objection',
  'consent_withdrawal',
  'sale_opt_out',
  'sensitive_data_limit',
  'automated_decision_review',
  'information',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** "A question for the DPO" is offered everywhere and has no statutory deadline. */
const GDPR_TYPES: readonly RequestType[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated_decision_review',
  'consent_withdrawal',
  'information',
];

const TYPES_BY_JURISDICTION: Record<Jurisdiction, readonly RequestType[]> = {
  gdpr: GDPR_TYPES,
  uk_gdpr: GDPR_TYPES,
  ccpa: ['access', 'erasure', 'rectification', 'sale_opt_out', 'sensitive_data_limit', 'information'],
  lgpd: ['access', 'rectification', 'erasure', 'portability', 'consent_withdrawal', 'information'],
  us_state: ['access', 'rectification', 'erasure', 'portability', 'sale_opt_out', 'information'],
  other: ['access', 'rectification', 'erasure', 'objection', 'information'],
};

export function requestTypesFor(jurisdiction: Jurisdiction): readonly RequestType[] {
  return TYPES_BY_JURISDICTION[jurisdiction];
}

const CATEGORIES_BY_TYPE: Record<RequestType, readonly DataCategory[]> = {
  access: ['account', 'usage', 'app', 'content', 'tracking'],
  portability: ['account', 'content'],
  erasure: ['account', 'usage', 'app', 'content', 'tracking'],
  rectification: ['account'],
  restriction: ['usage', 'tracking'],
  objection: ['usage', 'tracking'],
  consent_withdrawal: ['tracking'],
  sale_opt_out: ['usage', 'tracking'],
  sensitive_data_limit: ['account', 'content'],
  automated_decision_review: ['usage'],
  information: [],
};

/** The categories the modal preselects for a type; the user can change them. */
export function defaultCategories(type: RequestType): readonly DataCategory[] {
  return CATEGORIES_BY_TYPE[type];
}

export function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && (REQUEST_TYPES as readonly string[]).includes(value);
}
