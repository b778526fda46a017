/**
 * Where requests live. The request record holds what was filed; every later change is an event
 * record of its own (core/requests/history), carrying the request's associations plus its own
 * id, so one read by association returns a request with its events (or a user's requests with
 * theirs) and the pure core folds them. No writer replaces another writer's change: each only
 * adds its events. Request records carry a schema version and are parsed on read: a record that
 * does not parse is skipped and logged (`skipped`), never cast.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { randomBytes } from 'crypto';
import {
  changesBetween,
  EVENT_KIND,
  EVENT_SCHEMA,
  foldHistory,
  foldRecords,
  isRequestEvent,
} from '../../../core/requests/history';
import type { RecordOptions, RequestChange, RequestEvent } from '../../../core/requests/history';
import type { PrivacyRequest } from '../../../core/requests/request';
import { parseRequestRecord, storedRequest } from '../../../core/requests/record';
import type { Key } from './records';
import { readRecords, writeRecord } from './records';

const requestKey = (request: Pick<PrivacyRequest, 'id' | 'ref' | 'userId'>): Key => [
  { model: 'misc', id: `request:${request.id}` },
  { model: 'misc', id: `request-ref:${request.ref}` },
  { model: 'misc', id: `requests-of:${request.userId}` },
  { model: 'misc', id: ALL_REQUESTS },
];

/** Every request record and event carries it: the console's one read of the whole register. */
const ALL_REQUESTS = 'requests-all';

/** Where a record that is not a request (garbage, a newer schema) is reported; its content is not logged. */
export type SkipLog = { warn(...items: unknown[]): void };

async function readFolded(persistence: IPersistenceRead, id: string, log?: SkipLog) {
  const records = await readRecords(persistence, [{ model: 'misc', id }]);
  return foldRecords(records, () => log?.warn(`a stored record under ${id} is not a request: skipped`));
}

/** The request with its events folded in: one read. */
export async function findRequest(
  persistence: IPersistenceRead,
  id: string,
  log?: SkipLog,
): Promise<PrivacyRequest | undefined> {
  return (await readFolded(persistence, `request:${id}`, log))[0];
}

export async function findByReference(
  persistence: IPersistenceRead,
  ref: string,
  log?: SkipLog,
): Promise<PrivacyRequest[]> {
  return readFolded(persistence, `request-ref:${ref}`, log);
}

/** A user's requests with their events (one read), newest first. Bounded by the daily limit. */
export async function requestsOf(
  persistence: IPersistenceRead,
  userId: string,
  log?: SkipLog,
): Promise<PrivacyRequest[]> {
  const found = await readFolded(persistence, `requests-of:${userId}`, log);
  return found.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

/** Every request with its events (one read), newest first. */
export async function allRequests(persistence: IPersistenceRead, log?: SkipLog): Promise<PrivacyRequest[]> {
  const found = await readFolded(persistence, ALL_REQUESTS, log);
  return found.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

/**
 * Writes the request record as filed. Only the filer writes it (before anyone else knows the
 * request); every later change goes through `recordChanges` or `addEvents`.
 */
export async function saveRequest(persistence: IPersistence, request: PrivacyRequest): Promise<void> {
  await writeRecord(persistence, requestKey(request), storedRequest(request));
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
  options: RecordOptions = {},
): Promise<Recorded> {
  const stored = (await findRequest(reader, next.id)) ?? next;
  const ids = await addEvents(persistence, next, changesBetween(stored, next, options));
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
  return (await readBackFound(reader, id, ids)) ?? { request: fallback, moved: false };
}

/** As `readBack`; undefined when the request's record is not there (or does not parse). */
export async function readBackFound(
  reader: IPersistenceRead,
  id: string,
  ids: string[],
): Promise<Recorded | undefined> {
  const records = await readRecords(reader, [{ model: 'misc', id: `request:${id}` }]);
  const events = records.filter(isRequestEvent);
  const base = records.map(parseRequestRecord).find((r) => r !== undefined);
  if (!base) return undefined;
  const folded = foldHistory(base, events);
  return { request: folded.request, moved: ids.some((eventId) => folded.movedBy.has(eventId)) };
}
