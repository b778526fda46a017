/**
 * Requests stored by an earlier version that went only to the operator were left `queued` with
 * nobody told and no outbox entry. The app cannot list them (its records are found by request
 * id, reference or user id only, and the engine's persistence reader has no listing), so they
 * are handed over when their person's requests are read: the admins are told as for a new
 * request, else the DPO is e-mailed, else the person is asked to write to the DPO.
 */
import type { TextFor } from '../../core/ports/messaging';
import type { PrivacyRequest } from '../../core/requests/request';
import type { OperatorPorts } from './tellOperator';
import { tellOperator } from './tellOperator';

export function isLeftBehind(request: PrivacyRequest): boolean {
  return (
    !request.routing.vendor &&
    Boolean(request.routing.workspace) &&
    request.status === 'queued' &&
    !request.workspaceNotice &&
    !request.delivery.cancelRequested
  );
}

/**
 * The requests as they stand after any left-behind one was handed over. `noticeText`: what the
 * admins read about a left-behind request (it says why it comes only now).
 */
export async function handOverLeftBehind(
  ports: OperatorPorts,
  requests: PrivacyRequest[],
  noticeText: (request: PrivacyRequest) => TextFor,
  now: Date,
): Promise<PrivacyRequest[]> {
  const result: PrivacyRequest[] = [];
  for (const request of requests) {
    if (!isLeftBehind(request)) {
      result.push(request);
      continue;
    }
    ports.log.info(
      `request ${request.ref}: stored by an earlier version and never handed over; handing it over now`,
    );
    result.push(await tellOperator(ports, request, noticeText(request), now));
  }
  return result;
}
