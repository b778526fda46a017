/**
 * What the app itself stores about one person (`/privacy mydata`), and what of it they can delete.
 * Pure: the records come in as read (one read of everything kept under the person's id, one of
 * their requests), the clock is passed in.
 *
 * What can go, and why the rest stays:
 * - request modals not sent (drafts), the remembered law, the app directory's filter, and when the
 *   policy notice was last shown: conveniences, nothing an open request needs. A draft whose
 *   request was filed meanwhile (a submit in flight) stays.
 * - daily-limit claims older than a day: they no longer count; younger ones keep the limit honest.
 * - kept: requests (the record of how the workspace answered the person, needed while one is open
 *   and afterwards reduced and deleted by the retention settings), and policy acknowledgements
 *   (the person's own record that they were informed, which the workspace may have to show).
 */
import type { Jurisdiction } from '../policy/jurisdictions';
import type { Acknowledgement, NoticeShown } from '../policyUpdates/notice';
import { parseAcknowledgement, parseNoticeShown } from '../policyUpdates/notice';
import { parsePreferences } from '../records/appRecords';
import { isFields } from '../records/schema';
import type { DailyClaimRecord, RequestDraft } from '../records/workRecords';
import { parseDailyClaim, parseDraft } from '../records/workRecords';
import { DAY_MS } from '../requests/dailyLimit';
import type { RequestStatus } from '../requests/lifecycle';
import { isFinal } from '../requests/lifecycle';

/** A request as `mydata` shows it: reference, type, law, state, dates, what the person wrote. */
export interface StoredRequest {
  id: string;
  ref: string;
  type: string;
  jurisdiction: Jurisdiction;
  status: RequestStatus;
  submittedAt: string;
  due?: string;
  details: string;
  email: string;
}

/** The records kept under the person's id, sorted by kind. */
export interface PersonRecords {
  drafts: RequestDraft[];
  jurisdiction?: Jurisdiction;
  appsFilter?: { query?: string; category?: string };
  acknowledgements: Acknowledgement[];
  noticesShown: NoticeShown[];
  claims: DailyClaimRecord[];
}

export interface MyData<R extends StoredRequest = StoredRequest> extends PersonRecords {
  requests: R[];
}

const has = (raw: object, key: string) => Object.prototype.hasOwnProperty.call(raw, key);

/**
 * Sorts the records of one read by the person's id. Records carry no kind, so each is told by its
 * shape, the most specific first; what fits none (another version's) is left out, not guessed.
 */
export function sortPersonRecords(raws: readonly unknown[]): PersonRecords {
  const sorted: PersonRecords = { drafts: [], acknowledgements: [], noticesShown: [], claims: [] };
  for (const raw of raws) {
    if (!isFields(raw)) continue;
    const ack = parseAcknowledgement(raw);
    if (ack) {
      sorted.acknowledgements.push(ack);
      continue;
    }
    const shown = has(raw, 'firstAt') ? parseNoticeShown(raw) : undefined;
    if (shown) {
      sorted.noticesShown.push(shown);
      continue;
    }
    const draft = has(raw, 'type') ? parseDraft(raw) : undefined;
    if (draft) {
      sorted.drafts.push(draft);
      continue;
    }
    const claim = has(raw, 'requestId') ? parseDailyClaim(raw) : undefined;
    if (claim) {
      sorted.claims.push(claim);
      continue;
    }
    if (has(raw, 'query') || has(raw, 'category')) {
      const { query, category } = raw;
      sorted.appsFilter = {
        ...(typeof query === 'string' && query ? { query } : {}),
        ...(typeof category === 'string' ? { category } : {}),
      };
      continue;
    }
    if (has(raw, 'jurisdiction')) {
      const jurisdiction = parsePreferences(raw)?.jurisdiction;
      if (jurisdiction) sorted.jurisdiction = jurisdiction;
    }
  }
  return sorted;
}

export interface Deletable {
  drafts: RequestDraft[];
  jurisdiction: boolean;
  appsFilter: boolean;
  noticesShown: NoticeShown[];
  claims: DailyClaimRecord[];
}

export interface Kept {
  openRequests: number;
  finishedRequests: number;
  acknowledgements: number;
  /** Claims that still count toward the daily limit, or belong to an open request. */
  claims: number;
}

export interface DeletionPlan {
  deletable: Deletable;
  kept: Kept;
}

export function isEmpty(d: Deletable): boolean {
  return (
    d.drafts.length === 0 &&
    !d.jurisdiction &&
    !d.appsFilter &&
    d.noticesShown.length === 0 &&
    d.claims.length === 0
  );
}

/** What the person can delete now, and what stays (never anything an open request needs). */
export function whatCanBeDeleted(data: MyData, now: Date): DeletionPlan {
  const filed = new Set(data.requests.map((r) => r.id));
  const open = new Set(data.requests.filter((r) => !isFinal(r.status)).map((r) => r.id));
  const since = now.getTime() - DAY_MS;
  const claimGoes = (c: DailyClaimRecord) => {
    const at = Date.parse(c.at);
    return Number.isFinite(at) && at < since && !open.has(c.requestId);
  };
  const claims = data.claims.filter(claimGoes);
  return {
    deletable: {
      drafts: data.drafts.filter((d) => !filed.has(d.requestId)),
      jurisdiction: data.jurisdiction !== undefined,
      appsFilter: data.appsFilter !== undefined,
      noticesShown: data.noticesShown,
      claims,
    },
    kept: {
      openRequests: open.size,
      finishedRequests: data.requests.length - open.size,
      acknowledgements: data.acknowledgements.length,
      claims: data.claims.length - claims.length,
    },
  };
}
