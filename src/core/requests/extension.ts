/**
 * Whether the operator may move a request's due date, and to when, per the law the person chose
 * (POLICY-FACTS, "Extensions"): GDPR and UK GDPR up to two further months, the person told within
 * the first month; CCPA and similar US laws one further 45 days, with notice within the first 45;
 * LGPD none. The window and the maximum run from the law's own due date (deadlines.ts).
 */
import { jurisdictionFacts } from '../policy/jurisdictions';
import type { Jurisdiction } from '../policy/jurisdictions';
import { addDuration, deadlinesFor, OPT_OUTS } from './deadlines';
import type { ExtensionRefusal, OperatorTrack } from './operatorMoves';
import { isFinalOperatorState } from './operatorMoves';
import type { RequestType } from './types';

export interface ExtensionSubject {
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** ISO; the law's clock starts here. */
  submittedAt: string;
  operatorTrack?: Pick<OperatorTrack, 'state' | 'due' | 'extensions'>;
}

export type ExtensionAnswer =
  | { ok: true; due: Date }
  | {
      ok: false;
      refusal: ExtensionRefusal;
      /** The date the refusal is about: the end of the window, the latest allowed date, the current due date. */
      date?: Date;
    };

export function extensionAllowed(request: ExtensionSubject, now: Date, requestedDue: Date): ExtensionAnswer {
  const track = request.operatorTrack;
  if (track && isFinalOperatorState(track.state)) return { ok: false, refusal: 'final_state' };
  const facts = jurisdictionFacts(request.jurisdiction);
  const lawDue = deadlinesFor(request.jurisdiction, request.type, new Date(request.submittedAt)).due;
  // A question to the DPO, or a law the app knows no deadline of: there is no date to move.
  if (!lawDue) return { ok: false, refusal: 'no_deadline' };
  const optOut = !!facts.optOutDue && OPT_OUTS.includes(request.type);
  if (!facts.extension || optOut) return { ok: false, refusal: 'law_allows_none', date: lawDue };
  const extensions = track?.extensions ?? 0;
  if (facts.extensionOnce && extensions > 0) return { ok: false, refusal: 'already_extended' };
  // The person must be told within the law's first period: after the original due date it is too late.
  if (now.getTime() > lawDue.getTime()) return { ok: false, refusal: 'too_late_to_extend', date: lawDue };
  const current = track?.due ? new Date(track.due) : lawDue;
  if (requestedDue.getTime() <= current.getTime()) return { ok: false, refusal: 'not_later', date: current };
  const latest = addDuration(lawDue, facts.extension);
  if (requestedDue.getTime() > latest.getTime())
    return { ok: false, refusal: 'beyond_maximum', date: latest };
  return { ok: true, due: requestedDue };
}
