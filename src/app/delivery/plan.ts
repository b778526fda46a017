/** Writing down what a request needs next, as the core's planner decides it. */
import type { Recorded } from '../../core/ports/requests';
import type { Happened } from '../../core/requests/outboxPlan';
import { nextWork } from '../../core/requests/outboxPlan';
import type { PrivacyRequest } from '../../core/requests/request';
import type { DeliveryPorts } from './ports';

export async function plan(
  p: Pick<DeliveryPorts, 'outbox'>,
  request: PrivacyRequest,
  happened: Happened,
  now: Date,
): Promise<void> {
  const entry = nextWork(request, happened, now);
  if (entry) await p.outbox.put(entry);
  else await p.outbox.clear(request.id);
}

/**
 * Records what a writer worked out (only its differences from the request as stored, so changes
 * made meanwhile by others are kept), then plans from the request as stored now. A writer whose
 * event moved the status owes the person a message: its request is planned once they are told
 * (announce.ts `tellPerson`), so until then the entry stays as it was and a crash in between
 * leaves the message to the outbox, which sends it when that entry comes due.
 */
export async function recordAndPlan(
  p: Pick<DeliveryPorts, 'requests' | 'outbox'>,
  next: PrivacyRequest,
  now: Date,
): Promise<Recorded> {
  // This writer tells the person of a move its event made (announce.ts), so the move is owed until then.
  const recorded = await p.requests.recordChanges(next, { tell: true });
  if (!(recorded.moved && recorded.request.owedNotice))
    await plan(p, recorded.request, { kind: 'recorded' }, now);
  return recorded;
}
