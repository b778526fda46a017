/**
 * The order of the outbox's work. One run handles a bounded batch: messages owed to people first
 * (cheap, and the longest overdue), then cancels, then deliveries,
 * then status reads, each oldest due first, so new requests never wait behind the hourly reads of
 * many open ones.
 */
import type { OutboxEntry, OutboxOp } from './outboxEntry';

export type { OutboxOp } from './outboxEntry';

export type DueWork = Pick<OutboxEntry, 'requestId' | 'dueAt' | 'op'>;

const RANK: Record<OutboxOp, number> = { tell: -1, cancel: 0, send: 1, poll: 2 };

/**
 * The entries due at `now`, in the order they are worked on, at most `limit` of them (one per
 * request: the earliest-ranked entry wins should one be listed twice).
 */
export function orderDueWork<T extends DueWork>(entries: readonly T[], now: Date, limit: number): T[] {
  const at = now.getTime();
  const due = entries
    .filter((e) => Date.parse(e.dueAt) <= at)
    .sort(
      (x, y) =>
        RANK[x.op] - RANK[y.op] ||
        Date.parse(x.dueAt) - Date.parse(y.dueAt) ||
        (x.requestId < y.requestId ? -1 : x.requestId > y.requestId ? 1 : 0),
    );
  const seen = new Set<string>();
  const picked: T[] = [];
  for (const entry of due) {
    if (picked.length >= Math.max(0, limit)) break;
    if (seen.has(entry.requestId)) continue;
    seen.add(entry.requestId);
    picked.push(entry);
  }
  return picked;
}
