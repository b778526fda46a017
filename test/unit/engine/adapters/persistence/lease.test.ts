import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import {
  holdsLease,
  LEASE_SETTLE_MS,
  leaseOf,
  releaseLease,
  takeLease,
} from '../../../../../src/engine/adapters/persistence/lease';

const NOW = new Date('2026-03-02T12:00:00.000Z');
const MS = 25_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One store shared by two app instances; `lateMs` delays one instance's writes (a slow instance). */
function sharedStore() {
  const records = new Map<string, unknown>();
  const key = (assocs: Array<{ id: string }>) => assocs.map((a) => a.id).join('|');
  const reader = {
    readByAssociations: async (assocs: Array<{ id: string }>) =>
      records.has(key(assocs)) ? [records.get(key(assocs))] : [],
  } as unknown as IPersistenceRead;
  const instance = (lateMs = 0) =>
    ({
      updateByAssociations: async (assocs: Array<{ id: string }>, data: unknown) => {
        if (lateMs) await sleep(lateMs);
        records.set(key(assocs), data);
      },
      removeByAssociations: async (assocs: Array<{ id: string }>) => {
        records.delete(key(assocs));
      },
    }) as unknown as IPersistence;
  return { reader, instance };
}

describe('the outbox lease on a cluster (two instances, one store)', () => {
  it('two runs starting at the same moment: only one goes on, even when the other’s write lands later', async () => {
    const { reader, instance } = sharedStore();
    const [a, b] = await Promise.all([
      takeLease(reader, instance(), 'a', NOW, MS),
      takeLease(reader, instance(LEASE_SETTLE_MS / 3), 'b', NOW, MS),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
  });

  it('without the settle interval both would believe they hold it (what happened before)', async () => {
    const { reader, instance } = sharedStore();
    const both = await Promise.all([
      takeLease(reader, instance(), 'a', NOW, MS, 0),
      takeLease(reader, instance(30), 'b', NOW, MS, 0),
    ]);
    expect(both).toEqual([true, true]);
    // ...and the per-request check stops the one whose write was replaced before its next call.
    expect(await holdsLease(reader, 'a', NOW)).toBe(false);
    expect(await holdsLease(reader, 'b', NOW)).toBe(true);
  });

  it('a live lease of another holder is respected; an expired one is taken over; release frees it', async () => {
    const { reader, instance } = sharedStore();
    const p = instance();
    expect(await takeLease(reader, p, 'a', NOW, MS, 0)).toBe(true);
    expect(await takeLease(reader, p, 'b', NOW, MS, 0)).toBe(false);
    expect(await takeLease(reader, p, 'b', new Date(NOW.getTime() + MS + 1), MS, 0)).toBe(true);
    expect(await holdsLease(reader, 'a', NOW)).toBe(false);
    await releaseLease(reader, p, 'b');
    expect(await takeLease(reader, p, 'c', NOW, MS, 0)).toBe(true);
  });

  it('a request is claimed by one run only before its create (or cancel) is sent; unclaimed, it is free', async () => {
    const { reader, instance } = sharedStore();
    const clock = () => NOW;
    const [a, b] = [leaseOf(reader, instance(), clock), leaseOf(reader, instance(10), clock)];
    const claims = await Promise.all([
      a.claim('outbox-claim:req-1', 'a', MS),
      b.claim('outbox-claim:req-1', 'b', MS),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Another request is free to claim.
    expect(await a.claim('outbox-claim:req-2', 'a', MS)).toBe(true);
    await a.unclaim('outbox-claim:req-2');
    expect(await b.claim('outbox-claim:req-2', 'b', MS)).toBe(true);
  });

  it('the Lease port: one holder at a time, checked before each operation, released at the end', async () => {
    const { reader, instance } = sharedStore();
    const lease = leaseOf(reader, instance(), () => NOW);
    expect(await lease.take('a', MS)).toBe(true);
    expect(await lease.take('b', MS)).toBe(false);
    expect(await lease.holds('a')).toBe(true);
    await lease.release('a');
    expect(await lease.holds('a')).toBe(false);
  });
});
