/**
 * Applies a status the endpoint reported (poll or callback) to a stored request, tells the person
 * when it changed, and plans the request's next work (none once it is final). Says whether this
 * answer's own event moved the request (a concurrent poll or callback may have moved it first).
 */
import type { Recorded } from '../../core/ports/requests';
import type { ChangeSource } from '../../core/requests/lifecycle';
import { move } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import type { StatusAnswer } from '../../core/requests/wire';
import { announce } from './announce';
import { recordAndPlan } from './plan';
import type { DeliveryPorts } from './ports';

export type StatusPorts = Pick<
  DeliveryPorts,
  'requests' | 'outbox' | 'notifier' | 'settings' | 'texts' | 'clock'
>;

export async function applyStatusAnswer(
  p: StatusPorts,
  request: PrivacyRequest,
  answer: StatusAnswer,
  source: ChangeSource,
  now: Date,
): Promise<Recorded> {
  const moved = move(request, answer.status, {
    at: now.toISOString(),
    source,
    ...(answer.reason ? { reason: answer.reason } : {}),
  });
  let next = moved.ok ? moved.value : request;
  if (answer.expectedCompletionTime)
    next = { ...next, delivery: { ...next.delivery, expectedCompletionTime: answer.expectedCompletionTime } };
  if (next.status !== 'queued') next = { ...next, delivery: { ...next.delivery, nextAttemptAt: undefined } };
  // Only this answer's own changes are written; whoever's event moved the status tells the person.
  const recorded = await recordAndPlan(p, next, now);
  if (recorded.moved)
    await announce(p, recorded.request, { reason: answer.reason, resultsUrl: answer.resultsUrl });
  return recorded;
}
