/**
 * Keeps two outbox runs from working at once, also when two app instances share one store (a
 * Rocket.Chat cluster runs the app once per server instance over one database). Persistence has
 * no compare-and-set, so a lost race must be detected, and made harmless when it is not:
 *
 * 1. Taking the lease: read it (a live lease of another holder: stop); write ours; wait a settle
 *    interval; read it back. Two runs that both read "free" write within a moment of each other;
 *    waiting lets both writes land, so both read back the same, last, holder and only it goes on.
 * 2. A write that lands later than the settle interval (a slow instance) can still make two runs
 *    believe they hold it for a while: each run re-reads the lease before each operation it takes
 *    from the queue (`holdsLease`), so the one whose write was replaced stops before its next call.
 * 3. In the moment between that check and the call, the operations that must happen once are
 *    claimed once more (`claimOnce` on `outbox-claim:<request id>`, the same write, settle, read
 *    back): a create is POSTed by one run only, and a cancel's DELETE and its e-mail to the DPO are
 *    sent by one run only; a run that finds another's live claim leaves the request to it.
 * 4. What two runs may still both do is harmless: a status read is a GET, and its answer is an
 *    event that the fold applies once (only the writer whose event moved the request tells the
 *    person); both runs then write the request's next queue entry, planned from the request as
 *    stored, so the last write is as good as the first (an entry is only a plan: the run asks the
 *    planner again, from the request, when it comes due).
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { OutboxLease as LeasePort } from '../../../core/ports/lease';
import { versioned } from '../../../core/records/schema';
import { parseHeld, WORK_RECORD_VERSION } from '../../../core/records/workRecords';
import type { Key } from './records';
import { readRecord, removeRecords, writeRecord } from './records';

const KEY: Key = [{ model: 'misc', id: 'outbox-lease' }];
/** Long enough for a competing write that started at the same moment to land. */
export const LEASE_SETTLE_MS = 300;
export const CLAIM_SETTLE_MS = 40;

const settle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function writeThenReadBack(
  reader: IPersistenceRead,
  persistence: IPersistence,
  key: Key,
  holder: string,
  now: Date,
  ms: number,
  settleMs: number,
): Promise<boolean> {
  const current = parseHeld(await readRecord(reader, key));
  if (current && current.holder !== holder && Date.parse(current.until) > now.getTime()) return false;
  await writeRecord(
    persistence,
    key,
    versioned({ holder, until: new Date(now.getTime() + ms).toISOString() }, WORK_RECORD_VERSION),
  );
  if (settleMs > 0) await settle(settleMs);
  const after = parseHeld(await readRecord(reader, key));
  return after?.holder === holder;
}

export async function takeLease(
  reader: IPersistenceRead,
  persistence: IPersistence,
  holder: string,
  now: Date,
  ms: number,
  settleMs = LEASE_SETTLE_MS,
): Promise<boolean> {
  return writeThenReadBack(reader, persistence, KEY, holder, now, ms, settleMs);
}

/** Whether `holder` still holds the lease: checked before each request a run works on. */
export async function holdsLease(reader: IPersistenceRead, holder: string, now: Date): Promise<boolean> {
  const current = parseHeld(await readRecord(reader, KEY));
  return current?.holder === holder && Date.parse(current.until) > now.getTime();
}

/**
 * A claim of one piece of work that only one writer may go on with (a request's create or cancel,
 * filing one request): the same write, settle, read back, under the record named `name`.
 */
export async function claimOnce(
  reader: IPersistenceRead,
  persistence: IPersistence,
  name: string,
  holder: string,
  now: Date,
  ms: number,
  settleMs = CLAIM_SETTLE_MS,
): Promise<boolean> {
  return writeThenReadBack(reader, persistence, [{ model: 'misc', id: name }], holder, now, ms, settleMs);
}

export async function releaseLease(
  reader: IPersistenceRead,
  persistence: IPersistence,
  holder: string,
): Promise<void> {
  const current = parseHeld(await readRecord(reader, KEY));
  if (current?.holder === holder) await removeRecords(persistence, KEY);
}

/** Gives up a claim taken with `claimOnce`, unless another holder has taken it over since. */
export async function releaseClaim(
  reader: IPersistenceRead,
  persistence: IPersistence,
  name: string,
  holder: string,
): Promise<void> {
  const key: Key = [{ model: 'misc', id: name }];
  const current = parseHeld(await readRecord(reader, key));
  if (current?.holder === holder) await removeRecords(persistence, key);
}

/** The Lease port over one call's persistence and clock. */
export function leaseOf(reader: IPersistenceRead, persistence: IPersistence, now: () => Date): LeasePort {
  return {
    take: (holder, ms) => takeLease(reader, persistence, holder, now(), ms),
    holds: (holder) => holdsLease(reader, holder, now()),
    release: (holder) => releaseLease(reader, persistence, holder),
    claim: (name, holder, ms) => claimOnce(reader, persistence, name, holder, now(), ms),
    unclaim: (name) => removeRecords(persistence, [{ model: 'misc', id: name }]),
  };
}
