import type { AttemptResult, Outcome } from '../../../../src/core/requests/outcome';
import { applyOutcome, classifyCreate } from '../../../../src/core/requests/outcome';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { queuedRequest, REQUEST_ID, snapshot, SUBMITTED } from './fixtures';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);
const isoAt = (ms: number) => at(ms).toISOString();
const answer = (status: number, body: unknown, retryAfter?: string): AttemptResult => ({
  kind: 'answer',
  status,
  body,
  ...(retryAfter !== undefined ? { retryAfter } : {}),
});

describe('classifying the answer to a create', () => {
  it.each([201, 202, 200, 409])('%i naming our id is an acceptance', (status) => {
    expect(classifyCreate(answer(status, { subject_request_id: REQUEST_ID }), REQUEST_ID)).toEqual({
      kind: 'accepted',
    });
    expect(
      classifyCreate(
        answer(status, {
          subject_request_id: REQUEST_ID,
          expected_completion_time: '2026-03-30T00:00:00Z',
          received_time: '2026-03-02T10:00:01Z',
        }),
        REQUEST_ID,
      ),
    ).toEqual({ kind: 'accepted', expectedCompletionTime: '2026-03-30T00:00:00Z' });
  });

  it('ignores an expected completion time that is not a string', () => {
    expect(
      classifyCreate(
        answer(201, { subject_request_id: REQUEST_ID, expected_completion_time: 123 }),
        REQUEST_ID,
      ),
    ).toStrictEqual({ kind: 'accepted' });
  });

  it.each([
    [201, { subject_request_id: 'aaaaaaaa-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }],
    [202, {}],
    [200, null],
    [409, 'duplicate'],
    [201, [REQUEST_ID]],
    [202, { subject_request_id: REQUEST_ID.toUpperCase() }],
  ])('%i not naming our id (%j) is unreadable, so transient', (status, body) => {
    expect(classifyCreate(answer(status, body), REQUEST_ID)).toEqual({
      kind: 'transient',
      reason: `unreadable ${status}`,
    });
  });

  it('reads a 400 as a malformed request (a delivery failure, not a refusal) with the endpoint message', () => {
    expect(
      classifyCreate(
        answer(400, { error: { code: 'invalid', message: 'regulation is not supported', errors: [] } }),
        REQUEST_ID,
      ),
    ).toEqual({ kind: 'malformed', message: 'regulation is not supported' });
  });

  it('caps the rejection message at 500 characters', () => {
    const outcome = classifyCreate(answer(400, { error: { message: 'm'.repeat(800) } }), REQUEST_ID);
    expect(outcome).toEqual({ kind: 'malformed', message: 'm'.repeat(500) });
  });

  it.each([undefined, null, 'bad', { error: 'bad' }, { error: { message: 42 } }, { error: [] }, {}])(
    'reads a 400 with body %j as "bad request"',
    (body) => {
      expect(classifyCreate(answer(400, body), REQUEST_ID)).toEqual({
        kind: 'malformed',
        message: 'bad request',
      });
    },
  );

  it.each([401, 403])('reads %i as a credentials problem', (status) => {
    expect(classifyCreate(answer(status, { error: { message: 'no' } }), REQUEST_ID)).toEqual({
      kind: 'unauthorized',
    });
  });

  it('reads 429 as throttling and keeps Retry-After', () => {
    expect(classifyCreate(answer(429, {}, '120'), REQUEST_ID)).toEqual({
      kind: 'throttled',
      retryAfter: '120',
    });
    const without = classifyCreate(answer(429, {}), REQUEST_ID);
    expect(without.kind).toBe('throttled');
    expect(without.kind === 'throttled' && without.retryAfter).toBeUndefined();
  });

  it.each([500, 502, 503, 504, 404, 418, 301])('reads HTTP %i as transient', (status) => {
    expect(classifyCreate(answer(status, { subject_request_id: REQUEST_ID }), REQUEST_ID)).toEqual({
      kind: 'transient',
      reason: `HTTP ${status}`,
    });
  });

  it.each(['timeout', 'refused', 'reset', 'other'] as const)(
    'reads no answer (%s) as transient',
    (reason) => {
      expect(classifyCreate({ kind: 'no_answer', reason }, REQUEST_ID)).toEqual({
        kind: 'transient',
        reason,
      });
    },
  );
});

describe('applying an outcome to a queued request', () => {
  const transient: Outcome = { kind: 'transient', reason: 'HTTP 503' };

  it('marks an accepted request delivered and stops sending', () => {
    const request = queuedRequest({
      delivery: {
        failures: 2,
        pausedMs: 0,
        nextAttemptAt: isoAt(0),
        firstFailureAt: SUBMITTED,
        lastError: 'HTTP 503',
      },
    });
    const before = snapshot(request);
    const applied = applyOutcome(
      request,
      { kind: 'accepted', expectedCompletionTime: '2026-03-30T00:00:00Z' },
      at(0),
      0.5,
    );
    expect(applied).toEqual({
      request: {
        ...before,
        status: 'delivered',
        history: [...before.history, { status: 'delivered', at: isoAt(0), source: 'delivery' }],
        delivery: {
          failures: 2,
          pausedMs: 0,
          firstFailureAt: SUBMITTED,
          lastError: 'HTTP 503',
          expectedCompletionTime: '2026-03-30T00:00:00Z',
        },
      },
      changed: true,
      alertAdmins: false,
      deadLettered: false,
    });
    expect(applied.request.delivery.nextAttemptAt).toBeUndefined();
    expect(request).toEqual(before);
  });

  it('treats a 409 on a request already delivered as nothing new', () => {
    const delivered = queuedRequest({
      status: 'delivered',
      history: [
        { status: 'queued', at: SUBMITTED, source: 'submit' },
        { status: 'delivered', at: isoAt(-HOUR), source: 'poll' },
      ],
      delivery: { failures: 1, pausedMs: 0, nextAttemptAt: isoAt(0) },
    });
    const outcome = classifyCreate(answer(409, { subject_request_id: REQUEST_ID }), REQUEST_ID);
    const applied = applyOutcome(delivered, outcome, at(0), 0);
    expect(applied.changed).toBe(false);
    expect(applied.alertAdmins).toBe(false);
    expect(applied.deadLettered).toBe(false);
    expect(applied.request.status).toBe('delivered');
    expect(applied.request.history).toEqual(delivered.history);
    expect(applied.request.delivery).toStrictEqual({ failures: 1, pausedMs: 0 });
  });

  it('leaves a request cancelled while its create was in flight cancelled', () => {
    const cancelled = queuedRequest({
      status: 'cancelled',
      history: [
        { status: 'queued', at: SUBMITTED, source: 'submit' },
        { status: 'cancelled', at: isoAt(-1000), source: 'user' },
      ],
    });
    const applied = applyOutcome(cancelled, { kind: 'accepted' }, at(0), 0);
    expect(applied.changed).toBe(false);
    expect(applied.request.status).toBe('cancelled');
    expect(applied.request.history).toHaveLength(2);
    expect(applied.request.delivery.nextAttemptAt).toBeUndefined();
  });

  it('clears a credentials block once accepted', () => {
    const request = queuedRequest({ delivery: { failures: 0, pausedMs: 0, authBlockedSince: isoAt(-HOUR) } });
    const applied = applyOutcome(request, { kind: 'accepted' }, at(0), 0);
    expect(applied.request.delivery).toStrictEqual({ failures: 0, pausedMs: 0 });
    expect(applied.request.status).toBe('delivered');
  });

  it('fails a 400 as undeliverable (never a refusal), keeps the endpoint message for the admins, hands it over', () => {
    const request = queuedRequest();
    const applied = applyOutcome(request, { kind: 'malformed', message: 'unsupported regulation' }, at(0), 0);
    expect(applied).toEqual({
      request: {
        ...request,
        status: 'failed',
        history: [
          ...request.history,
          { status: 'failed', at: isoAt(0), source: 'delivery', reason: 'endpoint_refused_format' },
        ],
        delivery: { failures: 0, pausedMs: 0, lastError: 'unsupported regulation' },
      },
      changed: true,
      alertAdmins: false,
      deadLettered: false,
      malformed: true,
    });
    expect(request.status).toBe('queued');
    expect(request.delivery.nextAttemptAt).toBe(SUBMITTED);
  });

  it('does not fail a request that is already final', () => {
    const completed = queuedRequest({ status: 'completed' });
    const applied = applyOutcome(completed, { kind: 'malformed', message: 'x' }, at(0), 0);
    expect(applied.changed).toBe(false);
    expect(applied.malformed).toBeFalsy();
    expect(applied.request.status).toBe('completed');
  });

  it('keeps a 401 queued, alerts the admins once, and retries after hours, not minutes', () => {
    const first = applyOutcome(queuedRequest(), { kind: 'unauthorized' }, at(0), 0);
    expect(first).toEqual({
      request: {
        ...queuedRequest(),
        delivery: {
          failures: 0,
          pausedMs: 0,
          authBlockedSince: isoAt(0),
          lastError: 'unauthorized',
          nextAttemptAt: isoAt(3 * HOUR),
        },
      },
      changed: false,
      alertAdmins: true,
      deadLettered: false,
    });

    const second = applyOutcome(first.request, { kind: 'unauthorized' }, at(4 * HOUR), 0.9999999999);
    expect(second.alertAdmins).toBe(false);
    expect(second.changed).toBe(false);
    expect(second.request.status).toBe('queued');
    expect(second.request.delivery).toEqual({
      failures: 0,
      pausedMs: 0,
      authBlockedSince: isoAt(0),
      lastError: 'unauthorized',
      nextAttemptAt: isoAt(10 * HOUR),
    });

    const third = applyOutcome(second.request, { kind: 'unauthorized' }, at(10 * HOUR), 0);
    expect(third.alertAdmins).toBe(false);
    expect(third.request.history).toEqual(queuedRequest().history);
  });

  it('schedules transient failures on the back-off and remembers the first one', () => {
    let request: PrivacyRequest = queuedRequest();
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const now = T0 + i * 10 * 60_000;
      const applied = applyOutcome(request, transient, new Date(now), 0);
      expect(applied.changed).toBe(false);
      expect(applied.deadLettered).toBe(false);
      request = applied.request;
      waits.push(Date.parse(request.delivery.nextAttemptAt!) - now);
    }
    expect(waits).toEqual([0.5, 1, 2, 4, 8, 16, 32, 64, 128, 180, 180, 180].map((m) => m * 60_000));
    expect(request.status).toBe('queued');
    expect(request.delivery).toMatchObject({
      failures: 12,
      firstFailureAt: isoAt(0),
      lastError: 'HTTP 503',
      pausedMs: 0,
    });
    expect(request.history).toHaveLength(1);
  });

  it('honours Retry-After on a 429, and falls back to the back-off without one', () => {
    const withHeader = applyOutcome(queuedRequest(), { kind: 'throttled', retryAfter: '120' }, at(0), 0);
    expect(withHeader.request.delivery).toEqual({
      failures: 1,
      pausedMs: 0,
      firstFailureAt: isoAt(0),
      lastError: 'throttled',
      nextAttemptAt: isoAt(120_000),
    });
    const dated = applyOutcome(
      queuedRequest(),
      { kind: 'throttled', retryAfter: at(15 * 60_000).toUTCString() },
      at(0),
      0,
    );
    expect(dated.request.delivery.nextAttemptAt).toBe(isoAt(15 * 60_000));
    const capped = applyOutcome(queuedRequest(), { kind: 'throttled', retryAfter: '86400' }, at(0), 0);
    expect(capped.request.delivery.nextAttemptAt).toBe(isoAt(6 * HOUR));
    const bare = applyOutcome(queuedRequest(), { kind: 'throttled' }, at(0), 1);
    expect(bare.request.delivery.nextAttemptAt).toBe(isoAt(60_000));
    const junk = applyOutcome(queuedRequest(), { kind: 'throttled', retryAfter: 'whenever' }, at(0), 0);
    expect(junk.request.delivery.nextAttemptAt).toBe(isoAt(30_000));
  });

  it('dead-letters after 72 hours of transient failures', () => {
    const first = applyOutcome(queuedRequest(), transient, at(0), 0).request;
    const almost = applyOutcome(first, transient, at(72 * HOUR - 1), 0);
    expect(almost.deadLettered).toBe(false);
    expect(almost.request.status).toBe('queued');

    const dead = applyOutcome(almost.request, { kind: 'transient', reason: 'timeout' }, at(72 * HOUR), 0);
    expect(dead).toEqual({
      request: {
        ...almost.request,
        status: 'failed',
        history: [
          ...almost.request.history,
          { status: 'failed', at: isoAt(72 * HOUR), source: 'delivery', reason: 'undeliverable' },
        ],
        delivery: { failures: 3, pausedMs: 0, firstFailureAt: isoAt(0), lastError: 'timeout' },
      },
      changed: true,
      alertAdmins: false,
      deadLettered: true,
    });
  });

  it('dead-letters on a 429 too once 72 hours have passed', () => {
    const first = applyOutcome(queuedRequest(), transient, at(0), 0).request;
    const dead = applyOutcome(first, { kind: 'throttled', retryAfter: '60' }, at(72 * HOUR), 0);
    expect(dead.deadLettered).toBe(true);
    expect(dead.request.status).toBe('failed');
    expect(dead.request.history.at(-1)).toEqual({
      status: 'failed',
      at: isoAt(72 * HOUR),
      source: 'delivery',
      reason: 'undeliverable',
    });
    expect(dead.request.delivery.lastError).toBe('throttled');
  });

  it('does not count time blocked on credentials toward the 72 hours', () => {
    // 5xx at 0, 401 from 1 h to 11 h (admins told), then 5xx again.
    let r = applyOutcome(queuedRequest(), transient, at(0), 0).request;
    r = applyOutcome(r, { kind: 'unauthorized' }, at(1 * HOUR), 0).request;
    r = applyOutcome(r, { kind: 'unauthorized' }, at(5 * HOUR), 0).request;
    const resumed = applyOutcome(r, transient, at(11 * HOUR), 0);
    expect(resumed.request.delivery).toEqual({
      failures: 2,
      pausedMs: 10 * HOUR,
      firstFailureAt: isoAt(0),
      lastError: 'HTTP 503',
      nextAttemptAt: isoAt(11 * HOUR + 60_000),
    });
    const at72 = applyOutcome(resumed.request, transient, at(72 * HOUR), 0);
    expect(at72.deadLettered).toBe(false);
    expect(at72.request.status).toBe('queued');
    const at82 = applyOutcome(at72.request, transient, at(82 * HOUR), 0);
    expect(at82.deadLettered).toBe(true);
    expect(at82.request.status).toBe('failed');
  });

  // Bug: pausedMs counts a credentials block that happened BEFORE the first transient failure, yet
  // firstFailureAt is only set at that first transient failure, so the block is subtracted from a
  // window it was never part of. 10 h of 401 followed by 72 h of 5xx should dead-letter; it does not
  // until 82 h of 5xx.
  it('dead-letters after 72 hours of transient failures that follow a credentials block', () => {
    let r = applyOutcome(queuedRequest(), { kind: 'unauthorized' }, at(0), 0).request;
    r = applyOutcome(r, transient, at(10 * HOUR), 0).request;
    expect(r.delivery.firstFailureAt).toBe(isoAt(10 * HOUR));
    const dead = applyOutcome(r, transient, at(82 * HOUR), 0);
    expect(dead.deadLettered).toBe(true);
    expect(dead.request.status).toBe('failed');
  });

  it('never moves a request that became final while its create was failing', () => {
    const first = applyOutcome(queuedRequest(), transient, at(0), 0).request;
    const cancelled = { ...first, status: 'cancelled' as const };
    const late = applyOutcome(cancelled, transient, at(72 * HOUR), 0);
    expect(late.changed).toBe(false);
    expect(late.request.status).toBe('cancelled');
    expect(late.request.history).toEqual(first.history);
    expect(late.request.delivery.nextAttemptAt).toBeUndefined();
  });

  it('alerts the admins again after a credentials block was lifted and came back', () => {
    let r = applyOutcome(queuedRequest(), { kind: 'unauthorized' }, at(0), 0).request;
    r = applyOutcome(r, transient, at(HOUR), 0).request;
    const again = applyOutcome(r, { kind: 'unauthorized' }, at(2 * HOUR), 0);
    expect(again.alertAdmins).toBe(true);
    expect(again.request.delivery.authBlockedSince).toBe(isoAt(2 * HOUR));
  });

  it('does not mutate the request it was given', () => {
    const request = queuedRequest({ delivery: { failures: 1, pausedMs: 0, authBlockedSince: isoAt(-HOUR) } });
    const before = snapshot(request);
    for (const outcome of [
      { kind: 'accepted' },
      { kind: 'malformed', message: 'x' },
      { kind: 'unauthorized' },
      { kind: 'throttled', retryAfter: '5' },
      transient,
    ] as Outcome[]) {
      applyOutcome(request, outcome, at(0), 0.3);
      expect(request).toEqual(before);
    }
  });
});
