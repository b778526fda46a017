/**
 * What the vendor processes in each deployment (POLICY-FACTS, "What the vendor processes"),
 * and which appendices of its policy apply. Wording lives in the message catalogue under
 * `category.<category>.<deployment>`; this file holds only the facts.
 */
import type { DeploymentType } from './deployment';

export const DATA_CATEGORIES = ['account', 'usage', 'app', 'content', 'tracking'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** `partly`: not in general, with a named exception (push content through the gateway). */
export type Processing = 'yes' | 'partly' | 'no';

const PROCESSING: Record<DeploymentType, Record<DataCategory, Processing>> = {
  cloud: { account: 'yes', usage: 'yes', app: 'yes', content: 'yes', tracking: 'yes' },
  community: { account: 'yes', usage: 'yes', app: 'yes', content: 'yes', tracking: 'yes' },
  self_hosted_registered: { account: 'yes', usage: 'yes', app: 'yes', content: 'partly', tracking: 'yes' },
  self_hosted_unregistered: { account: 'no', usage: 'no', app: 'no', content: 'no', tracking: 'no' },
};

export function vendorProcessing(deployment: DeploymentType, category: DataCategory): Processing {
  return PROCESSING[deployment][category];
}

export const APPENDICES = ['cloud', 'regulations', 'community'] as const;
export type Appendix = (typeof APPENDICES)[number];

const APPLICABLE_APPENDICES: Record<DeploymentType, readonly Appendix[]> = {
  cloud: ['cloud', 'regulations'],
  community: ['community', 'regulations'],
  self_hosted_registered: ['regulations'],
  self_hosted_unregistered: ['regulations'],
};

export function applicableAppendices(deployment: DeploymentType): readonly Appendix[] {
  return APPLICABLE_APPENDICES[deployment];
}

/** The policy's own facts; admins can restate version and date in the settings. */
export const POLICY_DEFAULTS = {
  vendor: 'Rocket.Chat Technologies Corp.',
  dpoEmail: 'privacy@rocket.chat',
  version: '6.5',
  effectiveDate: '2023-10-20',
} as const;
