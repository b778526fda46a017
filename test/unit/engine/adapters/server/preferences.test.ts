import {
  rememberedJurisdiction,
  rememberJurisdiction,
} from '../../../../../src/engine/adapters/server/preferences';
import { fakeWorld } from '../../../fakes';

const KEY = 'user:u1|misc:preferences';

describe("a user's remembered jurisdiction", () => {
  it('is kept with its record version, and one kept before versions still reads', async () => {
    const world = fakeWorld();
    await rememberJurisdiction(world.persistence, 'u1', 'lgpd');
    expect(world.store.get(KEY)).toEqual({ jurisdiction: 'lgpd', v: 1 });
    expect(await rememberedJurisdiction(world.read.getPersistenceReader(), 'u1')).toBe('lgpd');
    world.store.set(KEY, { jurisdiction: 'uk_gdpr' });
    expect(await rememberedJurisdiction(world.read.getPersistenceReader(), 'u1')).toBe('uk_gdpr');
  });

  it('reads as none, and is logged, when the record does not parse', async () => {
    const world = fakeWorld();
    world.store.set(KEY, { jurisdiction: 'mars' });
    expect(
      await rememberedJurisdiction(world.read.getPersistenceReader(), 'u1', world.logger),
    ).toBeUndefined();
    world.store.set(KEY, { jurisdiction: 'gdpr', v: 7 });
    expect(
      await rememberedJurisdiction(world.read.getPersistenceReader(), 'u1', world.logger),
    ).toBeUndefined();
    expect(world.logs.filter((l) => l.level === 'warn')).toHaveLength(2);
  });
});
