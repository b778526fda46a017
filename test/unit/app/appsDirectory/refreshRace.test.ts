/**
 * Two refresh jobs at once (a run that overran, or two app instances over one store), over the
 * real lease helper and cache record in a store whose calls interleave in seeded random orders:
 * only one of them may read the workspace.
 */
import { refreshIfDue } from '../../../../src/app/appsDirectory/refresh';
import type { AppsDirectoryPorts } from '../../../../src/core/ports/appsDirectory';
import { fixedSettings } from '../../../../src/core/settings/snapshot';
import { cacheStoreOver } from '../../../../src/engine/adapters/appsDirectory/appsDirectory';
import { leaseOver } from '../../../../src/engine/adapters/persistence/namedLease';
import { CONFIGURED } from '../../fixtures/apps';
import { interleavingStore } from '../../interleavingStore';
import { GOOD, memoryWorkspace } from './memoryPorts';

const NOW = new Date('2026-03-01T10:00:00Z');

function refresher(store: ReturnType<typeof interleavingStore>, name: string) {
  const { workspace, calls } = memoryWorkspace(() => GOOD, store.turns);
  const log = { warn: () => {} };
  const clock = { now: () => NOW };
  const ports: AppsDirectoryPorts = {
    workspace,
    cache: cacheStoreOver(store.reader, store.persistence, log),
    lease: leaseOver(store.reader, store.persistence, clock, 5),
    clock,
    ids: { next: () => name },
    settings: fixedSettings(CONFIGURED),
    log,
  };
  return { ports, calls };
}

describe('two refreshes at once', () => {
  it('in 25 interleavings, only one reads the workspace, and the lease is given up after', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const store = interleavingStore(seed);
      const [a, b] = [refresher(store, 'run-a'), refresher(store, 'run-b')];
      const outcomes = await Promise.all([refreshIfDue(a.ports, 1000), refreshIfDue(b.ports, 1000)]);
      const reads = [...a.calls, ...b.calls].filter((c) => c.source === 'installed');
      expect({ seed, reads: reads.length }).toEqual({ seed, reads: 1 });
      expect(outcomes.filter((o) => o === 'refreshed')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'refreshed')[0]).toMatch(/^(busy|not_due)$/);
      expect(store.records.map((r) => r.assocs)).toEqual([['misc:apps-directory']]);
    }
  });
});
