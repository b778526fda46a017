/**
 * The notice each user sees about the edition in force: shown at login or at `/privacy` until
 * they say they have read it, at most once a day. Acknowledgements are one per user and edition.
 * Pure: the clock is passed in.
 */
import type { PolicyEdition } from './updates';
import { editionKey } from './updates';

/** A person's "I have read it", one per user and edition. */
export interface Acknowledgement extends PolicyEdition {
  schemaVersion: 1;
  userId: string;
  /** ISO time. */
  at: string;
}

/** When a user was last shown the notice of an edition (one per user and edition). */
export interface NoticeShown extends PolicyEdition {
  schemaVersion: 1;
  userId: string;
  firstAt: string;
  lastAt: string;
}

export const NOTICE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Whether the notice is shown now: not acknowledged, and not shown in the last day. */
export function noticeDue(input: {
  edition: PolicyEdition | undefined;
  acknowledged: boolean;
  shown: NoticeShown | undefined;
  now: Date;
}): boolean {
  if (!input.edition || input.acknowledged) return false;
  const shown =
    input.shown && editionKey(input.shown) === editionKey(input.edition) ? input.shown : undefined;
  if (!shown) return true;
  const last = Date.parse(shown.lastAt);
  return !Number.isFinite(last) || input.now.getTime() - last >= NOTICE_INTERVAL_MS;
}

/** The record of a notice shown now (keeps the first time it was shown). */
export function noticeShownNow(
  userId: string,
  edition: PolicyEdition,
  earlier: NoticeShown | undefined,
  now: Date,
): NoticeShown {
  const at = now.toISOString();
  return {
    schemaVersion: 1,
    userId,
    version: edition.version,
    effectiveDate: edition.effectiveDate,
    firstAt: earlier && editionKey(earlier) === editionKey(edition) ? earlier.firstAt : at,
    lastAt: at,
  };
}

export function acknowledgement(userId: string, edition: PolicyEdition, now: Date): Acknowledgement {
  return {
    schemaVersion: 1,
    userId,
    version: edition.version,
    effectiveDate: edition.effectiveDate,
    at: now.toISOString(),
  };
}

const isText = (v: unknown): v is string => typeof v === 'string';

export function parseAcknowledgement(raw: unknown): Acknowledgement | undefined {
  const r = raw as Partial<Acknowledgement> | undefined;
  if (!r || r.schemaVersion !== 1) return undefined;
  if (![r.userId, r.version, r.effectiveDate, r.at].every(isText)) return undefined;
  return r as Acknowledgement;
}

export function parseNoticeShown(raw: unknown): NoticeShown | undefined {
  const r = raw as Partial<NoticeShown> | undefined;
  if (!r || r.schemaVersion !== 1) return undefined;
  if (![r.userId, r.version, r.effectiveDate, r.firstAt, r.lastAt].every(isText)) return undefined;
  return r as NoticeShown;
}
