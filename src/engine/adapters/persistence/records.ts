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

/**
 * What is stored under `key`, unparsed: the caller parses it (core/records), never casts it. A
 * record is whatever an earlier version, another instance or a hand edit left there.
 */
export async function readRecord(persistence: IPersistenceRead, key: Key): Promise<unknown> {
  const found = await persistence.readByAssociations(associations(key));
  return found[0] ?? undefined;
}

/** Every record that carries all of `key`'s associations (a subset read). */
export async function readRecords(persistence: IPersistenceRead, key: Key): Promise<unknown[]> {
  return persistence.readByAssociations(associations(key));
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
