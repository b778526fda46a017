import { leaseOver } from '../../../../../src/engine/adapters/persistence/namedLease';
import { fakeWorld } from '../../../fakes';

describe('a named lease over the store', () => {
  const setUp = () => {
    const world = fakeWorld();
    let now = new Date('2026-03-01T10:00:00Z');
    const lease = leaseOver(world.read.getPersistenceReader(), world.persistence, { now: () => now }, 0);
    return { world, lease, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
  };

  it('is held by one holder until it runs out or is given up', async () => {
    const { lease, later } = setUp();
    expect(await lease.claim('refresh', 'a', 60_000)).toBe(true);
    expect(await lease.claim('refresh', 'b', 60_000)).toBe(false);
    expect(await lease.claim('other', 'b', 60_000)).toBe(true);
    later(60_001);
    expect(await lease.claim('refresh', 'b', 60_000)).toBe(true);
  });

  it('is given up only by its holder: one taken over since is left alone', async () => {
    const { world, lease } = setUp();
    await lease.claim('refresh', 'a', 60_000);
    await lease.release('refresh', 'b');
    expect(world.store.has('misc:refresh')).toBe(true);
    await lease.release('refresh', 'a');
    expect(world.store.has('misc:refresh')).toBe(false);
    expect(await lease.claim('refresh', 'b', 60_000)).toBe(true);
  });
});
