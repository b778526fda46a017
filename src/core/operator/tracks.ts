/**
 * Where a request stands on each of its tracks, as the people who handle requests read it: the
 * vendor's status, this workspace's operator state, the overall stage, and the due date that holds.
 */
import type { RequestStatus } from '../requests/lifecycle';
import type { OperatorState } from '../requests/operatorMoves';
import type { OverallState } from '../requests/overallState';
import { overallState } from '../requests/overallState';
import type { PrivacyRequest } from '../requests/request';

export interface TrackStates {
  /** Absent when the request has no vendor track. */
  vendor?: RequestStatus;
  /** Absent when the request has no workspace track; `new` until someone moves it. */
  operator?: OperatorState;
  overall: OverallState;
}

export function trackStates(request: PrivacyRequest): TrackStates {
  const vendor = request.routing.vendor ? request.status : undefined;
  const operator = request.routing.workspace ? (request.operatorTrack?.state ?? 'new') : undefined;
  return { vendor, operator, overall: overallState({ vendor, operator }) };
}

/** The due date that holds: the operator's extended one, else the law's (ISO); absent without a deadline. */
export const dueOf = (request: PrivacyRequest): string | undefined =>
  request.operatorTrack?.due ?? request.due;

const DAY_MS = 86_400_000;

/**
 * Overdue: not finished on every track and its due date passed. A finished request is never
 * overdue, nor one without a due date (a question to the DPO).
 */
export function isOverdue(request: PrivacyRequest, now: Date): boolean {
  const due = dueOf(request);
  if (!due || trackStates(request).overall.stage === 'finished') return false;
  return Date.parse(due) < now.getTime();
}

/** Not finished, not overdue, and due within `days` days of `now`. */
export function isDueWithin(request: PrivacyRequest, now: Date, days: number): boolean {
  const due = dueOf(request);
  if (!due || trackStates(request).overall.stage === 'finished') return false;
  const at = Date.parse(due);
  return at >= now.getTime() && at <= now.getTime() + days * DAY_MS;
}
