/** The outbox in persistence: entries parsed on read, older ones migrated, unreadable ones logged. */
import { outboxQueue, shardOf } from '../../../../../src/engine/adapters/persistence/outboxQueue';
import { outboxEntry } from '../../../../../src/core/requests/outboxEntry';
import { fakeWorld } from '../../../fakes';

const DUE = '2026-03-02T10:00:00.000Z';
const keyOf = (id: string) => `misc:outbox-shard:${shardOf(id)}|misc:outbox:${id}`;

describe('the outbox queue in persistence', () => {
  it('reads back what it wrote, and clears it', async () => {
    const world = fakeWorld();
    const queue = outboxQueue(world.read.getPersistenceReader(), world.persistence, world.logger);
    await queue.put(outboxEntry('r1', 'cancel', DUE, 1));
    expect(await queue.waiting()).toEqual([outboxEntry('r1', 'cancel', DUE, 1)]);
    await queue.clear('r1');
    expect(await queue.waiting()).toEqual([]);
  });

  it('an entry an older version wrote reads as a send; an unreadable one naming its request is repaired', async () => {
    const world = fakeWorld();
    world.store.set(keyOf('old'), { id: 'old', dueAt: DUE });
    world.store.set(keyOf('garbled'), { v: 1, requestId: 'garbled', op: 'archive', dueAt: DUE });
    world.store.set(keyOf('nameless'), { what: 'is this' });
    const queue = outboxQueue(world.read.getPersistenceReader(), world.persistence, world.logger);
    const waiting = await queue.waiting();
    expect(waiting).toContainEqual(outboxEntry('old', 'send', DUE));
    // Due at once: the run asks the planner what the request needs.
    expect(waiting).toContainEqual(outboxEntry('garbled', 'poll', new Date(0).toISOString()));
    expect(waiting).toHaveLength(2);
    expect(world.logs.filter((l) => l.level === 'warn')).toHaveLength(2);
  });
});
