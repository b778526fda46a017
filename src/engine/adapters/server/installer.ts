/**
 * The admin who installed, or last updated, the app: told about what needs an administrator while
 * no room and no usernames are set in the settings. Kept by user id (the engine's install and
 * update contexts name them).
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Key } from '../persistence/records';
import { readRecord, writeRecord } from '../persistence/records';

const INSTALLER: Key = [{ model: 'misc', id: 'installer' }];

export async function rememberInstaller(
  persistence: IPersistence,
  userId: string | undefined,
): Promise<void> {
  if (userId) await writeRecord(persistence, INSTALLER, { userId });
}

export async function installerId(reader: IPersistenceRead): Promise<string | undefined> {
  const record = await readRecord<{ userId?: unknown }>(reader, INSTALLER);
  return typeof record?.userId === 'string' ? record.userId : undefined;
}
