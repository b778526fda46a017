/**
 * What the request page needs beyond the request: the usernames of the person and of whoever moved
 * it (each distinct account read once), the person's display name, and whether a vendor delivery
 * waits in the outbox (one shard read).
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { isRetryable } from '../../../../app/operator/retryDelivery';
import type { PrivacyRequest } from '../../../../core/requests/request';
import type { EngineCall } from '../../../adapters/engineCall';
import { outboxShard, shardOf } from '../../../adapters/persistence/outboxQueue';
import type { RequestPageData } from '../../../views/console/requestPage';

export async function waitingEntry(call: EngineCall, requestId: string) {
  const shard = await outboxShard(call.read.getPersistenceReader(), shardOf(requestId), call.logger);
  return shard.find((e) => e.requestId === requestId);
}

export async function requestPageData(
  call: EngineCall,
  request: PrivacyRequest,
  reader: IUser,
  notice?: string,
): Promise<RequestPageData> {
  const moves = request.operatorTrack?.moves ?? [];
  const ids = [...new Set([request.userId, ...moves.map((m) => m.by)])];
  const users = await Promise.all(
    ids.map((id) =>
      call.read
        .getUserReader()
        .getById(id)
        .catch(() => undefined),
    ),
  );
  const accountNames: Record<string, string> = {};
  ids.forEach((id, i) => {
    const username = users[i]?.username;
    if (username) accountNames[id] = username;
  });
  const person = users[0];
  const retryable = !!request.routing.vendor && isRetryable(await waitingEntry(call, request.id));
  return {
    appId: call.appId,
    request,
    now: call.now(),
    accountNames,
    ...(person?.name ? { personName: person.name } : {}),
    retryable,
    ...(notice ? { notice } : {}),
    ...(typeof reader.utcOffset === 'number' ? { utcOffset: reader.utcOffset } : {}),
  };
}
