/**
 * Where requests live. The request record holds what was filed; every later change is an event
 * record of its own (core/requests/history), carrying the request's associations plus its own
 * id, so one read by association returns a request with its events (or a user's requests with
 * theirs) and the pure core folds them. No writer replaces another writer's change: each only
 * adds its events. Outbox entries are hints pointing at requests that still need work (send, poll or cancel), spread
 * over 16 shards, so one read is a sixteenth of the open requests rather than all of them.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { randomBytes } from 'crypto';
import {
  changesBetween,
  EVENT_KIND,
  EVENT_SCHEMA,
  foldHistory,
  foldRecords,
} from '../../../core/requests/history';
import type { RequestChange, RequestEvent } from '../../../core/requests/history';
import { isFinal } from '../../../core/requests/lifecycle';
import { workOf } from '../../../core/requests/outboxOrder';
import type { OutboxOp } from '../../../core/requests/outboxOrder';
import type { PrivacyRequest } from '../../../core/requests/request';
import type { Key } from './records';
import { readRecords, removeRecords, writeRecord } from './records';

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
  /** What work: the job does cancels, then sends, then polls (absent, from older versions: a send). */
  op?: OutboxOp;
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

/** The request with its events folded in: one read. */
export async function findRequest(
  persistence: IPersistenceRead,
  id: string,
): Promise<PrivacyRequest | undefined> {
  return foldRecords(await readRecords<unknown>(persistence, [{ model: 'misc', id: `request:${id}` }]))[0];
}

export async function findByReference(persistence: IPersistenceRead, ref: string): Promise<PrivacyRequest[]> {
  return foldRecords(await readRecords<unknown>(persistence, [{ model: 'misc', id: `request-ref:${ref}` }]));
}

/** A user's requests with their events (one read), newest first. Bounded by the daily limit. */
export async function requestsOf(persistence: IPersistenceRead, userId: string): Promise<PrivacyRequest[]> {
  const found = foldRecords(
    await readRecords<unknown>(persistence, [{ model: 'misc', id: `requests-of:${userId}` }]),
  );
  return found.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

/**
 * Writes the request record as filed. Only the filer writes it (before anyone else knows the
 * request); every later change goes through `recordChanges` or `addEvents`.
 */
export async function saveRequest(persistence: IPersistence, request: PrivacyRequest): Promise<void> {
  await writeRecord(persistence, requestKey(request), request);
}

let lastStamp = 0;
/**
 * Stamps never repeat within this app instance: two writes in the same millisecond (a status read
 * landing right after another writer's) still fold in the order they were written here.
 */
function nextStamp(now: number): string {
  lastStamp = Math.max(now, lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

/**
 * Appends a writer's changes as events, stamped now, in the order given (one writer's ids sort in
 * the order written; between writers the stamp decides). Returns the new events' ids.
 * Stamped at the write, not when the writer started (a callback's status read takes a while), so
 * the fold's order is the order the events landed in; only two instances of a cluster writing within
 * the same millisecond can still each see their own move first, and then the person may be told twice, never lose a change.
 */
export async function addEvents(
  persistence: IPersistence,
  request: Pick<PrivacyRequest, 'id' | 'ref' | 'userId'>,
  changes: RequestChange[],
): Promise<string[]> {
  const stamp = nextStamp(Date.now());
  const writer = randomBytes(6).toString('hex');
  const ids: string[] = [];
  for (const [index, change] of changes.entries()) {
    const eventId = `${writer}-${String(index).padStart(3, '0')}`;
    const event: RequestEvent = {
      kind: EVENT_KIND,
      v: EVENT_SCHEMA,
      requestId: request.id,
      eventId,
      stamp,
      change,
    };
    await writeRecord(
      persistence,
      [...requestKey(request), { model: 'misc', id: `request-event:${eventId}` }],
      event,
    );
    ids.push(eventId);
  }
  return ids;
}

export interface Recorded {
  /** The request as stored now, with every writer's events. */
  request: PrivacyRequest;
  /** One of this writer's events moved the status (so this writer tells the person, no other). */
  moved: boolean;
}

/**
 * Records what a writer worked out (`next`, computed from a copy it read earlier) as events: only
 * the differences from the stored request, so changes made meanwhile by others are kept.
 */
export async function recordChanges(
  reader: IPersistenceRead,
  persistence: IPersistence,
  next: PrivacyRequest,
): Promise<Recorded> {
  const stored = (await findRequest(reader, next.id)) ?? next;
  const ids = await addEvents(persistence, next, changesBetween(stored, next));
  if (ids.length === 0) return { request: stored, moved: false };
  return readBack(reader, next.id, ids, stored);
}

/** Re-reads a request after adding events, and says whether those events moved its status. */
export async function readBack(
  reader: IPersistenceRead,
  id: string,
  ids: string[],
  fallback: PrivacyRequest,
): Promise<Recorded> {
  const records = await readRecords<unknown>(reader, [{ model: 'misc', id: `request:${id}` }]);
  const base = records.find((r) => (r as { kind?: string } | null)?.kind !== EVENT_KIND) as
    | PrivacyRequest
    | undefined;
  if (!base) return { request: fallback, moved: false };
  const events = records.filter(
    (r): r is RequestEvent => (r as { kind?: string } | null)?.kind === EVENT_KIND,
  );
  const folded = foldHistory(base, events);
  return { request: folded.request, moved: ids.some((eventId) => folded.movedBy.has(eventId)) };
}

/** Written before the request itself: an entry without a request is dropped by the job, never the reverse. */
export async function scheduleWork(
  persistence: IPersistence,
  id: string,
  dueAt: string,
  op: OutboxOp,
): Promise<void> {
  await writeRecord<OutboxEntry>(persistence, outboxKey(id), { id, dueAt, op });
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
 * Records what a job worked out (as events), then plans the request's next work from the request
 * as stored: none once it is final, at once for a pending cancel, the next delivery attempt while
 * queued, else the next status read. A cancel the person asked for meanwhile is kept: it is an
 * event of its own that this writer does not touch.
 */
export async function recordAndPlan(
  reader: IPersistenceRead,
  persistence: IPersistence,
  next: PrivacyRequest,
  now: Date,
): Promise<Recorded> {
  const recorded = await recordChanges(reader, persistence, next);
  await planWork(persistence, recorded.request, now);
  return recorded;
}

/** Plans a stored request's next work (see recordAndPlan). */
export async function planWork(persistence: IPersistence, saved: PrivacyRequest, now: Date): Promise<void> {
  if (isFinal(saved.status)) {
    await clearWork(persistence, saved.id);
  } else {
    const dueAt = saved.delivery.cancelRequested
      ? now.toISOString()
      : saved.status === 'queued'
        ? (saved.delivery.nextAttemptAt ?? now.toISOString())
        : new Date(now.getTime() + POLL_INTERVAL_MS).toISOString();
    await scheduleWork(persistence, saved.id, dueAt, workOf(saved));
  }
}
