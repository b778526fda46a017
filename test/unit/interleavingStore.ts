/**
 * A store with the server's semantics (subset reads, exact-list updates, no compare-and-set) where
 * every call yields a seeded random number of turns, so concurrent writers interleave in many
 * orders, each seed its own.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

type Assoc = { model: string; id: string };
const keyOf = (a: Assoc) => `${a.model}:${a.id}`;

export function interleavingStore(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const turns = async () => {
    for (let i = Math.floor(random() * 6); i > 0; i--) await Promise.resolve();
  };
  const records: Array<{ assocs: string[]; data: unknown }> = [];
  const store = {
    readByAssociations: async (assocs: Assoc[]) => {
      await turns();
      const wanted = assocs.map(keyOf);
      const found = records.filter((r) => wanted.every((w) => r.assocs.includes(w))).map((r) => r.data);
      await turns();
      return JSON.parse(JSON.stringify(found));
    },
    updateByAssociations: async (assocs: Assoc[], data: object) => {
      await turns();
      const exact = assocs.map(keyOf).join('|');
      const at = records.findIndex((r) => r.assocs.join('|') === exact);
      const record = { assocs: assocs.map(keyOf), data: JSON.parse(JSON.stringify(data)) };
      if (at >= 0) records[at] = record;
      else records.push(record);
      await turns();
      return 'id';
    },
    removeByAssociations: async (assocs: Assoc[]) => {
      await turns();
      const wanted = assocs.map(keyOf);
      for (let i = records.length - 1; i >= 0; i--)
        if (wanted.every((w) => records[i].assocs.includes(w))) records.splice(i, 1);
      await turns();
      return [];
    },
  };
  return {
    reader: store as unknown as IPersistenceRead,
    persistence: store as unknown as IPersistence,
    records,
    turns,
    /** The same seeded sequence, for a test's own random waits. */
    random,
  };
}
