/**
 * The order of the outbox's work. Each entry says what kind of work it waits for: a cancel the
 * person asked for, a delivery (send) or a status read (poll). One run handles a bounded batch:
 * cancels first, then deliveries, then status reads, each oldest due first, so new requests never
 * wait behind the hourly reads of many open ones. An entry without a kind (written by an older
 * version) counts as a delivery, so nothing it stands for waits longer than before.
 */
import type { PrivacyRequest } from './request';

export type OutboxOp = 'send' | 'poll' | 'cancel';

export interface DueWork {
  id: string;
  /** When the work is due (ISO). */
  dueAt: string;
  op?: OutboxOp;
}

const RANK: Record<OutboxOp, number> = { cancel: 0, send: 1, poll: 2 };

const rankOf = (entry: DueWork): number => RANK[entry.op as OutboxOp] ?? RANK.send;

/** The work a request waits for, as its outbox entry records it. */
export function workOf(request: Pick<PrivacyRequest, 'status' | 'delivery'>): OutboxOp {
  if (request.delivery.cancelRequested) return 'cancel';
  return request.status === 'queued' ? 'send' : 'poll';
}

/**
 * The entries due at `now`, in the order they are worked on, at most `limit` of them (one per
 * request: the earliest-ranked entry wins should one be listed twice). Entries with an unreadable
 * `dueAt` are left for later, as before.
 */
export function orderDueWork<T extends DueWork>(entries: readonly T[], now: Date, limit: number): T[] {
  const at = now.getTime();
  const due = entries
    .filter((e) => Date.parse(e.dueAt) <= at)
    .sort(
      (x, y) =>
        rankOf(x) - rankOf(y) ||
        Date.parse(x.dueAt) - Date.parse(y.dueAt) ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
  const seen = new Set<string>();
  const picked: T[] = [];
  for (const entry of due) {
    if (picked.length >= Math.max(0, limit)) break;
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    picked.push(entry);
  }
  return picked;
}
