import type { ChangeSource, RequestStatus, Tracked } from '../../../../src/core/requests/lifecycle';
import {
  canBeCancelled,
  canMove,
  FINAL_STATUSES,
  isFinal,
  isRequestStatus,
  move,
  REQUEST_STATUSES,
} from '../../../../src/core/requests/lifecycle';

const SOURCES: ChangeSource[] = ['submit', 'delivery', 'poll', 'callback', 'admin', 'user'];
const ANY = SOURCES;
const ENDPOINT: ChangeSource[] = ['poll', 'callback'];

/**
 * DSR-CONTRACT, "Status model inside the app", written out independently of the code:
 * queued -> delivered | cancelled | failed (a 400 or 72 h of transient errors, so only delivery);
 * queued -> in_progress | completed | rejected only on the endpoint's word (a status read or a callback):
 * a delivery answer is never a refusal of the person's rights;
 * delivered -> in_progress | completed | rejected | cancelled; in_progress -> completed | rejected | cancelled.
 * The contract names no source for the other moves, so any source may make them.
 */
const ALLOWED: Partial<Record<RequestStatus, Partial<Record<RequestStatus, ChangeSource[]>>>> = {
  queued: {
    delivered: ANY,
    rejected: ENDPOINT,
    cancelled: ANY,
    failed: ['delivery'],
    in_progress: ENDPOINT,
    completed: ENDPOINT,
  },
  delivered: { in_progress: ANY, completed: ANY, rejected: ANY, cancelled: ANY },
  in_progress: { completed: ANY, rejected: ANY, cancelled: ANY },
};

const allowed = (from: RequestStatus, to: RequestStatus, source: ChangeSource) =>
  ALLOWED[from]?.[to]?.includes(source) ?? false;

const AT = '2026-03-02T10:00:00.000Z';
const tracked = (status: RequestStatus): Tracked & { id: string } => ({
  id: 'r1',
  status,
  history: [{ status, at: '2026-03-01T00:00:00.000Z', source: 'submit' }],
});

const triples = REQUEST_STATUSES.flatMap((from) =>
  REQUEST_STATUSES.flatMap((to) => SOURCES.map((source) => [from, to, source] as const)),
);

describe('the request status model', () => {
  it('knows its statuses and which are final', () => {
    expect(REQUEST_STATUSES).toEqual([
      'queued',
      'delivered',
      'in_progress',
      'completed',
      'rejected',
      'cancelled',
      'failed',
    ]);
    expect(FINAL_STATUSES).toEqual(['completed', 'rejected', 'cancelled', 'failed']);
    expect(REQUEST_STATUSES.filter(isFinal)).toEqual(['completed', 'rejected', 'cancelled', 'failed']);
  });

  it.each([
    ['queued', true],
    ['failed', true],
    ['pending', false],
    ['QUEUED', false],
    ['', false],
    [undefined, false],
    [3, false],
  ])('%p is a status: %p', (value, expected) => {
    expect(isRequestStatus(value)).toBe(expected);
  });

  it.each(triples)('%s -> %s by %s follows the contract', (from, to, source) => {
    const request = tracked(from);
    const result = move(request, to, { at: AT, source, reason: 'why' });
    if (from === to) {
      expect(result).toEqual({ ok: true, changed: false, value: request });
      if (result.ok) expect(result.value).toBe(request);
    } else if (isFinal(from)) {
      expect(result).toEqual({ ok: false, error: 'final' });
    } else if (allowed(from, to, source)) {
      expect(canMove(from, to, source)).toBe(true);
      expect(result).toEqual({
        ok: true,
        changed: true,
        value: {
          id: 'r1',
          status: to,
          history: [
            { status: from, at: '2026-03-01T00:00:00.000Z', source: 'submit' },
            { status: to, at: AT, source, reason: 'why' },
          ],
        },
      });
    } else {
      expect(canMove(from, to, source)).toBe(false);
      expect(result).toEqual({ ok: false, error: 'illegal' });
    }
  });

  it('agrees with canMove for every pair and source', () => {
    const disagreements = triples.filter(
      ([from, to, source]) => from !== to && canMove(from, to, source) !== allowed(from, to, source),
    );
    expect(disagreements).toEqual([]);
  });

  it('counts the moves the contract allows', () => {
    const legal = triples.filter(([from, to, source]) => from !== to && allowed(from, to, source));
    // queued: 2 x 6 + 1 + 3 x 2; delivered: 4 x 6; in_progress: 3 x 6.
    expect(legal.length).toBe(12 + 1 + 6 + 24 + 18);
    expect(triples.filter(([from, to, s]) => from !== to && canMove(from, to, s)).length).toBe(61);
  });

  it.each(FINAL_STATUSES)('never moves a %s request, whoever asks', (status) => {
    for (const to of REQUEST_STATUSES.filter((s) => s !== status)) {
      for (const source of SOURCES) {
        expect(canMove(status, to, source)).toBe(false);
        expect(move(tracked(status), to, { at: AT, source })).toEqual({ ok: false, error: 'final' });
      }
    }
  });

  it('lets the person withdraw a failed request the DPO holds by email, and nothing else moves it', () => {
    const emailed = { ...tracked('failed'), channel: 'email' };
    expect(canBeCancelled(emailed)).toBe(true);
    expect(canBeCancelled({ ...tracked('failed'), channel: 'none' })).toBe(false);
    expect(canBeCancelled(tracked('delivered'))).toBe(true);
    expect(canBeCancelled({ ...tracked('completed'), channel: 'email' })).toBe(false);
    const withdrawn = move(emailed, 'cancelled', { at: AT, source: 'user' });
    expect(withdrawn).toMatchObject({ ok: true, changed: true, value: { status: 'cancelled' } });
    for (const source of SOURCES.filter((s) => s !== 'user'))
      expect(move(emailed, 'cancelled', { at: AT, source })).toEqual({ ok: false, error: 'final' });
    expect(move({ ...tracked('failed'), channel: 'none' }, 'cancelled', { at: AT, source: 'user' })).toEqual({
      ok: false,
      error: 'final',
    });
  });

  it('moves a queued request to what the endpoint reports, and only on its word', () => {
    for (const to of ['in_progress', 'completed'] as const) {
      expect(canMove('queued', to, 'poll')).toBe(true);
      expect(canMove('queued', to, 'callback')).toBe(true);
      expect(canMove('queued', to, 'delivery')).toBe(false);
      expect(canMove('queued', to, 'user')).toBe(false);
      expect(canMove('queued', to, 'admin')).toBe(false);
    }
  });

  it('dead-letters only from the outbox', () => {
    expect(canMove('queued', 'failed', 'delivery')).toBe(true);
    for (const source of SOURCES.filter((s) => s !== 'delivery'))
      expect(canMove('queued', 'failed', source)).toBe(false);
    expect(canMove('delivered', 'failed', 'delivery')).toBe(false);
    expect(canMove('in_progress', 'failed', 'delivery')).toBe(false);
  });

  it('never goes back', () => {
    for (const source of SOURCES) {
      expect(canMove('delivered', 'queued', source)).toBe(false);
      expect(canMove('in_progress', 'delivered', source)).toBe(false);
      expect(canMove('in_progress', 'queued', source)).toBe(false);
    }
  });

  it('treats the same status as a no-op, even for a final request', () => {
    for (const status of REQUEST_STATUSES) {
      const request = tracked(status);
      const result = move(request, status, { at: AT, source: 'poll', reason: 'again' });
      expect(result).toEqual({ ok: true, changed: false, value: request });
      expect(request.history).toHaveLength(1);
    }
  });

  it('appends to the history with time, source and reason, and leaves out an empty reason', () => {
    const first = move(tracked('queued'), 'delivered', {
      at: '2026-03-02T10:00:00.000Z',
      source: 'delivery',
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.history[1]).toStrictEqual({
      status: 'delivered',
      at: '2026-03-02T10:00:00.000Z',
      source: 'delivery',
    });
    const second = move(first.value, 'completed', {
      at: '2026-03-20T08:00:00.000Z',
      source: 'callback',
      reason: 'export ready',
    });
    expect(second).toEqual({
      ok: true,
      changed: true,
      value: {
        id: 'r1',
        status: 'completed',
        history: [
          { status: 'queued', at: '2026-03-01T00:00:00.000Z', source: 'submit' },
          { status: 'delivered', at: '2026-03-02T10:00:00.000Z', source: 'delivery' },
          { status: 'completed', at: '2026-03-20T08:00:00.000Z', source: 'callback', reason: 'export ready' },
        ],
      },
    });
    const blank = move(tracked('queued'), 'cancelled', { at: AT, source: 'user', reason: '' });
    expect(blank.ok && blank.value.history[1]).toStrictEqual({ status: 'cancelled', at: AT, source: 'user' });
  });

  it('does not mutate its input and keeps other fields', () => {
    const request = { ...tracked('delivered'), extra: { nested: true } };
    const before = JSON.parse(JSON.stringify(request));
    const result = move(request, 'in_progress', { at: AT, source: 'poll' });
    expect(request).toEqual(before);
    expect(result.ok && result.value).not.toBe(request);
    expect(result.ok && result.value.history).not.toBe(request.history);
    expect(result.ok && result.value.extra).toEqual({ nested: true });
  });
});
