/**
 * Where requests live, as the use cases see it. A request is stored once, as filed; every later
 * change is an event of its own (core/requests/history) and the request is folded from them, so
 * no writer replaces another writer's change. Adapters: engine/adapters/persistence; in tests, an
 * in-memory store.
 */
import type { RecordOptions, RequestChange } from '../requests/history';
import type { PrivacyRequest } from '../requests/request';

export interface Recorded {
  /** The request as stored now, with every writer's events. */
  request: PrivacyRequest;
  /** One of this writer's events moved the status (so this writer tells the person, no other). */
  moved: boolean;
}

export interface RequestsStore {
  /** The request with its events folded in (one read). */
  find(id: string): Promise<PrivacyRequest | undefined>;
  findByReference(ref: string): Promise<PrivacyRequest[]>;
  /** A user's requests, newest first (one read). */
  ofUser(userId: string): Promise<PrivacyRequest[]>;
  /**
   * Every request of the workspace with its events, newest first (one read): the operator's console,
   * the due-date alerts and the export. Requests stored by builds before this register are not in it.
   */
  all(): Promise<PrivacyRequest[]>;
  /** Stores a request as filed: only its filer, before anyone else knows it. */
  create(request: PrivacyRequest): Promise<void>;
  /** Appends this writer's changes as events, then reads the request back. */
  record(request: Pick<PrivacyRequest, 'id' | 'ref' | 'userId'>, changes: RequestChange[]): Promise<Recorded>;
  /** Appends this writer's changes as events, without reading the request back (one round trip less). */
  append(request: Pick<PrivacyRequest, 'id' | 'ref' | 'userId'>, changes: RequestChange[]): Promise<void>;
  /** Records what a writer worked out from a copy it read earlier: only the differences. */
  recordChanges(next: PrivacyRequest, options?: RecordOptions): Promise<Recorded>;
}
