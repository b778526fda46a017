/**
 * When an answer is due, per regime and per request type (POLICY-FACTS): CCPA opt-outs run on
 * 15 business days with no acknowledgement step, and a question to the DPO has no deadline.
 */
import type { Duration, Jurisdiction } from '../policy/jurisdictions';
import { jurisdictionFacts } from '../policy/jurisdictions';
import { addBusinessDays, addDays, addMonths } from './calendar';
import type { RequestType } from './types';

export interface Deadlines {
  /** Absent where the law sets no deadline. */
  due?: Date;
  /** Receipt must be confirmed by then (CCPA). */
  acknowledgeBy?: Date;
  /** True when the due date counts business days (the view then says "about"). */
  approximate: boolean;
  /**
   * The request stops the processing as soon as it is received (GDPR Art. 7(3), 21(3)); `due` is then
   * only the latest date for confirming it. `direct_marketing_at_once`: so for direct marketing only.
   */
  effect?: 'at_once' | 'direct_marketing_at_once';
}

/** CCPA opt-outs: honoured within their own short clock, never extended. */
export const OPT_OUTS: readonly RequestType[] = ['sale_opt_out', 'sensitive_data_limit'];

export function addDuration(from: Date, duration: Duration): Date {
  switch (duration.unit) {
    case 'months':
      return addMonths(from, duration.amount);
    case 'business_days':
      return addBusinessDays(from, duration.amount);
    default:
      return addDays(from, duration.amount);
  }
}

/** Under the GDPR and UK GDPR these stop the processing on receipt (POLICY-FACTS, refinements). */
const GDPR_LIKE: readonly Jurisdiction[] = ['gdpr', 'uk_gdpr'];

export function effectOf(jurisdiction: Jurisdiction, type: RequestType): Deadlines['effect'] {
  if (!GDPR_LIKE.includes(jurisdiction)) return undefined;
  if (type === 'consent_withdrawal') return 'at_once';
  // Art. 21(3) for direct marketing; other objections are weighed, within the month.
  if (type === 'objection') return 'direct_marketing_at_once';
  return undefined;
}

export function deadlinesFor(jurisdiction: Jurisdiction, type: RequestType, submittedAt: Date): Deadlines {
  if (type === 'information') return { approximate: false };
  const facts = jurisdictionFacts(jurisdiction);
  if (facts.optOutDue && OPT_OUTS.includes(type)) {
    return {
      due: addDuration(submittedAt, facts.optOutDue),
      approximate: facts.optOutDue.unit === 'business_days',
    };
  }
  if (!facts.answerDue) return { approximate: false };
  const due = addDuration(submittedAt, facts.answerDue);
  const acknowledgeBy = facts.acknowledgement ? addDuration(submittedAt, facts.acknowledgement) : undefined;
  const effect = effectOf(jurisdiction, type);
  return {
    due,
    ...(acknowledgeBy ? { acknowledgeBy } : {}),
    ...(effect ? { effect } : {}),
    // Only the due date's own unit decides: a calendar-day deadline is exact.
    approximate: facts.answerDue.unit === 'business_days',
  };
}
