/**
 * The request's status model (DSR-CONTRACT, "Status model inside the app"). Final states never
 * move; every change is appended to the history with its time, source and reason.
 */
export const REQUEST_STATUSES = [
  'queued',
  'delivered',
  'in_progress',
  'completed',
  'rejected',
  'cancelled',
  'failed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const FINAL_STATUSES: readonly RequestStatus[] = ['completed', 'rejected', 'cancelled', 'failed'];

export type ChangeSource = 'submit' | 'delivery' | 'poll' | 'callback' | 'admin' | 'user';

export interface HistoryEntry {
  status: RequestStatus;
  at: string;
  source: ChangeSource;
  reason?: string;
}

const MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  queued: ['delivered', 'rejected', 'cancelled', 'failed', 'in_progress', 'completed'],
  delivered: ['in_progress', 'completed', 'rejected', 'cancelled'],
  in_progress: ['completed', 'rejected', 'cancelled'],
  completed: [],
  rejected: [],
  cancelled: [],
  failed: [],
};

/**
 * A queued request jumps ahead only on the endpoint's word: its create timed out after it was
 * accepted. An answer to a delivery is never a refusal of the person's rights (a 400 is a failure).
 */
const ENDPOINT_ONLY_FROM_QUEUED: readonly RequestStatus[] = ['in_progress', 'completed', 'rejected'];

export function isFinal(status: RequestStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * A request can be cancelled while it is open, and also when it failed on the endpoint but went to
 * the DPO by email (after a 400 or a dead-letter): the DPO holds it, so the person may withdraw it.
 */
export function canBeCancelled(request: { status: RequestStatus; channel?: string }): boolean {
  return !isFinal(request.status) || (request.status === 'failed' && request.channel === 'email');
}

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function canMove(from: RequestStatus, to: RequestStatus, source: ChangeSource): boolean {
  if (!MOVES[from].includes(to)) return false;
  if (from === 'queued' && ENDPOINT_ONLY_FROM_QUEUED.includes(to))
    return source === 'poll' || source === 'callback';
  if (from === 'queued' && to === 'failed') return source === 'delivery';
  return true;
}

export interface Tracked {
  status: RequestStatus;
  history: HistoryEntry[];
}

export type Moved<T> = { ok: true; changed: boolean; value: T } | { ok: false; error: 'final' | 'illegal' };

/** Returns a new value (the input is not touched), unchanged when the status is already `to`. */
export function move<T extends Tracked>(
  request: T,
  to: RequestStatus,
  change: Omit<HistoryEntry, 'status'>,
): Moved<T> {
  if (request.status === to) return { ok: true, changed: false, value: request };
  const emailedCancel =
    to === 'cancelled' &&
    change.source === 'user' &&
    request.status === 'failed' &&
    canBeCancelled(request as { status: RequestStatus; channel?: string });
  if (isFinal(request.status) && !emailedCancel) return { ok: false, error: 'final' };
  if (!emailedCancel && !canMove(request.status, to, change.source)) return { ok: false, error: 'illegal' };
  const entry: HistoryEntry = {
    status: to,
    at: change.at,
    source: change.source,
    ...(change.reason ? { reason: change.reason } : {}),
  };
  return { ok: true, changed: true, value: { ...request, status: to, history: [...request.history, entry] } };
}
