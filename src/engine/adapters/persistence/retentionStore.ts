/**
 * The RetentionStore port over the app's persistence. Minimal records are kept under associations
 * of their own, not under the register's (`requests-all`): the console's list and export, and every
 * reader of requests, never meet them. Removing by one association removes every record carrying
 * it: a request's record and its events all carry `request:<id>`; everything kept for one person
 * alone carries the person's user association.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RetentionStore } from '../../../core/ports/retention';
import type { ErasureMarker, ReducedRequest } from '../../../core/records/retention';
import {
  parseErasureMarker,
  parseReducedRequest,
  RETENTION_RECORD_VERSION,
} from '../../../core/records/retention';
import { versioned } from '../../../core/records/schema';
import type { Key } from './records';
import { readRecords, removeRecords, writeRecord } from './records';

const ALL_REDUCED = 'requests-reduced';
const ALL_MARKERS = 'person-erasures';

const reducedKey = (id: string): Key => [
  { model: 'misc', id: ALL_REDUCED },
  { model: 'misc', id: `request-reduced:${id}` },
];
const markerKey = (userId: string): Key => [
  { model: 'misc', id: ALL_MARKERS },
  { model: 'misc', id: `person-erasure:${userId}` },
];

const parsedAll = <T>(raws: unknown[], parse: (raw: unknown) => T | undefined): T[] =>
  raws.map(parse).filter((v): v is T => v !== undefined);

export function retentionStore(reader: IPersistenceRead, persistence: IPersistence): RetentionStore {
  return {
    async reduced() {
      return parsedAll(await readRecords(reader, [{ model: 'misc', id: ALL_REDUCED }]), parseReducedRequest);
    },
    async reduce(request, record: ReducedRequest) {
      await writeRecord(persistence, reducedKey(record.id), versioned(record, RETENTION_RECORD_VERSION));
      await removeRecords(persistence, [{ model: 'misc', id: `request:${request.id}` }]);
      // Its working records: the daily limit's claim, a modal's draft, a due-date alert's claim.
      await removeRecords(persistence, [{ model: 'misc', id: `request-claim:${request.id}` }]);
      await removeRecords(persistence, [{ model: 'misc', id: `request-draft:${request.id}` }]);
      await removeRecords(persistence, [{ model: 'misc', id: `due-alert:${request.id}` }]);
    },
    async removeReduced(id) {
      await removeRecords(persistence, reducedKey(id));
    },
    async markers() {
      return parsedAll(await readRecords(reader, [{ model: 'misc', id: ALL_MARKERS }]), parseErasureMarker);
    },
    async mark(marker: ErasureMarker) {
      await writeRecord(persistence, markerKey(marker.userId), versioned(marker, RETENTION_RECORD_VERSION));
    },
    async unmark(userId) {
      await removeRecords(persistence, markerKey(userId));
    },
    async erasePersonRecords(userId) {
      await removeRecords(persistence, [{ model: 'user', id: userId }]);
    },
  };
}
