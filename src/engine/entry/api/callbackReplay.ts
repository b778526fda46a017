/**
 * Remembers the callbacks already accepted, for as long as their signature is fresh, so a replay
 * inside the window is answered "replayed" without another status read at the vendor. One small
 * record per accepted callback, keyed by a hash of what was signed; expired ones are removed
 * when a new one is written.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { REPLAY_WINDOW_S } from '../../../core/requests/signature';
import { versioned } from '../../../core/records/schema';
import { parseSeenCallback, WORK_RECORD_VERSION } from '../../../core/records/workRecords';
import type { Key } from '../../adapters/persistence/records';
import { readRecord, readRecords, removeRecords, writeRecord } from '../../adapters/persistence/records';

const ALL: Key = [{ model: 'misc', id: 'callback-seen' }];
const keyOf = (fingerprint: string): Key => [...ALL, { model: 'misc', id: `callback-seen:${fingerprint}` }];

export async function seenBefore(reader: IPersistenceRead, fingerprint: string, now: Date): Promise<boolean> {
  const seen = parseSeenCallback(await readRecord(reader, keyOf(fingerprint)));
  return seen !== undefined && Date.parse(seen.until) > now.getTime();
}

export async function rememberCallback(
  reader: IPersistenceRead,
  persistence: IPersistence,
  fingerprint: string,
  signedAt: number,
  now: Date,
): Promise<void> {
  for (const raw of await readRecords(reader, ALL)) {
    const old = parseSeenCallback(raw);
    if (old && !(Date.parse(old.until) > now.getTime()))
      await removeRecords(persistence, keyOf(old.fingerprint));
  }
  // A signature is accepted while |now - t| <= the window, so it can be replayed until t + window.
  const until = new Date((signedAt + REPLAY_WINDOW_S + 1) * 1000).toISOString();
  await writeRecord(persistence, keyOf(fingerprint), versioned({ fingerprint, until }, WORK_RECORD_VERSION));
}
