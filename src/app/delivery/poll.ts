/** Reads where an open request stands at the endpoint, and applies the answer. */
import type { PrivacyRequest } from '../../core/requests/request';
import { parseStatusAnswer } from '../../core/requests/wire';
import { applyStatusAnswer } from './applyStatusAnswer';
import { plan } from './plan';
import type { DeliveryPorts } from './ports';

export type PollPorts = Pick<
  DeliveryPorts,
  'requests' | 'outbox' | 'notifier' | 'settings' | 'dsr' | 'texts' | 'clock'
>;

export async function poll(p: PollPorts, request: PrivacyRequest, now: Date, attempts = 0): Promise<void> {
  // No endpoint (the setting was emptied): no call, and the request keeps its place until it is set again.
  const result = await p.dsr.status(request.id);
  const answer =
    result.kind === 'answer' && result.status === 200
      ? parseStatusAnswer(result.body, request.id)
      : undefined;
  if (!answer) return plan(p, request, { kind: 'unanswered', attempts }, now);
  await applyStatusAnswer(p, request, answer, 'poll', now);
}
