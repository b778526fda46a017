import { orderDueWork } from '../../../../src/core/requests/outboxOrder';
import type { DueWork } from '../../../../src/core/requests/outboxOrder';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
const ids = (entries: DueWork[]) => entries.map((e) => e.requestId);

describe('orderDueWork', () => {
  it('cancels first, then deliveries, then status reads, each oldest due first', () => {
    const entries: DueWork[] = [
      { requestId: 'poll-old', dueAt: at(300), op: 'poll' },
      { requestId: 'send-new', dueAt: at(1), op: 'send' },
      { requestId: 'cancel-new', dueAt: at(0), op: 'cancel' },
      { requestId: 'poll-new', dueAt: at(2), op: 'poll' },
      { requestId: 'send-old', dueAt: at(60), op: 'send' },
      { requestId: 'cancel-old', dueAt: at(5), op: 'cancel' },
    ];
    expect(ids(orderDueWork(entries, NOW, 25))).toEqual([
      'cancel-old',
      'cancel-new',
      'send-old',
      'send-new',
      'poll-old',
      'poll-new',
    ]);
  });

  it('owed messages to people come before any other work', () => {
    const entries: DueWork[] = [
      { requestId: 'cancel', dueAt: at(9), op: 'cancel' },
      { requestId: 'tell', dueAt: at(0), op: 'tell' },
      { requestId: 'send', dueAt: at(9), op: 'send' },
    ];
    expect(ids(orderDueWork(entries, NOW, 25))).toEqual(['tell', 'cancel', 'send']);
  });

  it('a new delivery is in the batch however many status reads are due before it', () => {
    const polls: DueWork[] = Array.from({ length: 1500 }, (_, i) => ({
      requestId: `poll-${i}`,
      dueAt: at(120 + i),
      op: 'poll',
    }));
    const batch = orderDueWork([...polls, { requestId: 'new', dueAt: at(0), op: 'send' }], NOW, 25);
    expect(batch).toHaveLength(25);
    expect(batch[0].requestId).toBe('new');
    // The oldest reads fill the rest.
    expect(ids(batch.slice(1))).toEqual(ids(polls.slice(-24).reverse()));
  });

  it('leaves work not yet due and unreadable times, and keeps to the limit', () => {
    const entries: DueWork[] = [
      { requestId: 'later', dueAt: new Date(NOW.getTime() + 1).toISOString(), op: 'cancel' },
      { requestId: 'garbled', dueAt: 'soon', op: 'send' },
      { requestId: 'now', dueAt: NOW.toISOString(), op: 'poll' },
      { requestId: 'a', dueAt: at(3), op: 'send' },
      { requestId: 'b', dueAt: at(2), op: 'send' },
    ];
    expect(ids(orderDueWork(entries, NOW, 25))).toEqual(['a', 'b', 'now']);
    expect(ids(orderDueWork(entries, NOW, 2))).toEqual(['a', 'b']);
    expect(orderDueWork(entries, NOW, 0)).toEqual([]);
  });

  it('one request is worked on once per run, under its most urgent kind', () => {
    const entries: DueWork[] = [
      { requestId: 'r1', dueAt: at(50), op: 'poll' },
      { requestId: 'r1', dueAt: at(1), op: 'cancel' },
      { requestId: 'r2', dueAt: at(3), op: 'send' },
    ];
    expect(orderDueWork(entries, NOW, 25)).toEqual([
      { requestId: 'r1', dueAt: at(1), op: 'cancel' },
      { requestId: 'r2', dueAt: at(3), op: 'send' },
    ]);
  });

  it('the same order whatever order the shards were read in', () => {
    const entries: DueWork[] = [
      { requestId: 'x', dueAt: at(4), op: 'send' },
      { requestId: 'y', dueAt: at(4), op: 'send' },
      { requestId: 'z', dueAt: at(9), op: 'poll' },
    ];
    expect(ids(orderDueWork([...entries].reverse(), NOW, 25))).toEqual(ids(orderDueWork(entries, NOW, 25)));
  });
});
