/** What a user chose in the app, remembered for them only. */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import { parsePreferences, storedPreferences } from '../../../core/records/appRecords';
import type { RecordLog } from '../persistence/parsedRecord';
import { readParsed } from '../persistence/parsedRecord';
import type { Key } from '../persistence/records';
import { writeRecord } from '../persistence/records';

export const preferencesKey = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'preferences' },
];

export async function rememberedJurisdiction(
  persistence: IPersistenceRead,
  userId: string,
  log?: RecordLog,
): Promise<Jurisdiction | undefined> {
  return (await readParsed(persistence, preferencesKey(userId), parsePreferences, log))?.jurisdiction;
}

export async function rememberJurisdiction(
  persistence: IPersistence,
  userId: string,
  jurisdiction: Jurisdiction,
): Promise<void> {
  await writeRecord(persistence, preferencesKey(userId), storedPreferences({ jurisdiction }));
}
