/**
 * A stored record read through its parser: a record that is there but does not parse (another
 * version of the app wrote it, or a hand edit) reads as absent, and is logged when a logger is at
 * hand, so it is noticed without ever flowing on as a value it is not.
 */
import type { IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Key } from './records';
import { readRecord } from './records';

export interface RecordLog {
  warn(message: string): void;
}

export async function readParsed<T>(
  persistence: IPersistenceRead,
  key: Key,
  parse: (raw: unknown) => T | undefined,
  log?: RecordLog,
): Promise<T | undefined> {
  const raw = await readRecord(persistence, key);
  if (raw === undefined) return undefined;
  const parsed = parse(raw);
  // The record's name only: a record may hold what must not be logged.
  if (parsed === undefined)
    log?.warn(`stored record ${key.map((k) => k.id).join('/')} does not parse; read as absent`);
  return parsed;
}
