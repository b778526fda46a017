/**
 * How long the app keeps its own records (issue 13, "The app's own data"). A closed request
 * (finished on every track it has) is reduced, after the first period, to a minimal record: its
 * reference, law, type, dates and outcome; no free text, no e-mail address, no username, no
 * categories or apps, no operator messages or notes. The minimal record goes after the second
 * period, both counted from the request's last move. A person deleted from the workspace leaves a
 * marker: their closed requests are reduced at once, their open ones when they are final.
 */
import type { Jurisdiction } from '../policy/jurisdictions';
import { isJurisdiction } from '../policy/jurisdictions';
import { trackStates } from '../operator/tracks';
import type { RequestStatus } from '../requests/lifecycle';
import { isRequestStatus } from '../requests/lifecycle';
import type { OperatorOutcome, OperatorState } from '../requests/operatorMoves';
import { OPERATOR_OUTCOMES, OPERATOR_STATES } from '../requests/operatorMoves';
import type { PrivacyRequest } from '../requests/request';
import type { RequestType } from '../requests/types';
import { isRequestType } from '../requests/types';
import type { Fields } from './schema';
import { isText, parseVersioned } from './schema';

export const RETENTION_RECORD_VERSION = 1;

/** Requests changed per run of the daily job (reduced or deleted): the rest waits for the next day. */
export const RETENTION_BATCH = 200;

const DAY_MS = 86_400_000;

/** What is left of a closed request after the first period. */
export interface ReducedRequest {
  id: string;
  ref: string;
  jurisdiction: Jurisdiction;
  type: RequestType;
  submittedAt: string;
  /** Its last move (ISO): both periods count from it. */
  closedAt: string;
  /** The vendor's final status; absent without a vendor track. */
  vendorOutcome?: RequestStatus;
  /** The operator's final state and outcome; absent without a workspace track. */
  operatorState?: OperatorState;
  operatorOutcome?: OperatorOutcome;
  reducedAt: string;
}

/** A person deleted from the workspace whose open requests are still to be erased once final. */
export interface ErasureMarker {
  userId: string;
  deletedAt: string;
}

export interface RetentionPeriods {
  /** Days after its last move before a closed request is reduced. */
  reduceAfterDays: number;
  /** Days after its last move before the minimal record goes too. */
  deleteAfterDays: number;
}

/** Finished on every track the request has (the vendor's and this workspace's operator's). */
export const isClosed = (request: PrivacyRequest): boolean =>
  trackStates(request).overall.stage === 'finished';

/** The time of the request's last move on any track (ISO). */
export function lastMoveOf(request: PrivacyRequest): string {
  const times = [
    request.submittedAt,
    ...request.history.map((entry) => entry.at),
    ...(request.operatorTrack?.moves ?? []).map((move) => move.at),
  ];
  return times.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
}

export function reduceRequest(request: PrivacyRequest, now: Date): ReducedRequest {
  const tracks = trackStates(request);
  const outcome = request.operatorTrack?.outcome;
  return {
    id: request.id,
    ref: request.ref,
    jurisdiction: request.jurisdiction,
    type: request.type,
    submittedAt: request.submittedAt,
    closedAt: lastMoveOf(request),
    ...(tracks.vendor ? { vendorOutcome: tracks.vendor } : {}),
    ...(tracks.operator ? { operatorState: tracks.operator } : {}),
    ...(tracks.operator && outcome ? { operatorOutcome: outcome } : {}),
    reducedAt: now.toISOString(),
  };
}

const olderThan = (at: string, days: number, now: Date) => now.getTime() - Date.parse(at) >= days * DAY_MS;

export interface RetentionPlan {
  /** Closed requests to reduce to their minimal record now. */
  reduce: PrivacyRequest[];
  /** Minimal records whose second period is over. */
  remove: ReducedRequest[];
}

/**
 * What this run does, at most `batch` changes: the minimal records whose time is over first
 * (oldest first), then the closed requests past the first period (oldest first). A request whose
 * second period is over too is reduced now and its minimal record goes in a later run.
 */
export function retentionPlan(
  requests: readonly PrivacyRequest[],
  reduced: readonly ReducedRequest[],
  periods: RetentionPeriods,
  now: Date,
  batch = RETENTION_BATCH,
): RetentionPlan {
  const byClosing =
    <T>(closedAt: (item: T) => string) =>
    (a: T, b: T) =>
      Date.parse(closedAt(a)) - Date.parse(closedAt(b));
  const remove = reduced
    .filter((record) => olderThan(record.closedAt, periods.deleteAfterDays, now))
    .sort(byClosing((r: ReducedRequest) => r.closedAt))
    .slice(0, batch);
  const reduce = requests
    .filter((request) => isClosed(request) && olderThan(lastMoveOf(request), periods.reduceAfterDays, now))
    .sort(byClosing(lastMoveOf))
    .slice(0, batch - remove.length);
  return { reduce, remove };
}

/** A deleted person's requests: the closed ones are reduced now; the marker stays while any is open. */
export function erasurePlan(requests: readonly PrivacyRequest[]): {
  reduce: PrivacyRequest[];
  open: PrivacyRequest[];
} {
  return {
    reduce: requests.filter(isClosed),
    open: requests.filter((request) => !isClosed(request)),
  };
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

const optional = <T>(value: unknown, is: (v: unknown) => v is T): boolean => value === undefined || is(value);

export function parseReducedRequest(raw: unknown): ReducedRequest | undefined {
  return parseVersioned(raw, RETENTION_RECORD_VERSION, (f: Fields) => {
    const texts = [f.id, f.ref, f.submittedAt, f.closedAt, f.reducedAt];
    if (!texts.every(isText) || !isJurisdiction(f.jurisdiction) || !isRequestType(f.type)) return undefined;
    if (!optional(f.vendorOutcome, isRequestStatus)) return undefined;
    if (!optional(f.operatorState, oneOf(OPERATOR_STATES))) return undefined;
    if (!optional(f.operatorOutcome, oneOf(OPERATOR_OUTCOMES))) return undefined;
    return {
      id: f.id as string,
      ref: f.ref as string,
      jurisdiction: f.jurisdiction,
      type: f.type,
      submittedAt: f.submittedAt as string,
      closedAt: f.closedAt as string,
      ...(f.vendorOutcome ? { vendorOutcome: f.vendorOutcome as RequestStatus } : {}),
      ...(f.operatorState ? { operatorState: f.operatorState as OperatorState } : {}),
      ...(f.operatorOutcome ? { operatorOutcome: f.operatorOutcome as OperatorOutcome } : {}),
      reducedAt: f.reducedAt as string,
    };
  });
}

export const parseErasureMarker = (raw: unknown): ErasureMarker | undefined =>
  parseVersioned(raw, RETENTION_RECORD_VERSION, (f) =>
    isText(f.userId) && isText(f.deletedAt) ? { userId: f.userId, deletedAt: f.deletedAt } : undefined,
  );
