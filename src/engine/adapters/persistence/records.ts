/**
 * Small typed records in the app's persistence, each under a fixed association list so a read
 * is one bounded lookup. Updates must name the same associations in the same order.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import {
  RocketChatAssociationModel,
  RocketChatAssociationRecord,
} from '@rocket.chat/apps-engine/definition/metadata';

export type Key = Array<{ model: 'misc' | 'user'; id: string }>;

function associations(key: Key): RocketChatAssociationRecord[] {
  return key.map(
    (k) =>
      new RocketChatAssociationRecord(
        k.model === 'user' ? RocketChatAssociationModel.USER : RocketChatAssociationModel.MISC,
        k.id,
      ),
  );
}

export async function readRecord<T>(persistence: IPersistenceRead, key: Key): Promise<T | undefined> {
  const found = await persistence.readByAssociations(associations(key));
  return (found[0] as T | undefined) ?? undefined;
}

/** Every record that carries all of `key`'s associations (a subset read). */
export async function readRecords<T>(persistence: IPersistenceRead, key: Key): Promise<T[]> {
  return (await persistence.readByAssociations(associations(key))) as T[];
}

export async function writeRecord<T extends object>(
  persistence: IPersistence,
  key: Key,
  value: T,
): Promise<void> {
  await persistence.updateByAssociations(associations(key), value, true);
}

export async function removeRecords(persistence: IPersistence, key: Key): Promise<void> {
  await persistence.removeByAssociations(associations(key));
}
