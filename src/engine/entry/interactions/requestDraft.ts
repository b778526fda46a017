/**
 * The request modals a person has open: each one's request id (issued when it opened), the law
 * and type picked (the selects report changes one at a time) and how often it was rebuilt. One
 * record per modal, so a second tab (or "File a request" from the app directory) does not void
 * the first; the newest few are kept. A submit is accepted only for a view this user opened and
 * has not sent yet.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import type { RequestType } from '../../../core/requests/types';
import type { Key } from '../../adapters/persistence/records';
import { readRecords, removeRecords, writeRecord } from '../../adapters/persistence/records';

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

/** Open modals kept per person: a submit of an older one is refused as not opened. */
export const MAX_DRAFTS = 5;

const draftsOf = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'request-draft' },
];
const draftKey = (userId: string, requestId: string): Key => [
  ...draftsOf(userId),
  { model: 'misc', id: `request-draft:${requestId}` },
];

/** All of the person's drafts (one left by an earlier version, keyed per user only, included). */
const draftsRead = (persistence: IPersistenceRead, userId: string) =>
  readRecords<RequestDraft>(persistence, draftsOf(userId));

export async function readDraft(
  persistence: IPersistenceRead,
  userId: string,
  requestId: string,
): Promise<RequestDraft | undefined> {
  return (await draftsRead(persistence, userId)).find((d) => d?.requestId === requestId);
}

export async function saveDraft(
  reader: IPersistenceRead,
  persistence: IPersistence,
  userId: string,
  draft: RequestDraft,
  now: Date = new Date(),
): Promise<void> {
  await writeRecord(persistence, draftKey(userId, draft.requestId), { ...draft, savedAt: now.toISOString() });
  const others = (await draftsRead(reader, userId))
    .filter((d) => d?.requestId && d.requestId !== draft.requestId)
    .sort((a, b) => (a.savedAt ?? '').localeCompare(b.savedAt ?? ''));
  for (const old of others.slice(0, Math.max(0, others.length - (MAX_DRAFTS - 1))))
    await removeRecords(persistence, draftKey(userId, old.requestId));
}

export async function dropDraft(persistence: IPersistence, userId: string, requestId: string): Promise<void> {
  await removeRecords(persistence, draftKey(userId, requestId));
}
