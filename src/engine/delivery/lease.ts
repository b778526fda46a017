/**
 * Keeps two outbox runs from working at once. A run that overruns is not stopped by the server,
 * so the next one could overlap it. Persistence has no compare-and-set: the lease is written,
 * then read back, and only the holder whose write survived goes on.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Key } from '../gateways/records';
import { readRecord, removeRecords, writeRecord } from '../gateways/records';

interface Lease {
  holder: string;
  until: string;
}

const KEY: Key = [{ model: 'misc', id: 'outbox-lease' }];

export async function takeLease(
  reader: IPersistenceRead,
  persistence: IPersistence,
  holder: string,
  now: Date,
  ms: number,
): Promise<boolean> {
  const current = await readRecord<Lease>(reader, KEY);
  if (current && current.holder !== holder && Date.parse(current.until) > now.getTime()) return false;
  await writeRecord<Lease>(persistence, KEY, { holder, until: new Date(now.getTime() + ms).toISOString() });
  const after = await readRecord<Lease>(reader, KEY);
  return after?.holder === holder;
}

export async function releaseLease(
  reader: IPersistenceRead,
  persistence: IPersistence,
  holder: string,
): Promise<void> {
  const current = await readRecord<Lease>(reader, KEY);
  if (current?.holder === holder) await removeRecords(persistence, KEY);
}
