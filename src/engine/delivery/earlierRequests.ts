/**
 * Requests stored by an earlier version that went only to the operator were left `queued` with
 * nobody told and no outbox entry. The app cannot list them (its records are found by request
 * id, reference or user id only, and the engine's persistence reader has no listing), so they
 * are handed over when their person's requests are read: the admins are told as for a new
 * request, else the DPO is e-mailed, else the person is asked to write to the DPO.
 */
import type { EngineCall } from '../adapters/engineCall';
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { PrivacyRequest } from '../../core/requests/request';
import { adminNoticeText } from '../views/requestText';
import { tellOperator } from './fileRequest';

export function isLeftBehind(request: PrivacyRequest): boolean {
  return (
    !request.routing.vendor &&
    Boolean(request.routing.workspace) &&
    request.status === 'queued' &&
    !request.workspaceNotice &&
    !request.delivery.cancelRequested
  );
}

/** The requests as they stand after any left-behind one was handed over. */
export async function handOverLeftBehind(
  a: Pick<EngineCall, 'read' | 'modify' | 'persistence' | 'logger' | 'settings'>,
  requests: PrivacyRequest[],
  now: Date,
): Promise<PrivacyRequest[]> {
  const result: PrivacyRequest[] = [];
  for (const request of requests) {
    if (!isLeftBehind(request)) {
      result.push(request);
      continue;
    }
    a.logger.info(
      `request ${request.ref}: stored by an earlier version and never handed over; handing it over now`,
    );
    const attempt = async (what: string, send: () => Promise<unknown>) => {
      try {
        return await send();
      } catch (error) {
        a.logger.error(`request ${request.ref}: ${what} failed`, String((error as Error)?.message ?? error));
        return undefined;
      }
    };
    // The admins may have had it from the earlier version: the notice says why it comes now.
    const notice = (t: Translator) =>
      [
        adminNoticeText(request, t),
        t.t('admin.earlierRequest', { ref: request.ref, date: formatDate(request.submittedAt, t.language) }),
      ].join('\n');
    result.push(await tellOperator(a, request, now, attempt, notice));
  }
  return result;
}
