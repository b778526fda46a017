/**
 * A request with two tracks (the vendor's and this workspace's operator's) is one request to the
 * person: it stands where its slowest track stands, and says which track that is.
 */
import { isFinal } from './lifecycle';
import type { RequestStatus } from './lifecycle';
import { isFinalOperatorState } from './operatorMoves';
import type { OperatorState } from './operatorMoves';

/** Received (nobody works on it yet), being worked on, or finished on every track. */
export const OVERALL_STAGES = ['received', 'in_progress', 'finished'] as const;
export type OverallStage = (typeof OVERALL_STAGES)[number];

export interface OverallState {
  stage: OverallStage;
  /** The track(s) at that stage: the one(s) the person is waiting for. */
  slowest: 'vendor' | 'operator' | 'both';
}

export function vendorStage(status: RequestStatus): OverallStage {
  if (isFinal(status)) return 'finished';
  return status === 'in_progress' ? 'in_progress' : 'received';
}

export function operatorStage(state: OperatorState): OverallStage {
  if (isFinalOperatorState(state)) return 'finished';
  return state === 'in_progress' ? 'in_progress' : 'received';
}

/** A track the request does not have is left out; at least one is expected (the vendor's by default). */
export function overallState(tracks: { vendor?: RequestStatus; operator?: OperatorState }): OverallState {
  const vendor = tracks.vendor === undefined ? undefined : vendorStage(tracks.vendor);
  const operator = tracks.operator === undefined ? undefined : operatorStage(tracks.operator);
  if (vendor === undefined) return { stage: operator ?? 'received', slowest: 'operator' };
  if (operator === undefined) return { stage: vendor, slowest: 'vendor' };
  const rank = (stage: OverallStage) => OVERALL_STAGES.indexOf(stage);
  if (rank(vendor) === rank(operator)) return { stage: vendor, slowest: 'both' };
  return rank(vendor) < rank(operator)
    ? { stage: vendor, slowest: 'vendor' }
    : { stage: operator, slowest: 'operator' };
}
