import type { Happened } from '../../../../src/core/requests/outboxPlan';
import {
  nextWork,
  POLL_INTERVAL_MS,
  RETRY_SOON_MS,
  TELL_GRACE_MS,
  workNow,
} from '../../../../src/core/requests/outboxPlan';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { queuedRequest, REQUEST_ID } from './fixtures';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const inMs = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const LATER = '2026-03-02T10:07:00.000Z';

const queued = queuedRequest({ delivery: { failures: 2, pausedMs: 0, nextAttemptAt: LATER } });
const delivered = queuedRequest({ status: 'delivered' });
const cancelAsked = (r: PrivacyRequest) => ({ ...r, delivery: { ...r.delivery, cancelRequested: true } });
const workspaceOnly = queuedRequest({
  routing: { ...queued.routing, vendor: undefined },
});
const emailedToDpo = queuedRequest({ status: 'delivered', channel: 'email' });
const failedByEmail = queuedRequest({ status: 'failed', channel: 'email' });
const completed = queuedRequest({ status: 'completed' });
const owing = (r: PrivacyRequest): PrivacyRequest => ({
  ...r,
  owedNotice: { event: 'e1', status: r.status },
});

describe('workNow: what a request needs when its operation comes due', () => {
  it.each([
    ['a queued request: a send', queued, 'send'],
    ['a delivered one: a status read', delivered, 'poll'],
    ['a cancel the person asked for comes first, queued', cancelAsked(queued), 'cancel'],
    ['a cancel the person asked for comes first, delivered', cancelAsked(delivered), 'cancel'],
    ['a failed request the DPO holds by e-mail can still be withdrawn', cancelAsked(failedByEmail), 'cancel'],
    ['a final request: nothing', completed, undefined],
    ['a cancel asked of a final request: nothing', cancelAsked(completed), undefined],
    ['no vendor track: nothing', workspaceOnly, undefined],
    ['handed over to the DPO by e-mail: nothing to read', emailedToDpo, undefined],
    ['a request that is gone: nothing', undefined, undefined],
    ['a message owed to the person comes first', owing(cancelAsked(delivered)), 'tell'],
    ['a message owed about a final request is still sent', owing(completed), 'tell'],
  ] as const)('%s', (_name, request, expected) => {
    expect(workNow(request as PrivacyRequest | undefined)).toBe(expected);
  });
});

describe('nextWork: the next entry after something happened', () => {
  const entry = (op: string, dueAt: string, attempts = 0) => ({
    v: 1,
    requestId: REQUEST_ID,
    op,
    dueAt,
    attempts,
  });
  const recorded: Happened = { kind: 'recorded' };
  it.each([
    ['queued: the next attempt, at its back-off time', queued, recorded, entry('send', LATER)],
    [
      'queued with no attempt time: now',
      queuedRequest(),
      { kind: 'recorded' },
      entry('send', SUBMITTED_NOW()),
    ],
    ['delivered: a status read in an hour', delivered, recorded, entry('poll', inMs(POLL_INTERVAL_MS))],
    ['a cancel asked: at once', cancelAsked(delivered), recorded, entry('cancel', NOW.toISOString())],
    ['final: no entry', completed, recorded, undefined],
    [
      'an operation threw: the same again soon',
      delivered,
      { kind: 'failed', attempts: 2 },
      entry('poll', inMs(RETRY_SOON_MS), 3),
    ],
    [
      'a send threw: soon, not at its back-off',
      queued,
      { kind: 'failed', attempts: 0 },
      entry('send', inMs(RETRY_SOON_MS), 1),
    ],
    [
      'a read unanswered: again in an hour',
      delivered,
      { kind: 'unanswered', attempts: 0 },
      entry('poll', inMs(POLL_INTERVAL_MS), 1),
    ],
    [
      'a cancel not through, with an endpoint: soon',
      cancelAsked(delivered),
      { kind: 'cancel-pending', attempts: 1, endpoint: true },
      entry('cancel', inMs(RETRY_SOON_MS), 2),
    ],
    [
      'a cancel not through, no endpoint: in an hour',
      cancelAsked(delivered),
      { kind: 'cancel-pending', attempts: 0, endpoint: false },
      entry('cancel', inMs(POLL_INTERVAL_MS), 1),
    ],
    [
      'a message owed: after a short grace (its writer is telling the person right now)',
      owing(delivered),
      recorded,
      entry('tell', inMs(TELL_GRACE_MS)),
    ],
    [
      'a message owed about a final request: still an entry',
      owing(completed),
      recorded,
      entry('tell', inMs(TELL_GRACE_MS)),
    ],
    [
      'telling the person failed: again soon',
      owing(delivered),
      { kind: 'failed', attempts: 0 },
      entry('tell', inMs(RETRY_SOON_MS), 1),
    ],
    [
      'a read unanswered of a request now final: no entry',
      completed,
      { kind: 'unanswered', attempts: 0 },
      undefined,
    ],
  ] as const)('%s', (_name, request, happened, expected) => {
    expect(nextWork(request as PrivacyRequest, happened as Happened, NOW)).toEqual(expected);
  });
});

function SUBMITTED_NOW() {
  // `queuedRequest()` waits for an attempt at its submission time.
  return queuedRequest().delivery.nextAttemptAt as string;
}
