/**
 * What the admins were already told (AlertMemory port), as small records: refused credentials
 * until the endpoint settings change, an endpoint URL not in force once per problem.
 */
import { versioned } from '../../../core/records/schema';
import { parseAlertGiven, WORK_RECORD_VERSION } from '../../../core/records/workRecords';
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { AlertMemory, AlertName } from '../../../core/ports/alerts';
import type { Key } from './records';
import { readRecord, removeRecords, writeRecord } from './records';

const KEYS: Record<AlertName, Key> = {
  credentials: [{ model: 'misc', id: 'outbox-auth-alert' }],
  not_in_force: [{ model: 'misc', id: 'outbox-endpoint-not-in-force-alert' }],
};

export function alertMemory(
  reader: IPersistenceRead,
  persistence: IPersistence,
  now: () => Date,
): AlertMemory {
  return {
    async firstTime(name, detail) {
      const told = parseAlertGiven(await readRecord(reader, KEYS[name]));
      if (told && (told.problem ?? undefined) === detail) return false;
      await writeRecord(
        persistence,
        KEYS[name],
        versioned({ ...(detail ? { problem: detail } : {}), at: now().toISOString() }, WORK_RECORD_VERSION),
      );
      return true;
    },
    forget: (name) => removeRecords(persistence, KEYS[name]),
  };
}
