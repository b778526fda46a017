/**
 * Applies a status the endpoint reported (poll or callback) to a stored request, tells the user
 * when it changed, and stops the outbox's work on it once it is final. Says whether this answer's
 * own event moved the request (a concurrent poll or callback may have moved it first).
 */
import type { ChangeSource } from '../../core/requests/lifecycle';
import { move } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import type { StatusAnswer } from '../../core/requests/wire';
import type { EngineCall } from '../adapters/engineCall';
import { SettingId } from '../../core/settings/ids';
import { statusChangeText } from '../views/requestText';
import { recordAndPlan } from '../adapters/persistence/requestStore';
import type { Recorded } from '../adapters/persistence/requestStore';
import { tellRequester } from '../adapters/messaging/tellRequester';

export async function applyStatusAnswer(
  call: Pick<EngineCall, 'read' | 'modify' | 'persistence' | 'settings' | 'logger'>,
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
  const recorded = await recordAndPlan(call.read.getPersistenceReader(), call.persistence, next, now);
  if (recorded.moved)
    await announce(call, recorded.request, { reason: answer.reason, resultsUrl: answer.resultsUrl });
  return recorded;
}

export async function announce(
  { read, modify, settings, logger }: Pick<EngineCall, 'read' | 'modify' | 'settings' | 'logger'>,
  request: PrivacyRequest,
  extra: { reason?: string; resultsUrl?: string } = {},
) {
  const dpoEmail = await settings.get(SettingId.DpoEmail);
  await tellRequester(
    read,
    modify,
    request,
    (t) => statusChangeText(request, t, { ...extra, dpoEmail }),
    logger,
  );
}
