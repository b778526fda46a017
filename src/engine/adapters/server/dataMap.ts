/**
 * The data map's one record: the server settings on the allow-list, read by id (the reader's
 * getAll() throws on every engine version) and kept as facts, with the time they were read. Reading
 * some sixty settings is too slow for a view, so a job does it and views read the record.
 */
import type { IPersistence, IPersistenceRead, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ALLOWED_SETTING_IDS } from '../../../core/dataFlows/allowList';
import { factsOf } from '../../../core/dataFlows/facts';
import type { DataMapRecord } from '../../../core/dataFlows/map';
import { parseDataMap, storedDataMap } from '../../../core/dataFlows/map';
import type { RecordLog } from '../persistence/parsedRecord';
import { readParsed } from '../persistence/parsedRecord';
import type { Key } from '../persistence/records';
import { writeRecord } from '../persistence/records';

const KEY: Key = [{ model: 'misc', id: 'data-map' }];

/**
 * Each allow-listed setting by id, and no other: a refusal, an unknown id or a throw reads as
 * unknown (left out). Only the kept facts leave this function, never a raw value.
 */
export async function readServerFacts(read: IRead): Promise<DataMapRecord['facts']> {
  const settings = read.getEnvironmentReader().getServerSettings();
  const values = await Promise.all(
    ALLOWED_SETTING_IDS.map(async (id) => {
      try {
        return [id, await settings.getValueById(id)] as const;
      } catch {
        return [id, undefined] as const;
      }
    }),
  );
  return factsOf(Object.fromEntries(values));
}

export async function computeDataMap(
  read: IRead,
  persistence: IPersistence,
  now: Date,
): Promise<DataMapRecord> {
  const record: DataMapRecord = { facts: await readServerFacts(read), computedAt: now.toISOString() };
  await writeRecord(persistence, KEY, storedDataMap(record));
  return record;
}

/** The last map the job computed, or undefined before the first run. */
export async function cachedDataMap(
  persistence: IPersistenceRead,
  log?: RecordLog,
): Promise<DataMapRecord | undefined> {
  return readParsed(persistence, KEY, parseDataMap, log);
}
