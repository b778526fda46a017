/**
 * The daily limit under parallel submits: a store with the server's semantics (subset reads,
 * exact-list updates, no compare-and-set) where every call yields a seeded random number of
 * turns, so the writers interleave in many orders. At most `limit` claims may ever go on.
 */
import { interleavingStore } from '../../interleavingStore';
import type { ILogger, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { claimDailySlot, limitNotice } from '../../../../src/app/requests/dailyLimit';
import { translator } from '../../../../src/core/i18n/translator';
import { limitPortsOf } from '../../../../src/engine/adapters/filingPorts';
import { settingsOf } from '../../../../src/engine/adapters/settings/reader';

/**
 * The use case over the engine's adapters on this world, as one call: its own settings snapshot,
 * as an entry point makes one, and its clock.
 */
const callOfWorld = (world: { read: IRead; persistence: IPersistence }, now = () => new Date()) =>
  limitPortsOf({
    read: world.read,
    persistence: world.persistence,
    settings: settingsOf(world.read.getEnvironmentReader().getSettings()),
    now,
    logger: { warn: () => undefined } as unknown as ILogger,
  });

function interleavingWorld(seed: number, settings: Record<string, unknown>) {
  const { reader, persistence, records, random } = interleavingStore(seed);
  const read = {
    getPersistenceReader: () => reader,
    getEnvironmentReader: () => ({
      getSettings: () => ({ getValueById: async (id: string) => settings[id] }),
    }),
  } as unknown as IRead;
  /** Those who lost a race wait a random while, as the app's own pause does. */
  const pause = async (attempt: number) => {
    for (let i = Math.floor(random() * 40 * (attempt + 1)); i > 0; i--) await Promise.resolve();
  };
  return { read, persistence, records, pause };
}

describe('the daily limit under parallel submits', () => {
  it('50 parallel submits, limit 5, in 25 interleavings: never more than 5 go on', async () => {
    const admittedPerRun: number[] = [];
    for (let seed = 1; seed <= 25; seed++) {
      const world = interleavingWorld(seed, { requests_per_day: 5 });
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          claimDailySlot(callOfWorld(world), 'u1', `request-${i}`, { pause: world.pause }),
        ),
      );
      const admitted = results.filter((r) => r === 'claimed').length;
      admittedPerRun.push(admitted);
      // Refused claims are withdrawn: only the admitted ones count for the rest of the day.
      expect(world.records).toHaveLength(admitted);
    }
    expect(Math.max(...admittedPerRun)).toBeLessThanOrEqual(5);
    // Losing a race costs a retry, not the request: nearly every run lets some through.
    expect(admittedPerRun.filter((n) => n > 0).length).toBeGreaterThanOrEqual(22);
  });

  it('two submits of the same form share one claim', async () => {
    const world = interleavingWorld(7, { requests_per_day: 1 });
    const results = await Promise.all([
      claimDailySlot(callOfWorld(world), 'u1', 'same', { pause: world.pause }),
      claimDailySlot(callOfWorld(world), 'u1', 'same', { pause: world.pause }),
    ]);
    expect(results).toEqual(['claimed', 'claimed']);
    expect(world.records).toHaveLength(1);
  });

  it('a claim of a submit still deciding, met on every try, is a race (busy), not the limit', async () => {
    const world = interleavingWorld(5, { requests_per_day: 1 });
    const at = () => new Date('2026-03-10T12:00:00Z');
    expect(await claimDailySlot(callOfWorld(world, at), 'u1', 'first')).toBe('claimed');
    const pause = async () => undefined;
    expect(await claimDailySlot(callOfWorld(world, at), 'u1', 'second', { pause })).toBe('busy');
    expect(world.records).toHaveLength(1);
  });

  it('at the limit, the notice says when the next one can be filed and whom to write to', async () => {
    const world = interleavingWorld(3, { requests_per_day: 1, dpo_email: 'dpo@acme.example' });
    const at = () => new Date('2026-03-10T12:00:00Z');
    expect(await claimDailySlot(callOfWorld(world, at), 'u1', 'first')).toBe('claimed');
    // A minute on, the first claim (never filed here) no longer counts as a submit still deciding.
    const later = () => new Date('2026-03-10T12:01:00Z');
    expect(await claimDailySlot(callOfWorld(world, later), 'u1', 'second')).toBe('full');
    expect(
      await limitNotice(
        callOfWorld(world, () => new Date('2026-03-10T13:00:00Z')),
        'u1',
        translator('en'),
      ),
    ).toBe(
      'You have filed 1 requests in the last 24 hours, the most allowed. You can file the next one from March 11, 2026 at 12:00 PM (UTC). Until then, you can write to the Data Protection Officer at dpo@acme.example.',
    );
    // In the person's own time zone when their profile has one.
    expect(
      await limitNotice(
        callOfWorld(world, () => new Date('2026-03-10T13:00:00Z')),
        'u1',
        translator('de'),
        2,
      ),
    ).toBe(
      'Sie haben in den letzten 24 Stunden 1 Anträge gestellt, das erlaubte Maximum. Den nächsten können Sie ab 11. März 2026 um 14:00 (UTC+2) stellen. Bis dahin können Sie an die oder den Datenschutzbeauftragte(n) unter dpo@acme.example schreiben.',
    );
    expect(
      await limitNotice(
        callOfWorld(world, () => new Date('2026-03-11T12:00:01Z')),
        'u1',
        translator('en'),
      ),
    ).toBe(undefined);
  });
});
