/**
 * The app's small working records (leases and claims, the daily limit's claims, accepted
 * callbacks, alerts already given, open request modals), each with a schema version, parsed on
 * read: what does not parse reads as absent, never cast.
 */
import type { Jurisdiction } from '../policy/jurisdictions';
import { isJurisdiction } from '../policy/jurisdictions';
import type { RequestType } from '../requests/types';
import { isRequestType } from '../requests/types';
import type { Fields } from './schema';
import { isText, parseVersioned } from './schema';

export const WORK_RECORD_VERSION = 1;

const parse = <T>(raw: unknown, fields: (f: Fields) => T | undefined) =>
  parseVersioned(raw, WORK_RECORD_VERSION, fields);

/** A lease or a claim: who holds it, until when (ISO). */
export interface Held {
  holder: string;
  until: string;
}

export const parseHeld = (raw: unknown): Held | undefined =>
  parse(raw, (f) => (isText(f.holder) && isText(f.until) ? { holder: f.holder, until: f.until } : undefined));

/** One slot of a person's daily limit, claimed by one request (when, ISO). */
export interface DailyClaimRecord {
  requestId: string;
  at: string;
}

export const parseDailyClaim = (raw: unknown): DailyClaimRecord | undefined =>
  parse(raw, (f) => (isText(f.requestId) && isText(f.at) ? { requestId: f.requestId, at: f.at } : undefined));

/** A callback already accepted, until its signature is stale (ISO). */
export interface SeenCallback {
  fingerprint: string;
  until: string;
}

export const parseSeenCallback = (raw: unknown): SeenCallback | undefined =>
  parse(raw, (f) =>
    isText(f.fingerprint) && isText(f.until) ? { fingerprint: f.fingerprint, until: f.until } : undefined,
  );

/** An alert given to the admins, about which problem (absent: the alert has no detail). */
export interface AlertGiven {
  problem?: string;
}

export const parseAlertGiven = (raw: unknown): AlertGiven | undefined =>
  parse(raw, (f) =>
    f.problem === undefined || isText(f.problem)
      ? isText(f.problem)
        ? { problem: f.problem }
        : {}
      : undefined,
  );

/** An open request modal: its request id (issued when it opened), the law and type picked. */
export interface RequestDraft {
  requestId: string;
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** An app chosen from the app directory before the modal opened. */
  appId?: string;
  /** How often the modal was rebuilt; names its categories field (see categoriesIds). */
  revision?: number;
  /** When the modal was opened or last rebuilt: the oldest drafts go first. */
  savedAt?: string;
}

export const parseDraft = (raw: unknown): RequestDraft | undefined =>
  parse(raw, (f) => {
    if (!isText(f.requestId) || !isJurisdiction(f.jurisdiction) || !isRequestType(f.type)) return undefined;
    if (f.appId !== undefined && !isText(f.appId)) return undefined;
    if (f.revision !== undefined && !(Number.isInteger(f.revision) && (f.revision as number) >= 0))
      return undefined;
    return {
      requestId: f.requestId,
      jurisdiction: f.jurisdiction,
      type: f.type,
      ...(isText(f.appId) ? { appId: f.appId } : {}),
      ...(typeof f.revision === 'number' ? { revision: f.revision } : {}),
      ...(isText(f.savedAt) ? { savedAt: f.savedAt } : {}),
    };
  });
