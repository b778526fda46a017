import { orderDueWork, workOf } from '../../../../src/core/requests/outboxOrder';
import type { DueWork } from '../../../../src/core/requests/outboxOrder';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
const ids = (entries: DueWork[]) => entries.map((e) => e.id);

describe('orderDueWork', () => {
  it('cancels first, then deliveries, then status reads, each oldest due first', () => {
    const entries: DueWork[] = [
      { id: 'poll-old', dueAt: at(300), op: 'poll' },
      { id: 'send-new', dueAt: at(1), op: 'send' },
      { id: 'cancel-new', dueAt: at(0), op: 'cancel' },
      { id: 'poll-new', dueAt: at(2), op: 'poll' },
      { id: 'send-old', dueAt: at(60), op: 'send' },
      { id: 'cancel-old', dueAt: at(5), op: 'cancel' },
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

  it('a new delivery is in the batch however many status reads are due before it', () => {
    const polls: DueWork[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `poll-${i}`,
      dueAt: at(120 + i),
      op: 'poll',
    }));
    const batch = orderDueWork([...polls, { id: 'new', dueAt: at(0), op: 'send' }], NOW, 25);
    expect(batch).toHaveLength(25);
    expect(batch[0].id).toBe('new');
    // The oldest reads fill the rest.
    expect(ids(batch.slice(1))).toEqual(ids(polls.slice(-24).reverse()));
  });

  it('an entry without a kind (an older version) counts as a delivery', () => {
    const entries: DueWork[] = [
      { id: 'poll', dueAt: at(90), op: 'poll' },
      { id: 'older-version', dueAt: at(10) },
      { id: 'send', dueAt: at(20), op: 'send' },
      { id: 'unknown-kind', dueAt: at(5), op: 'archive' as never },
    ];
    expect(ids(orderDueWork(entries, NOW, 25))).toEqual(['send', 'older-version', 'unknown-kind', 'poll']);
  });

  it('leaves work not yet due and unreadable times, and keeps to the limit', () => {
    const entries: DueWork[] = [
      { id: 'later', dueAt: new Date(NOW.getTime() + 1).toISOString(), op: 'cancel' },
      { id: 'garbled', dueAt: 'soon', op: 'send' },
      { id: 'now', dueAt: NOW.toISOString(), op: 'poll' },
      { id: 'a', dueAt: at(3), op: 'send' },
      { id: 'b', dueAt: at(2), op: 'send' },
    ];
    expect(ids(orderDueWork(entries, NOW, 25))).toEqual(['a', 'b', 'now']);
    expect(ids(orderDueWork(entries, NOW, 2))).toEqual(['a', 'b']);
    expect(orderDueWork(entries, NOW, 0)).toEqual([]);
  });

  it('one request is worked on once per run, under its most urgent kind', () => {
    const entries: DueWork[] = [
      { id: 'r1', dueAt: at(50), op: 'poll' },
      { id: 'r1', dueAt: at(1), op: 'cancel' },
      { id: 'r2', dueAt: at(3), op: 'send' },
    ];
    expect(orderDueWork(entries, NOW, 25)).toEqual([
      { id: 'r1', dueAt: at(1), op: 'cancel' },
      { id: 'r2', dueAt: at(3), op: 'send' },
    ]);
  });

  it('the same order whatever order the shards were read in', () => {
    const entries: DueWork[] = [
      { id: 'x', dueAt: at(4), op: 'send' },
      { id: 'y', dueAt: at(4), op: 'send' },
      { id: 'z', dueAt: at(9), op: 'poll' },
    ];
    expect(ids(orderDueWork([...entries].reverse(), NOW, 25))).toEqual(ids(orderDueWork(entries, NOW, 25)));
  });
});

describe('workOf', () => {
  it('a pending cancel, else a delivery while queued, else a status read', () => {
    expect(workOf({ status: 'queued', delivery: { failures: 0, pausedMs: 0 } })).toBe('send');
    expect(workOf({ status: 'delivered', delivery: { failures: 0, pausedMs: 0 } })).toBe('poll');
    expect(workOf({ status: 'in_progress', delivery: { failures: 0, pausedMs: 0 } })).toBe('poll');
    expect(workOf({ status: 'queued', delivery: { failures: 0, pausedMs: 0, cancelRequested: true } })).toBe(
      'cancel',
    );
    expect(
      workOf({ status: 'delivered', delivery: { failures: 0, pausedMs: 0, cancelRequested: true } }),
    ).toBe('cancel');
  });
});
