/** Which posture findings the admins were told of (app/dataFlows/postureNews): one small record of finding ids. */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { PostureNewsPorts } from '../../../app/dataFlows/postureNews';
import type { RecordLog } from './parsedRecord';
import { readParsed } from './parsedRecord';
import type { Key } from './records';
import { writeRecord } from './records';

const KEY: Key = [{ model: 'misc', id: 'posture-told' }];

function parseTold(raw: unknown): string[] | undefined {
  const value = raw as { v?: unknown; ids?: unknown } | null;
  if (!value || value.v !== 1 || !Array.isArray(value.ids)) return undefined;
  return value.ids.every((id) => typeof id === 'string') ? (value.ids as string[]) : undefined;
}

export function postureTold(
  reader: IPersistenceRead,
  persistence: IPersistence,
  log?: RecordLog,
): PostureNewsPorts['told'] {
  return {
    read: () => readParsed(reader, KEY, parseTold, log),
    write: (ids) => writeRecord(persistence, KEY, { v: 1, ids }),
  };
}
