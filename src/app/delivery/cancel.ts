/**
 * Cancelling a request. The person's cancel is recorded (an event of its own, so no other writer
 * can undo it) and a cancel operation is queued; the outbox run does the cancelling under its
 * lease, so a cancel never races a delivery: a request whose create was never sent is cancelled
 * with no call; one whose create was sent (even with no answer: the vendor may have stored it)
 * gets a DELETE, and a 404 to it is fine; one that went to the DPO by e-mail gets an e-mail. The
 * person is told only when it is this cancel's event that moved the request.
 */
import type { EndpointState } from '../../core/ports/dsr';
import { createAttempted } from '../../core/requests/history';
import type { RequestChange } from '../../core/requests/history';
import { isFinalOperatorState } from '../../core/requests/operatorMoves';
import type { PrivacyRequest } from '../../core/requests/request';
import { announce } from './announce';
import { plan } from './plan';
import { poll } from './poll';
import type { DeliveryPorts } from './ports';

export type CancelPorts = Pick<
  DeliveryPorts,
  'requests' | 'outbox' | 'notifier' | 'mailer' | 'settings' | 'dsr' | 'texts' | 'clock'
>;

/** The person asked to cancel: recorded, and the cancel queued (the planner puts a cancel first). */
export async function askToCancel(
  p: Pick<DeliveryPorts, 'requests' | 'outbox'>,
  request: PrivacyRequest,
  now: Date,
) {
  const { request: stored } = await p.requests.record(request, [{ type: 'cancel-asked' }]);
  await plan(p, stored, { kind: 'recorded' }, now);
}

/** The DPO was emailed the vendor's part, or the workspace's part (nobody else was told of it). */
function heldByDpo(request: PrivacyRequest): boolean {
  if (request.channel === 'email') return true;
  return !!request.routing.workspace && request.workspaceNotice?.told === 'dpo_email';
}

export async function cancel(
  p: CancelPorts,
  request: PrivacyRequest,
  now: Date,
  endpoint: EndpointState,
  attempts = 0,
): Promise<void> {
  const retry = () =>
    plan(p, request, { kind: 'cancel-pending', attempts, endpoint: endpoint.kind === 'ready' }, now);
  if (!request.routing.vendor || (request.status === 'queued' && !createAttempted(request)))
    return cancelled(p, request, now, retry);
  if (request.channel === 'email') return cancelled(p, request, now, retry);
  // The DPO's part is withdrawn before the DELETE: a DELETE repeated after a failed email gets a 409.
  const dpoEmailed = heldByDpo(request);
  if (dpoEmailed && !(await p.mailer.emailCancellation(request))) return retry();
  const result = await p.dsr.cancel(request.id);
  // 404: the vendor holds nothing under this id, so there is nothing left to cancel there.
  if (result.kind === 'answer' && [200, 202, 404].includes(result.status))
    return cancelled(p, request, now, retry, dpoEmailed);
  if (result.kind === 'answer' && result.status === 409) {
    // Too late to cancel: read where it stands first, then tell the user that fresh state.
    const { request: kept } = await p.requests.record(request, [{ type: 'cancel-answered' }]);
    await poll(p, kept, now);
    const fresh = (await p.requests.find(request.id)) ?? kept;
    await p.notifier.tellRequester(fresh, p.texts.cancelTooLate(fresh));
    return;
  }
  await retry();
}

function withdrawsOperatorTrack(request: PrivacyRequest): boolean {
  return !!request.routing.workspace && !isFinalOperatorState(request.operatorTrack?.state ?? 'new');
}

async function cancelled(
  p: CancelPorts,
  request: PrivacyRequest,
  now: Date,
  retry: () => Promise<void>,
  dpoEmailed = false,
): Promise<void> {
  // The DPO holds a part by email (the vendor's, or the workspace's when no admin could be told):
  // the request is cancelled only once the DPO was emailed; until then the cancel stays due.
  if (!dpoEmailed && heldByDpo(request) && !(await p.mailer.emailCancellation(request))) return retry();
  const at = now.toISOString();
  // The operator's part is withdrawn with it (unless the operator answered already: that stays).
  const withdraw: RequestChange[] = withdrawsOperatorTrack(request)
    ? [{ type: 'operator-moved', move: { move: 'withdraw', by: request.userId, at } }]
    : [];
  const { request: next, moved } = await p.requests.record(request, [
    { type: 'moved', status: 'cancelled', at, source: 'user', tell: true },
    ...withdraw,
  ]);
  await plan(p, next, { kind: 'recorded' }, now);
  if (!moved) return;
  await announce(p, next);
  if (next.routing.workspace) {
    // Posted where others may read it: the reference, law and type, never who asked (issue 11).
    await p.notifier.tellAdmins(({ t }) =>
      t('admin.cancelled', {
        ref: next.ref,
        type: t(`request.type.${next.type}`),
        jurisdiction: t(`jurisdiction.${next.jurisdiction}`),
      }),
    );
  }
}
