/**
 * Applies a status the endpoint reported (poll or callback) to a stored request, tells the user
 * when it changed, and stops the outbox's work on it once it is final. Says whether this answer's
 * own event moved the request (a concurrent poll or callback may have moved it first).
 */
import type { IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ChangeSource } from '../../core/requests/lifecycle';
import { move } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import type { StatusAnswer } from '../../core/requests/wire';
import { readSetting } from '../adapters/settings/reader';
import { SettingId } from '../adapters/settings/ids';
import { statusChangeText } from '../views/requestText';
import { recordAndPlan } from '../adapters/persistence/requestStore';
import type { Recorded } from '../adapters/persistence/requestStore';
import type { RequesterLogger } from '../adapters/messaging/tellRequester';
import { tellRequester } from '../adapters/messaging/tellRequester';

export async function applyStatusAnswer(
  read: IRead,
  modify: IModify,
  persistence: IPersistence,
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
  const recorded = await recordAndPlan(read.getPersistenceReader(), persistence, next, now);
  if (recorded.moved)
    await announce(read, modify, recorded.request, { reason: answer.reason, resultsUrl: answer.resultsUrl });
  return recorded;
}

export async function announce(
  read: IRead,
  modify: IModify,
  request: PrivacyRequest,
  extra: { reason?: string; resultsUrl?: string } = {},
  logger?: RequesterLogger,
) {
  const dpoEmail = await readSetting<string>(read.getEnvironmentReader().getSettings(), SettingId.DpoEmail);
  await tellRequester(
    read,
    modify,
    request,
    (t) => statusChangeText(request, t, { ...extra, dpoEmail }),
    logger,
  );
}
