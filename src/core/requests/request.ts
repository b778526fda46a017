/** A data-subject request as the app stores it: small, one record per request. */
import type { Language } from '../i18n/languages';
import type { DataCategory } from '../policy/catalog';
import type { DeploymentType, DetectionSource } from '../policy/deployment';
import type { Jurisdiction } from '../policy/jurisdictions';
import type { HistoryEntry, RequestStatus } from './lifecycle';
import type { OperatorTrack } from './operatorMoves';
import type { Routing } from './routing';
import type { RequestType } from './types';

export interface DeliveryState {
  /** Failed attempts so far (transient errors only). */
  failures: number;
  /** When the outbox may try next (ISO). Absent once nothing is left to send. */
  nextAttemptAt?: string;
  firstFailureAt?: string;
  lastError?: string;
  /** Credentials were refused: waiting for the admins to change the settings. */
  authBlockedSince?: string;
  /** Time spent blocked on credentials, which does not count toward the 72 h. */
  pausedMs: number;
  expectedCompletionTime?: string;
  /** The user asked to cancel a request the vendor already has: the outbox sends the DELETE. */
  cancelRequested?: boolean;
  /** A create was sent (it may have been accepted without an answer): a cancel must reach the vendor. */
  createSent?: boolean;
}

/**
 * Who was told about the workspace track when the request was filed: the admins, else the DPO by
 * email, else nobody (then the person is asked to write to the DPO). What the texts say, truthfully.
 */
export interface WorkspaceNotice {
  told: 'admins' | 'dpo_email' | 'nobody';
  dpoEmail: string;
}

/**
 * A status move the person is owed a message about: recorded with `tell`, and no `told` event for
 * it yet. Folded from the events (core/requests/history), never stored on the request record.
 */
export interface OwedNotice {
  /** The event whose move is to be told. */
  event: string;
  status: RequestStatus;
}

/** An installed app a request is about, as the DSR contract's `apps` extension lists it. */
export interface RequestApp {
  id: string;
  name: string;
  version: string;
  author: string;
}

export interface PrivacyRequest {
  /** The subject_request_id: a lowercase UUIDv4, the idempotency key. */
  id: string;
  /** What people quote: short and unambiguous. */
  ref: string;
  userId: string;
  username: string;
  email: string;
  emailVerified: boolean;
  language: Language;
  jurisdiction: Jurisdiction;
  type: RequestType;
  categories: DataCategory[];
  details: string;
  /** Installed apps the request is about (absent on requests filed before the app directory). */
  apps?: RequestApp[];
  routing: Routing;
  deployment: { type: DeploymentType; detectedBy: DetectionSource };
  submittedAt: string;
  due?: string;
  acknowledgeBy?: string;
  status: RequestStatus;
  history: HistoryEntry[];
  delivery: DeliveryState;
  /** Absent on requests filed before the app recorded it, and on requests without a workspace track. */
  workspaceNotice?: WorkspaceNotice;
  /** How the vendor track was handed over: the endpoint, or email to the DPO. */
  channel: 'endpoint' | 'email' | 'none';
  /** The operator's part (the workspace track), folded from its `operator-moved` events; absent until one is. */
  operatorTrack?: OperatorTrack;
  /** Folded, never stored: a status move the person has not been told of yet (see OwedNotice). */
  owedNotice?: OwedNotice;
}

/** "PR-" and the first 8 hex digits of the id, upper case: what users type in `/privacy status`. */
export function referenceOf(id: string): string {
  return `PR-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** Accepts a reference or a full id as a user might type it. */
export function normalizeReference(input: string): string | undefined {
  const text = input.trim().toUpperCase();
  const match = /^(?:PR-?)?([0-9A-F]{8})(?:[0-9A-F-]*)$/.exec(text);
  return match ? `PR-${match[1]}` : undefined;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && UUID_V4.test(value);
}
