/** The daily limit's claims (core/ports/claims): one record per request, under the person's id. */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { DailyClaims } from '../../../core/ports/claims';
import { versioned } from '../../../core/records/schema';
import { parseDailyClaim, WORK_RECORD_VERSION } from '../../../core/records/workRecords';
import type { Key } from './records';
import { readRecords, removeRecords, writeRecord } from './records';

const claimsOf = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'request-claim' },
];
export const claimKey = (userId: string, requestId: string): Key => [
  ...claimsOf(userId),
  { model: 'misc', id: `request-claim:${requestId}` },
];

export function dailyClaimsOver(reader: IPersistenceRead, persistence: IPersistence): DailyClaims {
  return {
    put: (userId, claim) =>
      writeRecord(persistence, claimKey(userId, claim.requestId), versioned(claim, WORK_RECORD_VERSION)),
    remove: (userId, requestId) => removeRecords(persistence, claimKey(userId, requestId)),
    ofUser: async (userId) =>
      (await readRecords(reader, claimsOf(userId))).flatMap((raw) => parseDailyClaim(raw) ?? []),
  };
}
