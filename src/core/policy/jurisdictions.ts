/**
 * The regimes a user can pick, their rights and their clocks (POLICY-FACTS, "Regulation facts").
 * Facts as data: the views and, later, the request deadlines read them from here.
 */
export const JURISDICTIONS = ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd', 'us_state', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated_decision_review',
  'consent_withdrawal',
  'sale_opt_out',
  'sensitive_data_limit',
  'non_discrimination',
  'confirmation',
  'sharing_information',
  'targeted_ads_opt_out',
] as const;
export type Right = (typeof RIGHTS)[number];

export type DurationUnit = 'days' | 'business_days' | 'months';
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export interface JurisdictionFacts {
  id: Jurisdiction;
  rights: readonly Right[];
  /** When the answer is due; absent where the law sets no deadline. */
  answerDue?: Duration;
  extension?: Duration;
  /** The law allows one extension only (CCPA and similar US laws: "one further 45 days"). */
  extensionOnce?: boolean;
  /** Receipt must be confirmed within this time (CCPA). */
  acknowledgement?: Duration;
  /** Opt-outs are honoured within this time (CCPA). */
  optOutDue?: Duration;
  /** A refusal must mention the right to complain to a supervisory authority. */
  complaintToAuthority: boolean;
}

const GDPR_RIGHTS: readonly Right[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated_decision_review',
  'consent_withdrawal',
];

/** UK GDPR keeps the EU GDPR's rights and clocks. */
const GDPR: Omit<JurisdictionFacts, 'id'> = {
  rights: GDPR_RIGHTS,
  answerDue: { amount: 1, unit: 'months' },
  extension: { amount: 2, unit: 'months' },
  complaintToAuthority: true,
};

const FACTS: Record<Jurisdiction, JurisdictionFacts> = {
  gdpr: { id: 'gdpr', ...GDPR },
  uk_gdpr: { id: 'uk_gdpr', ...GDPR },
  ccpa: {
    id: 'ccpa',
    rights: [
      'access',
      'erasure',
      'rectification',
      'sale_opt_out',
      'sensitive_data_limit',
      'non_discrimination',
    ],
    answerDue: { amount: 45, unit: 'days' },
    extension: { amount: 45, unit: 'days' },
    extensionOnce: true,
    acknowledgement: { amount: 10, unit: 'business_days' },
    optOutDue: { amount: 15, unit: 'business_days' },
    complaintToAuthority: false,
  },
  lgpd: {
    id: 'lgpd',
    rights: [
      'confirmation',
      'access',
      'rectification',
      'erasure',
      'portability',
      'sharing_information',
      'consent_withdrawal',
    ],
    answerDue: { amount: 15, unit: 'days' },
    complaintToAuthority: false,
  },
  us_state: {
    id: 'us_state',
    rights: ['access', 'rectification', 'erasure', 'portability', 'targeted_ads_opt_out'],
    answerDue: { amount: 45, unit: 'days' },
    extension: { amount: 45, unit: 'days' },
    extensionOnce: true,
    complaintToAuthority: false,
  },
  other: {
    id: 'other',
    rights: ['access', 'rectification', 'erasure'],
    complaintToAuthority: false,
  },
};

export function jurisdictionFacts(id: Jurisdiction): JurisdictionFacts {
  return FACTS[id];
}

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}
