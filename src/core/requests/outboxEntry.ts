/**
 * One operation waiting in the outbox: what to do to which request, and when. Stored records are
 * parsed on read: an entry an older version wrote (`{id, dueAt, op?}`, an absent op meaning a
 * send) reads as today's; anything else does not parse and is left to the caller to log and drop.
 */
export const OUTBOX_SCHEMA = 1;

/** `tell`: a message the person is owed about a status move (see OwedNotice in request.ts). */
export type OutboxOp = 'send' | 'poll' | 'cancel' | 'tell';

export const OUTBOX_OPS: readonly OutboxOp[] = ['send', 'poll', 'cancel', 'tell'];

export interface OutboxEntry {
  v: typeof OUTBOX_SCHEMA;
  requestId: string;
  op: OutboxOp;
  /** When the operation is due (ISO). */
  dueAt: string;
  /** Attempts of this operation that did not get through so far (0: a first try). */
  attempts: number;
}

const isOp = (value: unknown): value is OutboxOp => OUTBOX_OPS.includes(value as OutboxOp);
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function parseOutboxEntry(value: unknown): OutboxEntry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (!isTime(record.dueAt)) return undefined;
  if (record.v === OUTBOX_SCHEMA) {
    if (typeof record.requestId !== 'string' || !isOp(record.op)) return undefined;
    const attempts = typeof record.attempts === 'number' && record.attempts >= 0 ? record.attempts : 0;
    return { v: OUTBOX_SCHEMA, requestId: record.requestId, op: record.op, dueAt: record.dueAt, attempts };
  }
  // Written by an older version: `{id, dueAt, op?}`.
  if (record.v !== undefined || typeof record.id !== 'string') return undefined;
  if (record.op !== undefined && !isOp(record.op)) return undefined;
  return {
    v: OUTBOX_SCHEMA,
    requestId: record.id,
    op: record.op ?? 'send',
    dueAt: record.dueAt,
    attempts: 0,
  };
}

export function outboxEntry(requestId: string, op: OutboxOp, dueAt: string, attempts = 0): OutboxEntry {
  return { v: OUTBOX_SCHEMA, requestId, op, dueAt, attempts };
}
