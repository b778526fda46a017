/**
 * The request modals a person has open: each one's request id (issued when it opened), the law
 * and type picked (the selects report changes one at a time) and how often it was rebuilt. One
 * record per modal, so a second tab (or "File a request" from the app directory) does not void
 * the first; the newest few are kept. A submit is accepted only for a view this user opened and
 * has not sent yet.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { versioned } from '../../../core/records/schema';
import type { RequestDraft } from '../../../core/records/workRecords';
import { parseDraft, WORK_RECORD_VERSION } from '../../../core/records/workRecords';
import type { Key } from '../../adapters/persistence/records';
import { readRecords, removeRecords, writeRecord } from '../../adapters/persistence/records';

export type { RequestDraft };

/** Open modals kept per person: a submit of an older one is refused as not opened. */
export const MAX_DRAFTS = 5;

const draftsOf = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'request-draft' },
];
export const draftKey = (userId: string, requestId: string): Key => [
  ...draftsOf(userId),
  { model: 'misc', id: `request-draft:${requestId}` },
];

/** All of the person's drafts (one left by an earlier version, keyed per user only, included). */
const draftsRead = async (persistence: IPersistenceRead, userId: string): Promise<RequestDraft[]> =>
  (await readRecords(persistence, draftsOf(userId))).flatMap((raw) => parseDraft(raw) ?? []);

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
  await writeRecord(
    persistence,
    draftKey(userId, draft.requestId),
    versioned({ ...draft, savedAt: now.toISOString() }, WORK_RECORD_VERSION),
  );
  const others = (await draftsRead(reader, userId))
    .filter((d) => d?.requestId && d.requestId !== draft.requestId)
    .sort((a, b) => (a.savedAt ?? '').localeCompare(b.savedAt ?? ''));
  for (const old of others.slice(0, Math.max(0, others.length - (MAX_DRAFTS - 1))))
    await removeRecords(persistence, draftKey(userId, old.requestId));
}

export async function dropDraft(persistence: IPersistence, userId: string, requestId: string): Promise<void> {
  await removeRecords(persistence, draftKey(userId, requestId));
}
