/**
 * Where requests live. The request record is the truth and is always written whole under the
 * same associations, so one update is one atomic write: a crash leaves it old or new.
 * Outbox entries are hints pointing at requests that still need work (send or poll), spread
 * over 16 shards, so one read is a sixteenth of the open requests rather than all of them.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { isFinal } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import type { Key } from '../gateways/records';
import { readRecords, removeRecords, writeRecord } from '../gateways/records';

export const OUTBOX_SHARDS = 16;

const requestKey = (request: Pick<PrivacyRequest, 'id' | 'ref' | 'userId'>): Key => [
  { model: 'misc', id: `request:${request.id}` },
  { model: 'misc', id: `request-ref:${request.ref}` },
  { model: 'misc', id: `requests-of:${request.userId}` },
];

export interface OutboxEntry {
  id: string;
  /** When the request next needs work (ISO). */
  dueAt: string;
}

export function shardOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % OUTBOX_SHARDS;
}

const outboxKey = (id: string): Key => [
  { model: 'misc', id: `outbox-shard:${shardOf(id)}` },
  { model: 'misc', id: `outbox:${id}` },
];

export async function findRequest(
  persistence: IPersistenceRead,
  id: string,
): Promise<PrivacyRequest | undefined> {
  const found = await readRecords<PrivacyRequest>(persistence, [{ model: 'misc', id: `request:${id}` }]);
  return found[0];
}

export async function findByReference(persistence: IPersistenceRead, ref: string): Promise<PrivacyRequest[]> {
  return readRecords<PrivacyRequest>(persistence, [{ model: 'misc', id: `request-ref:${ref}` }]);
}

/** A user's requests, newest first. Bounded in practice by the per-user daily limit. */
export async function requestsOf(persistence: IPersistenceRead, userId: string): Promise<PrivacyRequest[]> {
  const found = await readRecords<PrivacyRequest>(persistence, [
    { model: 'misc', id: `requests-of:${userId}` },
  ]);
  return found.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

export async function saveRequest(persistence: IPersistence, request: PrivacyRequest): Promise<void> {
  await writeRecord(persistence, requestKey(request), request);
}

/** Written before the request itself: an entry without a request is dropped by the job, never the reverse. */
export async function scheduleWork(persistence: IPersistence, id: string, dueAt: string): Promise<void> {
  await writeRecord<OutboxEntry>(persistence, outboxKey(id), { id, dueAt });
}

export async function clearWork(persistence: IPersistence, id: string): Promise<void> {
  await removeRecords(persistence, outboxKey(id));
}

export async function outboxShard(persistence: IPersistenceRead, shard: number): Promise<OutboxEntry[]> {
  return readRecords<OutboxEntry>(persistence, [{ model: 'misc', id: `outbox-shard:${shard}` }]);
}

/** How often an open request's status is read when the endpoint cannot call back. */
export const POLL_INTERVAL_MS = 60 * 60_000;

/**
 * Saves what a job worked out, then plans the request's next work: none once it is final, at
 * once for a pending cancel, the next delivery attempt while queued, else the next status read.
 * A cancel the user asked for meanwhile is kept (the cancel command writes the flag while a run
 * may be holding an older copy of the request).
 */
export async function saveAndPlan(
  reader: IPersistenceRead,
  persistence: IPersistence,
  next: PrivacyRequest,
  now: Date,
): Promise<PrivacyRequest> {
  const fresh = await findRequest(reader, next.id);
  const cancelPending = fresh?.delivery.cancelRequested === true && next.delivery.cancelRequested !== true;
  const saved = cancelPending ? { ...next, delivery: { ...next.delivery, cancelRequested: true } } : next;
  await saveRequest(persistence, saved);
  if (isFinal(saved.status)) {
    await clearWork(persistence, saved.id);
  } else {
    const dueAt = saved.delivery.cancelRequested
      ? now.toISOString()
      : saved.status === 'queued'
        ? (saved.delivery.nextAttemptAt ?? now.toISOString())
        : new Date(now.getTime() + POLL_INTERVAL_MS).toISOString();
    await scheduleWork(persistence, saved.id, dueAt);
  }
  return saved;
}
