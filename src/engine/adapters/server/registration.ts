/**
 * The registration check: a network call on the server (it asks the vendor's cloud for a token),
 * so it runs in a job, never while a user waits, and its answer is cached with its time.
 */
import type { IPersistence, IPersistenceRead, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RegistrationCheck } from '../../../core/policy/deployment';
import { registrationOutcomeOf } from '../../../core/policy/deployment';
import { parseRegistration, storedRegistration } from '../../../core/records/appRecords';
import type { RecordLog } from '../persistence/parsedRecord';
import { readParsed } from '../persistence/parsedRecord';
import type { Key } from '../persistence/records';
import { writeRecord } from '../persistence/records';

const KEY: Key = [{ model: 'misc', id: 'registration-check' }];
/** Any scope works to learn whether a token can be had; the token itself is never used or kept. */
const TOKEN_SCOPE = '';

export async function cachedRegistration(
  persistence: IPersistenceRead,
  log?: RecordLog,
): Promise<RegistrationCheck> {
  return (await readParsed(persistence, KEY, parseRegistration, log)) ?? { outcome: 'not_checked' };
}

export async function checkRegistration(
  read: IRead,
  persistence: IPersistence,
  now: Date,
): Promise<RegistrationCheck> {
  let check: RegistrationCheck;
  try {
    const token = await read.getCloudWorkspaceReader().getWorkspaceToken(TOKEN_SCOPE);
    check = { outcome: registrationOutcomeOf(token), checkedAt: now.toISOString() };
  } catch {
    check = { outcome: 'failed', checkedAt: now.toISOString() };
  }
  await writeRecord(persistence, KEY, storedRegistration(check));
  return check;
}
