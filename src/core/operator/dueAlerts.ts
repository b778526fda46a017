/**
 * Which requests the admins are reminded of each day: those whose operator track (the part this
 * workspace must answer) is not closed and whose due date has passed or comes within the days the
 * setting names. Only what a room may read: reference, law, type and due date. Pure.
 */
import type { Jurisdiction } from '../policy/jurisdictions';
import { isFinalOperatorState } from '../requests/operatorMoves';
import type { PrivacyRequest } from '../requests/request';
import type { RequestType } from '../requests/types';
import { dueOf } from './tracks';

export interface DueItem {
  id: string;
  ref: string;
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** The operator track's due date (ISO): after an extension, the extended one. */
  due: string;
}

export interface DueAlert {
  /** The setting's window, in days. */
  days: number;
  overdue: DueItem[];
  dueSoon: DueItem[];
}

const DAY_MS = 86_400_000;

/** A request this workspace must still answer: it has an operator track, open, and the person did not cancel. */
export function awaitsOperator(request: PrivacyRequest): boolean {
  if (!request.routing.workspace || request.status === 'cancelled') return false;
  return !isFinalOperatorState(request.operatorTrack?.state ?? 'new');
}

export function dueForAlert(requests: readonly PrivacyRequest[], now: Date, days: number): DueAlert {
  const alert: DueAlert = { days, overdue: [], dueSoon: [] };
  const horizon = now.getTime() + days * DAY_MS;
  for (const request of requests) {
    const due = dueOf(request);
    const at = due ? Date.parse(due) : NaN;
    if (!due || Number.isNaN(at) || !awaitsOperator(request)) continue;
    const item: DueItem = {
      id: request.id,
      ref: request.ref,
      jurisdiction: request.jurisdiction,
      type: request.type,
      due,
    };
    if (at < now.getTime()) alert.overdue.push(item);
    else if (at <= horizon) alert.dueSoon.push(item);
  }
  const byDue = (a: DueItem, b: DueItem) => Date.parse(a.due) - Date.parse(b.due);
  alert.overdue.sort(byDue);
  alert.dueSoon.sort(byDue);
  return alert;
}

/** The alerts' day is the UTC day: a request is named at most once until the next one starts. */
export function nextAlertDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

export const isEmptyAlert = (alert: DueAlert): boolean =>
  alert.overdue.length === 0 && alert.dueSoon.length === 0;
