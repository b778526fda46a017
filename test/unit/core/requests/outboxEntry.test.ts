import { outboxEntry, parseOutboxEntry } from '../../../../src/core/requests/outboxEntry';

const DUE = '2026-03-02T10:00:00.000Z';

describe('an outbox entry read back', () => {
  it('reads as written', () => {
    const entry = outboxEntry('r1', 'cancel', DUE, 2);
    expect(parseOutboxEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it.each([
    ['with its kind', { id: 'r1', dueAt: DUE, op: 'poll' }, 'poll'],
    ['without a kind: a send, as before', { id: 'r1', dueAt: DUE }, 'send'],
  ])('written by an older version, %s, migrates', (_name, old, op) => {
    expect(parseOutboxEntry(old)).toEqual({ v: 1, requestId: 'r1', op, dueAt: DUE, attempts: 0 });
  });

  it.each([
    ['nothing', null],
    ['a string', 'outbox'],
    ['an unknown kind of work', { v: 1, requestId: 'r1', op: 'archive', dueAt: DUE, attempts: 0 }],
    ['an unreadable time', { v: 1, requestId: 'r1', op: 'send', dueAt: 'soon', attempts: 0 }],
    ['no request', { v: 1, op: 'send', dueAt: DUE, attempts: 0 }],
    ['a newer schema', { v: 2, requestId: 'r1', op: 'send', dueAt: DUE, attempts: 0 }],
    ['an older one of an unknown kind', { id: 'r1', dueAt: DUE, op: 'archive' }],
  ])('does not parse: %s', (_name, record) => {
    expect(parseOutboxEntry(record)).toBeUndefined();
  });

  it('a negative or missing attempt count reads as a first try', () => {
    expect(parseOutboxEntry({ v: 1, requestId: 'r1', op: 'send', dueAt: DUE, attempts: -1 })?.attempts).toBe(
      0,
    );
  });
});
