/**
 * The outbox's one planner: what a request needs next, decided from the request as stored, what
 * just happened to it, and the time. Every writer that changes a request (a delivery, a status
 * answer, a cancel, the person asking to cancel) plans through here; the outbox run asks it again
 * when an operation comes due, because the request may have moved since the entry was written.
 * Back-off timing stays in backoff.ts (it is part of the request's delivery state).
 */
import { canBeCancelled, isFinal } from './lifecycle';
import type { OutboxEntry, OutboxOp } from './outboxEntry';
import { outboxEntry } from './outboxEntry';
import type { PrivacyRequest } from './request';

/** How often an open request's status is read when the endpoint cannot call back. */
export const POLL_INTERVAL_MS = 60 * 60_000;
/** A failed operation (an error, an unsent cancel) is tried again this much later. */
export const RETRY_SOON_MS = 5 * 60_000;

/**
 * A message owed after a status move is left to the move's writer this long (it is telling the
 * person right now); then the outbox tells it. After a crash, the entry that was due stays due.
 */
export const TELL_GRACE_MS = 60_000;

type Planned = Pick<PrivacyRequest, 'id' | 'status' | 'channel' | 'routing' | 'delivery' | 'owedNotice'>;

/** What happened, as far as planning is concerned. */
export type Happened =
  /** A change was recorded (or nothing at all happened): plan from the request as stored. */
  | { kind: 'recorded' }
  /** The operation threw: the same work again soon, never lost. */
  | { kind: 'failed'; attempts: number }
  /** A status read got no usable answer, or no endpoint is set: read again later. */
  | { kind: 'unanswered'; attempts: number }
  /** A cancel did not get through (the DPO's e-mail or the DELETE): again soon, or later without an endpoint. */
  | { kind: 'cancel-pending'; attempts: number; endpoint: boolean };

/**
 * The work a request needs now, or none (the entry is dropped). A message the person is owed comes
 * first (even about a final request), then a cancel the person asked for.
 */
export function workNow(request: Planned | undefined): OutboxOp | undefined {
  if (!request) return undefined;
  if (request.owedNotice) return 'tell';
  if (request.delivery.cancelRequested && canBeCancelled(request)) return 'cancel';
  if (isFinal(request.status) || !request.routing.vendor) return undefined;
  if (request.status === 'queued') return 'send';
  // Handed over by e-mail: the DPO has it, there is nothing to read at the endpoint.
  return request.channel === 'email' ? undefined : 'poll';
}

const after = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/** The request's next outbox entry, or none (its entry is removed). */
export function nextWork(request: Planned, happened: Happened, now: Date): OutboxEntry | undefined {
  const op = workNow(request);
  if (!op) return undefined;
  switch (happened.kind) {
    case 'failed':
      return outboxEntry(request.id, op, after(now, RETRY_SOON_MS), happened.attempts + 1);
    case 'unanswered':
      if (op !== 'poll') return nextWork(request, { kind: 'recorded' }, now);
      return outboxEntry(request.id, 'poll', after(now, POLL_INTERVAL_MS), happened.attempts + 1);
    case 'cancel-pending': {
      const wait = happened.endpoint ? RETRY_SOON_MS : POLL_INTERVAL_MS;
      return outboxEntry(request.id, op, after(now, wait), happened.attempts + 1);
    }
    case 'recorded':
      if (op === 'tell') return outboxEntry(request.id, 'tell', after(now, TELL_GRACE_MS));
      if (op === 'cancel') return outboxEntry(request.id, 'cancel', now.toISOString());
      if (op === 'send')
        return outboxEntry(request.id, 'send', request.delivery.nextAttemptAt ?? now.toISOString());
      return outboxEntry(request.id, 'poll', after(now, POLL_INTERVAL_MS));
  }
}
