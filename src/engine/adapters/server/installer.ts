/**
 * The admin who installed, or last updated, the app: told about what needs an administrator while
 * no room and no usernames are set in the settings. Kept by user id (the engine's install and
 * update contexts name them).
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { parseInstaller, storedInstaller } from '../../../core/records/appRecords';
import type { RecordLog } from '../persistence/parsedRecord';
import { readParsed } from '../persistence/parsedRecord';
import type { Key } from '../persistence/records';
import { writeRecord } from '../persistence/records';

const INSTALLER: Key = [{ model: 'misc', id: 'installer' }];

export async function rememberInstaller(
  persistence: IPersistence,
  userId: string | undefined,
): Promise<void> {
  if (userId) await writeRecord(persistence, INSTALLER, storedInstaller({ userId }));
}

export async function installerId(reader: IPersistenceRead, log?: RecordLog): Promise<string | undefined> {
  return (await readParsed(reader, INSTALLER, parseInstaller, log))?.userId;
}
