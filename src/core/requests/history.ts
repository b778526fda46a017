/**
 * A request's changes as an append-only history. The request record holds what was filed; every
 * later change (a status move, the outbox's delivery bookkeeping, a cancel the person asked for)
 * is an event record of its own, and the request's state is folded from the record and its events
 * here. So no writer can replace another writer's change: each writes only its own event.
 *
 * The fold is order-free: events are applied by (stamp, id), whatever order they were stored or
 * read in, and a final status, once reached, is never left (final states win).
 */
import { canBeCancelled, isFinal, move } from './lifecycle';
import type { ChangeSource, RequestStatus } from './lifecycle';
import type { OperatorMove } from './operatorMoves';
import { newOperatorTrack } from './operatorMoves';
import { applyOperatorMove } from './operatorTrack';
import type { DeliveryState, OwedNotice, PrivacyRequest, WorkspaceNotice } from './request';
import { parseRequestRecord } from './record';

/** Delivery fields the outbox keeps; the cancel and create flags are events of their own. */
type Bookkeeping = Omit<DeliveryState, 'cancelRequested' | 'createSent'>;
const BOOKKEEPING_FIELDS = [
  'failures',
  'nextAttemptAt',
  'firstFailureAt',
  'lastError',
  'authBlockedSince',
  'pausedMs',
  'expectedCompletionTime',
] as const satisfies ReadonlyArray<keyof Bookkeeping>;

export type RequestChange =
  /**
   * The status moved (poll, callback, delivery, the person's cancel, an operator). `tell`: the
   * person is owed a message about it until a `told` event names this event (events written before
   * this flag existed are never owed: their writers told the person as they went).
   */
  | { type: 'moved'; status: RequestStatus; at: string; source: ChangeSource; reason?: string; tell?: true }
  /** The person was told of the status move in event `event` (or cannot be: their user is gone). */
  | { type: 'told'; event: string }
  /** Delivery bookkeeping fields that changed (absent from `set` and named in `unset`: removed). */
  | { type: 'delivery'; set: Partial<Bookkeeping>; unset: Array<keyof Bookkeeping> }
  | { type: 'channel'; channel: PrivacyRequest['channel'] }
  /** The person asked to cancel: the outbox sends it on. */
  | { type: 'cancel-asked' }
  /** The vendor answered the cancel without cancelling (too late): no cancel is pending any more. */
  | { type: 'cancel-answered' }
  /** A create is going out: from here the vendor may hold the request, so a cancel must reach it. */
  | { type: 'create-sent' }
  /** Who was told of the workspace track (the admins, the DPO by e-mail, nobody). */
  | { type: 'operator-notice'; notice: WorkspaceNotice }
  /** A move on the operator's track (taken, extended, answered, withdrawn); a refused one is not applied. */
  | { type: 'operator-moved'; move: OperatorMove };

export const EVENT_KIND = 'request-event';
export const EVENT_SCHEMA = 1;

export interface RequestEvent {
  kind: typeof EVENT_KIND;
  v: typeof EVENT_SCHEMA;
  requestId: string;
  /** Unique: ties between equal stamps are broken by it. */
  eventId: string;
  /** When the event was written (ISO): the fold's order. */
  stamp: string;
  change: RequestChange;
}

export function isRequestEvent(value: unknown): value is RequestEvent {
  const v = value as Partial<RequestEvent> | null;
  return (
    !!v &&
    v.kind === EVENT_KIND &&
    typeof v.requestId === 'string' &&
    typeof v.eventId === 'string' &&
    typeof v.stamp === 'string' &&
    !!v.change &&
    typeof v.change.type === 'string'
  );
}

const byStampThenId = (a: RequestEvent, b: RequestEvent) =>
  a.stamp === b.stamp ? a.eventId.localeCompare(b.eventId) : a.stamp.localeCompare(b.stamp);

export interface Folded {
  request: PrivacyRequest;
  /** The events whose status move changed the request: the writer of one of these tells the person. */
  movedBy: Set<string>;
}

function withoutOwed(request: PrivacyRequest): PrivacyRequest {
  const copy = { ...request };
  delete copy.owedNotice;
  return copy;
}

/** The request as its record and events say it is. Pure; neither input is touched. */
export function foldHistory(base: PrivacyRequest, events: readonly RequestEvent[]): Folded {
  let request: PrivacyRequest = { ...base, delivery: { ...base.delivery } };
  const movedBy = new Set<string>();
  // The latest status move the person is to be told of; `told` events are matched by id, in any order.
  let owed: OwedNotice | undefined;
  const told = new Set<string>();
  for (const event of events.filter((e) => e.requestId === base.id).sort(byStampThenId)) {
    const change = event.change;
    switch (change.type) {
      case 'moved': {
        const moved = move(request, change.status, {
          at: change.at,
          source: change.source,
          ...(change.reason ? { reason: change.reason } : {}),
        });
        if (moved.ok && moved.changed) {
          request = moved.value;
          movedBy.add(event.eventId);
          if (change.tell) owed = { event: event.eventId, status: change.status };
        }
        break;
      }
      case 'told':
        told.add(change.event);
        break;
      case 'delivery': {
        const delivery = { ...request.delivery, ...change.set } as DeliveryState;
        for (const field of change.unset) delete delivery[field];
        request = { ...request, delivery };
        break;
      }
      case 'channel':
        request = { ...request, channel: change.channel };
        break;
      case 'cancel-asked':
        request = { ...request, delivery: { ...request.delivery, cancelRequested: true } };
        break;
      case 'cancel-answered':
        request = { ...request, delivery: { ...request.delivery, cancelRequested: false } };
        break;
      case 'create-sent':
        request = { ...request, delivery: { ...request.delivery, createSent: true } };
        break;
      case 'operator-notice':
        request = { ...request, workspaceNotice: change.notice };
        break;
      case 'operator-moved': {
        const moved = applyOperatorMove(request.operatorTrack ?? newOperatorTrack(), change.move, request);
        if (moved.ok) request = { ...request, operatorTrack: moved.track };
        break;
      }
    }
  }
  if (isFinal(request.status)) {
    // Nothing is left to send or cancel once a request is final (except withdrawing one the DPO holds by email).
    const delivery = {
      ...request.delivery,
      cancelRequested: request.delivery.cancelRequested && canBeCancelled(request),
    };
    delete delivery.nextAttemptAt;
    request = { ...request, delivery };
  }
  if (owed && !told.has(owed.event)) request = { ...request, owedNotice: owed };
  else if (request.owedNotice) request = withoutOwed(request);
  return { request, movedBy };
}

/**
 * Splits what one read by association returned: request records and their events. A record that
 * is neither (garbage, a newer schema) is skipped and handed to `skipped`, never cast.
 */
export function foldRecords(
  records: readonly unknown[],
  skipped: (record: unknown) => void = () => undefined,
): PrivacyRequest[] {
  const events = records.filter(isRequestEvent);
  const bases: PrivacyRequest[] = [];
  for (const record of records) {
    if (isRequestEvent(record)) continue;
    const base = parseRequestRecord(record);
    if (base) bases.push(base);
    else skipped(record);
  }
  return bases.map((base) => foldHistory(base, events).request);
}

const entryKey = (e: { status: string; at: string; source: string; reason?: string }) =>
  `${e.status}|${e.at}|${e.source}|${e.reason ?? ''}`;

/**
 * `tell`: the writer tells the person of the status moves it records (then records `told`); until
 * it does, the move is owed to the person. A writer whose move the person learns of otherwise (the
 * receipt of a request passed to the operator) leaves it out.
 */
export interface RecordOptions {
  tell?: boolean;
}

/**
 * What a writer changed, as events: `next` is the request it worked out from `current` (what it
 * read). Only its own changes are written; what others changed meanwhile is left to their events.
 */
export function changesBetween(
  current: PrivacyRequest,
  next: PrivacyRequest,
  options: RecordOptions = {},
): RequestChange[] {
  const changes: RequestChange[] = [];
  const known = new Set(current.history.map(entryKey));
  for (const entry of next.history) {
    if (known.has(entryKey(entry))) continue;
    changes.push({
      type: 'moved',
      status: entry.status,
      at: entry.at,
      source: entry.source,
      ...(entry.reason ? { reason: entry.reason } : {}),
      ...(options.tell ? { tell: true as const } : {}),
    });
  }
  const set: Partial<Bookkeeping> = {};
  const unset: Array<keyof Bookkeeping> = [];
  for (const field of BOOKKEEPING_FIELDS) {
    const before = current.delivery[field];
    const after = next.delivery[field];
    if (before === after) continue;
    if (after === undefined) unset.push(field);
    else Object.assign(set, { [field]: after });
  }
  if (unset.length > 0 || Object.keys(set).length > 0) changes.push({ type: 'delivery', set, unset });
  if (next.channel !== current.channel) changes.push({ type: 'channel', channel: next.channel });
  if (next.delivery.createSent && !current.delivery.createSent) changes.push({ type: 'create-sent' });
  if (
    next.workspaceNotice &&
    JSON.stringify(next.workspaceNotice) !== JSON.stringify(current.workspaceNotice)
  )
    changes.push({ type: 'operator-notice', notice: next.workspaceNotice });
  if (next.delivery.cancelRequested && !current.delivery.cancelRequested)
    changes.push({ type: 'cancel-asked' });
  const knownMoves = new Set((current.operatorTrack?.moves ?? []).map((m) => JSON.stringify(m)));
  for (const move of next.operatorTrack?.moves ?? [])
    if (!knownMoves.has(JSON.stringify(move))) changes.push({ type: 'operator-moved', move });
  return changes;
}

/**
 * Whether a create may have reached the vendor: one was sent, or an attempt is on record (older
 * requests, from before the create was marked). Such a request is cancelled at the vendor too.
 */
export function createAttempted(request: PrivacyRequest): boolean {
  const d = request.delivery;
  return (
    d.createSent === true ||
    d.failures > 0 ||
    d.lastError !== undefined ||
    d.authBlockedSince !== undefined ||
    request.history.some((h) => h.source === 'delivery')
  );
}
