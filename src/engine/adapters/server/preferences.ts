/** What a user chose in the app, remembered for them only. */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import { isJurisdiction } from '../../../core/policy/jurisdictions';
import type { Key } from '../persistence/records';
import { readRecord, writeRecord } from '../persistence/records';

interface Preferences {
  jurisdiction?: Jurisdiction;
}

const keyOf = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'preferences' },
];

export async function rememberedJurisdiction(
  persistence: IPersistenceRead,
  userId: string,
): Promise<Jurisdiction | undefined> {
  const record = await readRecord<Preferences>(persistence, keyOf(userId));
  return isJurisdiction(record?.jurisdiction) ? record?.jurisdiction : undefined;
}

export async function rememberJurisdiction(
  persistence: IPersistence,
  userId: string,
  jurisdiction: Jurisdiction,
): Promise<void> {
  await writeRecord<Preferences>(persistence, keyOf(userId), { jurisdiction });
}
