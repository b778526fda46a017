/**
 * The register: every request of the workspace, filtered and cut into pages for the console, with
 * the counts the people who handle requests look at first. Pure: (requests, filter, now) -> page.
 */
import type { Jurisdiction } from '../policy/jurisdictions';
import type { RequestStatus } from '../requests/lifecycle';
import type { OperatorState } from '../requests/operatorMoves';
import type { OverallStage } from '../requests/overallState';
import { OVERALL_STAGES } from '../requests/overallState';
import type { PrivacyRequest } from '../requests/request';
import type { RequestType } from '../requests/types';
import { isDueWithin, isOverdue, trackStates } from './tracks';

export const TRACK_FILTERS = ['vendor', 'operator', 'both'] as const;
/** Requests with a vendor track, with a workspace (operator) track, or with both. */
export type TrackFilter = (typeof TRACK_FILTERS)[number];

/** A status on one track, or the overall stage. */
export type StatusFilter =
  | { on: 'overall'; stage: OverallStage }
  | { on: 'operator'; state: OperatorState }
  | { on: 'vendor'; status: RequestStatus };

export interface RegisterFilter {
  status?: StatusFilter;
  track?: TrackFilter;
  law?: Jurisdiction;
  type?: RequestType;
  /** Due within this many days of now (and not finished, not overdue). */
  dueWithinDays?: number;
  /** Only the overdue ones. */
  overdue?: boolean;
}

export const PAGE_SIZE = 10;
/** What "due soon" counts: due within this many days. */
export const DUE_SOON_DAYS = 7;

export interface RegisterCounts {
  total: number;
  stages: Record<OverallStage, number>;
  overdue: number;
  dueSoon: number;
}

export interface RegisterPage {
  /** The requests of this page, newest first. */
  requests: PrivacyRequest[];
  /** Zero-based, clamped to the pages there are. */
  page: number;
  /** At least 1, also when nothing matches. */
  pages: number;
  /** How many requests match the filter. */
  matching: number;
  /** Counts over the whole register, whatever the filter. */
  counts: RegisterCounts;
}

function matchesStatus(request: PrivacyRequest, status: StatusFilter): boolean {
  const states = trackStates(request);
  switch (status.on) {
    case 'overall':
      return states.overall.stage === status.stage;
    case 'operator':
      return states.operator === status.state;
    case 'vendor':
      return states.vendor === status.status;
  }
}

function matchesTrack(request: PrivacyRequest, track: TrackFilter): boolean {
  const vendor = !!request.routing.vendor;
  const operator = !!request.routing.workspace;
  if (track === 'vendor') return vendor;
  if (track === 'operator') return operator;
  return vendor && operator;
}

export function matches(request: PrivacyRequest, filter: RegisterFilter, now: Date): boolean {
  if (filter.status && !matchesStatus(request, filter.status)) return false;
  if (filter.track && !matchesTrack(request, filter.track)) return false;
  if (filter.law && request.jurisdiction !== filter.law) return false;
  if (filter.type && request.type !== filter.type) return false;
  if (filter.overdue && !isOverdue(request, now)) return false;
  if (filter.dueWithinDays !== undefined && !isDueWithin(request, now, filter.dueWithinDays)) return false;
  return true;
}

export function registerCounts(requests: readonly PrivacyRequest[], now: Date): RegisterCounts {
  const stages = Object.fromEntries(OVERALL_STAGES.map((s) => [s, 0])) as Record<OverallStage, number>;
  let overdue = 0;
  let dueSoon = 0;
  for (const request of requests) {
    stages[trackStates(request).overall.stage] += 1;
    if (isOverdue(request, now)) overdue += 1;
    if (isDueWithin(request, now, DUE_SOON_DAYS)) dueSoon += 1;
  }
  return { total: requests.length, stages, overdue, dueSoon };
}

/** Newest first (by filing time; the store's order is kept between equal times). */
const newestFirst = (requests: readonly PrivacyRequest[]) =>
  [...requests].sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt));

export function registerPage(
  requests: readonly PrivacyRequest[],
  filter: RegisterFilter,
  page: number,
  now: Date,
  pageSize = PAGE_SIZE,
): RegisterPage {
  const matching = newestFirst(requests).filter((r) => matches(r, filter, now));
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const index = Number.isInteger(page) ? Math.min(Math.max(page, 0), pages - 1) : 0;
  return {
    requests: matching.slice(index * pageSize, (index + 1) * pageSize),
    page: index,
    pages,
    matching: matching.length,
    counts: registerCounts(requests, now),
  };
}
