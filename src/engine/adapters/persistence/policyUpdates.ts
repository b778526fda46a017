/**
 * Policy updates in the app's persistence: the remembered editions and announcements (one
 * record), one acknowledgement per person and edition, one "notice shown" per person and edition.
 * Each read is bounded: by person (their editions) or by edition (its people).
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { PolicyUpdatesStore } from '../../../app/policyUpdates/ports';
import type { Acknowledgement, NoticeShown } from '../../../core/policyUpdates/notice';
import { parseAcknowledgement, parseNoticeShown } from '../../../core/policyUpdates/notice';
import type { PolicyEdition } from '../../../core/policyUpdates/updates';
import { editionKey, parseUpdatesState } from '../../../core/policyUpdates/updates';
import type { Key } from './records';
import { readRecord, readRecords, writeRecord } from './records';

const STATE: Key = [{ model: 'misc', id: 'policy-updates' }];
const ACK = 'policy-ack';
const SHOWN = 'policy-notice';

const perPerson = (kind: string, userId: string, edition: PolicyEdition): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: kind },
  { model: 'misc', id: `${kind}:${editionKey(edition)}` },
];
const ofPerson = (kind: string, userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: kind },
];
/** Every "notice shown" record of one person (`/privacy mydata delete` removes them). */
export const noticesShownOf = (userId: string): Key => ofPerson(SHOWN, userId);
const ofEdition = (kind: string, edition: PolicyEdition): Key => [
  { model: 'misc', id: `${kind}:${editionKey(edition)}` },
];

const parsedAll = <T>(raws: unknown[], parse: (raw: unknown) => T | undefined): T[] =>
  raws.map(parse).filter((v): v is T => v !== undefined);

export function policyUpdatesStore(reader: IPersistenceRead, writer?: IPersistence): PolicyUpdatesStore {
  const write = (): IPersistence => {
    if (!writer) throw new Error('policy updates store opened read-only');
    return writer;
  };
  return {
    async state() {
      return parseUpdatesState(await readRecord(reader, STATE));
    },
    async saveState(state) {
      await writeRecord(write(), STATE, state);
    },
    async acknowledgementsOf(userId) {
      return parsedAll(await readRecords(reader, ofPerson(ACK, userId)), parseAcknowledgement);
    },
    async acknowledgementsFor(edition) {
      return parsedAll(await readRecords(reader, ofEdition(ACK, edition)), parseAcknowledgement);
    },
    async acknowledge(ack: Acknowledgement) {
      await writeRecord(write(), perPerson(ACK, ack.userId, ack), ack);
    },
    async noticeShown(userId, edition) {
      return parseNoticeShown(await readRecord(reader, perPerson(SHOWN, userId, edition)));
    },
    async noticesFor(edition) {
      return parsedAll(await readRecords(reader, ofEdition(SHOWN, edition)), parseNoticeShown);
    },
    async recordNoticeShown(shown: NoticeShown) {
      await writeRecord(write(), perPerson(SHOWN, shown.userId, shown), shown);
    },
  };
}
