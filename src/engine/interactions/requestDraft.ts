/**
 * The request modal a person has open: its request id (issued when it opened), the law and type
 * picked (the selects report changes one at a time) and how often it was rebuilt. One per user:
 * a submit is accepted only for the view this user opened last and has not sent yet.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Jurisdiction } from '../../core/policy/jurisdictions';
import type { RequestType } from '../../core/requests/types';
import type { Key } from '../gateways/records';
import { readRecord, removeRecords, writeRecord } from '../gateways/records';

export interface RequestDraft {
  requestId: string;
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** An app chosen from the app directory before the modal opened. */
  appId?: string;
  /** How often the modal was rebuilt; names its categories field (see categoriesIds). */
  revision?: number;
}

const keyOf = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'request-draft' },
];

export async function readDraft(
  persistence: IPersistenceRead,
  userId: string,
  requestId: string,
): Promise<RequestDraft | undefined> {
  const draft = await readRecord<RequestDraft>(persistence, keyOf(userId));
  return draft?.requestId === requestId ? draft : undefined;
}

export async function saveDraft(
  persistence: IPersistence,
  userId: string,
  draft: RequestDraft,
): Promise<void> {
  await writeRecord(persistence, keyOf(userId), draft);
}

export async function dropDraft(persistence: IPersistence, userId: string): Promise<void> {
  await removeRecords(persistence, keyOf(userId));
}
