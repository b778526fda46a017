/**
 * The console list's filter and page as one short text, carried by the view itself (in its block
 * ids and button values) so that each action knows what the person is looking at. Read back at the
 * edge: anything not offered is ignored, never trusted.
 */
import { isJurisdiction } from '../policy/jurisdictions';
import { isRequestStatus, REQUEST_STATUSES } from '../requests/lifecycle';
import { OPERATOR_STATES } from '../requests/operatorMoves';
import type { OperatorState } from '../requests/operatorMoves';
import { OVERALL_STAGES } from '../requests/overallState';
import type { OverallStage } from '../requests/overallState';
import { isRequestType } from '../requests/types';
import type { RegisterFilter, StatusFilter, TrackFilter } from './register';
import { TRACK_FILTERS } from './register';

export interface ListState {
  filter: RegisterFilter;
  /** Zero-based; the register clamps it to the pages there are. */
  page: number;
}

export const emptyListState = (): ListState => ({ filter: {}, page: 0 });

/** The status select's values, as offered: the overall stage, then each track's states. */
export const STATUS_CHOICES: readonly string[] = [
  ...OVERALL_STAGES.map((s) => `overall.${s}`),
  ...OPERATOR_STATES.map((s) => `operator.${s}`),
  ...REQUEST_STATUSES.map((s) => `vendor.${s}`),
];

/** The due select's values: overdue, or due within so many days. */
export const DUE_WITHIN_CHOICES: readonly number[] = [3, 7, 14, 30];
export const DUE_CHOICES: readonly string[] = ['overdue', ...DUE_WITHIN_CHOICES.map(String)];

/** The most pages anyone could page through (a bound on what a crafted value can ask for). */
const MAX_PAGE = 100_000;

export function statusChoice(status: StatusFilter): string {
  switch (status.on) {
    case 'overall':
      return `overall.${status.stage}`;
    case 'operator':
      return `operator.${status.state}`;
    case 'vendor':
      return `vendor.${status.status}`;
  }
}

/** A status select value back to a filter; undefined for anything not offered. */
export function parseStatus(value: unknown): StatusFilter | undefined {
  if (typeof value !== 'string' || !STATUS_CHOICES.includes(value)) return undefined;
  const [on, what] = value.split('.');
  if (on === 'overall') return { on, stage: what as OverallStage };
  if (on === 'operator') return { on, state: what as OperatorState };
  return isRequestStatus(what) ? { on: 'vendor', status: what } : undefined;
}

export const isTrackFilter = (value: unknown): value is TrackFilter =>
  typeof value === 'string' && (TRACK_FILTERS as readonly string[]).includes(value);

export function dueChoice(filter: RegisterFilter): string | undefined {
  if (filter.overdue) return 'overdue';
  return filter.dueWithinDays === undefined ? undefined : String(filter.dueWithinDays);
}

/** A due select value into the filter (both due fields replaced); anything not offered clears them. */
export function withDue(filter: RegisterFilter, value: unknown): RegisterFilter {
  const rest = { ...filter };
  delete rest.overdue;
  delete rest.dueWithinDays;
  if (value === 'overdue') return { ...rest, overdue: true };
  const days = typeof value === 'string' && DUE_CHOICES.includes(value) ? Number(value) : undefined;
  return days === undefined ? rest : { ...rest, dueWithinDays: days };
}

/** A page number as a button carries it; undefined for anything else. */
export function parsePage(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) return undefined;
  return Math.min(Number(value), MAX_PAGE);
}

export function encodeListState({ filter, page }: ListState): string {
  const parts: string[] = [];
  if (filter.status) parts.push(`s=${statusChoice(filter.status)}`);
  if (filter.track) parts.push(`t=${filter.track}`);
  if (filter.law) parts.push(`l=${filter.law}`);
  if (filter.type) parts.push(`y=${filter.type}`);
  const due = dueChoice(filter);
  if (due) parts.push(`d=${due}`);
  if (page > 0) parts.push(`p=${page}`);
  return parts.join('|');
}

/** Reads a state back; unknown keys and values are left out (the filter they would set stays open). */
export function parseListState(text: unknown): ListState {
  const state = emptyListState();
  if (typeof text !== 'string') return state;
  for (const part of text.slice(0, 300).split('|')) {
    const [key, value] = part.split('=', 2);
    if (key === 's') {
      const status = parseStatus(value);
      if (status) state.filter.status = status;
    } else if (key === 't' && isTrackFilter(value)) state.filter.track = value;
    else if (key === 'l' && isJurisdiction(value)) state.filter.law = value;
    else if (key === 'y' && isRequestType(value)) state.filter.type = value;
    else if (key === 'd') state.filter = withDue(state.filter, value);
    else if (key === 'p') state.page = parsePage(value) ?? 0;
  }
  return state;
}

/** The filters a select of the list sets. */
export type ListField = 'status' | 'track' | 'law' | 'type' | 'due';

/** What a select's value means for the filter: `any` opens it. */
export const ANY = 'any';

/**
 * The state after a select changed: its filter set (or opened with `any`), back on the first page.
 * Undefined for a value the select does not offer: then nothing changes.
 */
export function changeFilter(state: ListState, field: ListField, value: unknown): ListState | undefined {
  const filter: RegisterFilter = { ...state.filter };
  if (field === 'due') {
    if (value !== ANY && !DUE_CHOICES.includes(value as string)) return undefined;
    return { filter: withDue(filter, value), page: 0 };
  }
  if (value === ANY) delete filter[field];
  else if (field === 'status') {
    const status = parseStatus(value);
    if (!status) return undefined;
    filter.status = status;
  } else if (field === 'track') {
    if (!isTrackFilter(value)) return undefined;
    filter.track = value;
  } else if (field === 'law') {
    if (!isJurisdiction(value)) return undefined;
    filter.law = value;
  } else {
    if (!isRequestType(value)) return undefined;
    filter.type = value;
  }
  return { filter, page: 0 };
}
