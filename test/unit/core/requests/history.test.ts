import {
  changesBetween,
  createAttempted,
  foldHistory,
  foldRecords,
} from '../../../../src/core/requests/history';
import type { RequestChange, RequestEvent } from '../../../../src/core/requests/history';
import { move } from '../../../../src/core/requests/lifecycle';
import type { OperatorMove } from '../../../../src/core/requests/operatorMoves';
import { queuedRequest, snapshot } from './fixtures';

const BASE = queuedRequest();
const at = (second: number) => `2026-03-02T10:00:${String(second).padStart(2, '0')}.000Z`;

let counter = 0;
const event = (second: number, change: RequestChange, id?: string): RequestEvent => ({
  kind: 'request-event',
  v: 1,
  requestId: BASE.id,
  eventId: id ?? `e${String(++counter).padStart(3, '0')}`,
  stamp: at(second),
  change,
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** What each writer appends, as it does in the app. */
const WRITERS: Record<string, (second: number) => RequestEvent[]> = {
  delivery: (s) => [
    event(s, { type: 'create-sent' }),
    event(s, { type: 'moved', status: 'delivered', at: at(s), source: 'delivery' }),
    event(s, { type: 'delivery', set: { expectedCompletionTime: at(59) }, unset: ['nextAttemptAt'] }),
  ],
  poll: (s) => [event(s, { type: 'moved', status: 'in_progress', at: at(s), source: 'poll' })],
  callback: (s) => [event(s, { type: 'moved', status: 'completed', at: at(s), source: 'callback' })],
  cancel: (s) => [
    event(s, { type: 'cancel-asked' }),
    event(s + 1, { type: 'moved', status: 'cancelled', at: at(s + 1), source: 'user' }),
  ],
  'vendor cancelled': (s) => [event(s, { type: 'moved', status: 'cancelled', at: at(s), source: 'poll' })],
};

describe('folding a request from its record and events', () => {
  it('with no events is the record as filed', () => {
    expect(foldHistory(BASE, []).request).toEqual(BASE);
  });

  const names = Object.keys(WRITERS);
  const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)('%s and %s: every storage order gives the same request, and no change is lost', (a, b) => {
    const events = [...WRITERS[a](10), ...WRITERS[b](20)];
    const results = permutations(events).map((order) => foldHistory(BASE, order).request);
    for (const r of results) expect(r).toEqual(results[0]);
    // Every status change that was legal when it happened is in the history.
    const statuses = results[0].history.map((h) => h.status);
    expect(statuses[0]).toBe('queued');
    expect(results[0].status).toBe(statuses.at(-1));
  });

  it('a status answer arriving while the person cancels keeps the cancel and its history entry', () => {
    const events = [
      ...WRITERS.cancel(10),
      event(12, { type: 'moved', status: 'in_progress', at: at(12), source: 'poll' }),
    ];
    for (const order of permutations(events)) {
      const { request } = foldHistory(BASE, order);
      expect(request.status).toBe('cancelled');
      expect(request.history.map((h) => [h.status, h.source])).toEqual([
        ['queued', 'submit'],
        ['cancelled', 'user'],
      ]);
      expect(request.delivery.cancelRequested).toBe(false);
    }
  });

  it('final wins: once cancelled, a later completed is not applied, and vice versa the first final stays', () => {
    const cancelFirst = [...WRITERS.cancel(10), ...WRITERS.callback(30)];
    expect(foldHistory(BASE, cancelFirst).request.status).toBe('cancelled');
    const completedFirst = [...WRITERS.callback(5), ...WRITERS.cancel(10)];
    const folded = foldHistory(BASE, completedFirst).request;
    expect(folded.status).toBe('completed');
    expect(folded.delivery.cancelRequested).toBe(false);
  });

  it('two writers saying the same final status: only the first one moved it (one message)', () => {
    const user = event(10, { type: 'moved', status: 'cancelled', at: at(10), source: 'user' }, 'u');
    const callback = event(11, { type: 'moved', status: 'cancelled', at: at(11), source: 'callback' }, 'c');
    for (const order of [
      [user, callback],
      [callback, user],
    ]) {
      const { request, movedBy } = foldHistory(BASE, order);
      expect([...movedBy]).toEqual(['u']);
      expect(request.history.filter((h) => h.status === 'cancelled')).toHaveLength(1);
    }
  });

  it('a cancel asked during a delivery stays pending after the delivery is recorded', () => {
    const events = [event(10, { type: 'cancel-asked' }), ...WRITERS.delivery(12)];
    const { request } = foldHistory(BASE, events);
    expect(request.status).toBe('delivered');
    expect(request.delivery.cancelRequested).toBe(true);
    expect(request.delivery.createSent).toBe(true);
    expect(request.delivery.nextAttemptAt).toBeUndefined();
    expect(request.delivery.expectedCompletionTime).toBe(at(59));
  });

  it('a cancel the vendor answered "too late" is no longer pending', () => {
    const events = [event(10, { type: 'cancel-asked' }), event(12, { type: 'cancel-answered' })];
    expect(foldHistory(BASE, events).request.delivery.cancelRequested).toBe(false);
  });

  it('leaves its inputs alone and ignores other requests’ events', () => {
    const events = [...WRITERS.delivery(10), { ...WRITERS.poll(11)[0], requestId: 'other' }];
    const before = snapshot({ BASE, events });
    expect(foldHistory(BASE, events).request.status).toBe('delivered');
    expect({ BASE, events }).toEqual(before);
  });

  it('foldRecords splits one read of records and events into folded requests', () => {
    const other = queuedRequest({ id: '9a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', ref: 'PR-9A2B3C4D' });
    const found = foldRecords([...WRITERS.delivery(10), BASE, other]);
    expect(found.map((r) => [r.id, r.status])).toEqual([
      [BASE.id, 'delivered'],
      [other.id, 'queued'],
    ]);
  });
});

describe('what a writer changed', () => {
  it('is only its own history entries and the delivery fields it changed', () => {
    const read = BASE;
    const delivered = move(read, 'delivered', { at: at(10), source: 'delivery' });
    if (!delivered.ok) throw new Error('move');
    const next = {
      ...delivered.value,
      delivery: { ...read.delivery, nextAttemptAt: undefined, expectedCompletionTime: at(59) },
    };
    expect(changesBetween(read, next)).toEqual([
      { type: 'moved', status: 'delivered', at: at(10), source: 'delivery' },
      { type: 'delivery', set: { expectedCompletionTime: at(59) }, unset: ['nextAttemptAt'] },
    ]);
    expect(changesBetween(next, next)).toEqual([]);
    // A writer that tells the person of its moves marks them: owed until it records `told`.
    expect(changesBetween(read, next, { tell: true })[0]).toMatchObject({ type: 'moved', tell: true });
  });

  it('never writes back what another writer changed meanwhile', () => {
    // The stored request has a cancel and an entry the writer's copy lacks.
    const stored = foldHistory(BASE, WRITERS.cancel(10)).request;
    const writersCopy = { ...BASE, delivery: { ...BASE.delivery, failures: 1 } };
    expect(changesBetween(stored, writersCopy)).toEqual([
      { type: 'delivery', set: { failures: 1, nextAttemptAt: BASE.delivery.nextAttemptAt }, unset: [] },
    ]);
  });
});

describe('other writers’ changes as events', () => {
  it('a hand-over by email, a create mark and a cancel ask are each one event, and fold back', () => {
    const next = {
      ...BASE,
      channel: 'email' as const,
      delivery: { ...BASE.delivery, createSent: true, cancelRequested: true },
    };
    const changes = changesBetween(BASE, next);
    expect(changes).toEqual([
      { type: 'channel', channel: 'email' },
      { type: 'create-sent' },
      { type: 'cancel-asked' },
    ]);
    const folded = foldHistory(
      BASE,
      changes.map((change, i) => event(10, change, `w-${i}`)),
    ).request;
    expect(folded).toEqual(next);
  });
});

describe('whether a create was attempted', () => {
  it('is false for a request never sent, true once a create went out or failed', () => {
    expect(createAttempted(BASE)).toBe(false);
    expect(createAttempted(foldHistory(BASE, [event(1, { type: 'create-sent' })]).request)).toBe(true);
    expect(createAttempted({ ...BASE, delivery: { ...BASE.delivery, failures: 1 } })).toBe(true);
  });
});

describe('the operator’s track as events', () => {
  const ADMIN = 'u-admin';
  const take: OperatorMove = { move: 'take', by: ADMIN, at: at(1) };
  const extend: OperatorMove = {
    move: 'extend',
    by: ADMIN,
    at: at(2),
    due: '2026-05-02T09:30:00.000Z',
    text: 'Many files to gather.',
  };
  const answer: OperatorMove = { move: 'answer', by: ADMIN, at: at(3), outcome: 'done', text: 'Sent.' };
  const withdraw: OperatorMove = { move: 'withdraw', by: BASE.userId, at: at(4) };

  it('folds into request.operatorTrack in stamp order, whatever order the events were read in', () => {
    const events = [
      event(3, { type: 'operator-moved', move: answer }, 'o3'),
      event(1, { type: 'operator-moved', move: take }, 'o1'),
      event(2, { type: 'operator-moved', move: extend }, 'o2'),
    ];
    const folded = foldHistory(BASE, events).request;
    expect(folded.operatorTrack).toEqual({
      state: 'answered',
      takenBy: ADMIN,
      outcome: 'done',
      due: '2026-05-02T09:30:00.000Z',
      extensions: 1,
      moves: [take, extend, answer],
    });
    expect(folded.status).toBe(BASE.status);
    expect(BASE.operatorTrack).toBeUndefined();
  });

  it('a final state never moves, and a refused move is not applied', () => {
    const events = [
      event(3, { type: 'operator-moved', move: answer }, 'o3'),
      event(4, { type: 'operator-moved', move: withdraw }, 'o4'),
      event(1, { type: 'operator-moved', move: take }, 'o1'),
      event(2, { type: 'operator-moved', move: { ...extend, due: '2027-01-01T00:00:00.000Z' } }, 'o2'),
    ];
    const track = foldHistory(BASE, events).request.operatorTrack;
    expect(track?.state).toBe('answered');
    expect(track?.moves).toEqual([take, answer]);
    expect(track?.due).toBeUndefined();
  });

  it('a writer’s new moves are one event each, and fold back', () => {
    const current = foldHistory(BASE, [event(1, { type: 'operator-moved', move: take }, 'o1')]).request;
    const next = foldHistory(current, [
      event(2, { type: 'operator-moved', move: extend }, 'o2'),
      event(3, { type: 'operator-moved', move: answer }, 'o3'),
    ]).request;
    const changes = changesBetween(current, next);
    expect(changes).toEqual([
      { type: 'operator-moved', move: extend },
      { type: 'operator-moved', move: answer },
    ]);
    const events = [take, extend, answer].map((move, i) =>
      event(i + 1, { type: 'operator-moved', move }, `w-${i}`),
    );
    expect(foldHistory(BASE, events).request).toEqual(next);
  });
});

describe('what the person is owed a message about', () => {
  const told = (s: number, of: string) => event(s, { type: 'told', event: of });
  const moved = (s: number, status: 'delivered' | 'completed', id: string, tell = true) =>
    event(
      s,
      {
        type: 'moved',
        status,
        at: at(s),
        source: status === 'delivered' ? 'delivery' : 'callback',
        ...(tell ? { tell: true } : {}),
      },
      id,
    );

  it('a status move to be told, with no `told` for it, is owed', () => {
    const folded = foldHistory(BASE, [moved(10, 'delivered', 'm1')]).request;
    expect(folded.owedNotice).toEqual({ event: 'm1', status: 'delivered' });
  });

  it('is no longer owed once told, whatever order the events were read in (a clock behind, too)', () => {
    for (const events of permutations([moved(10, 'delivered', 'm1'), told(5, 'm1')]))
      expect(foldHistory(BASE, events).request.owedNotice).toBeUndefined();
  });

  it('the latest move is owed: a `told` of an earlier one does not cover it', () => {
    const events = [moved(10, 'delivered', 'm1'), told(11, 'm1'), moved(12, 'completed', 'm2')];
    expect(foldHistory(BASE, events).request.owedNotice).toEqual({ event: 'm2', status: 'completed' });
  });

  it('events written before `tell` existed are never owed (an upgrade sends no old messages)', () => {
    const events = [moved(10, 'delivered', 'm1', false), moved(12, 'completed', 'm2', false)];
    expect(foldHistory(BASE, events).request.owedNotice).toBeUndefined();
  });

  it('a move that changed nothing (another writer moved it first) owes nothing of its own', () => {
    const events = [moved(10, 'delivered', 'm1'), told(11, 'm1'), moved(12, 'delivered', 'm2')];
    expect(foldHistory(BASE, events).request.owedNotice).toBeUndefined();
  });

  it('a final request still owes its message', () => {
    const events = [moved(10, 'completed', 'm1')];
    expect(foldHistory(BASE, events).request.owedNotice).toEqual({ event: 'm1', status: 'completed' });
  });
});
