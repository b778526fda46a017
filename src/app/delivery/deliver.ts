/**
 * Sends a queued request to the vendor's endpoint (or, with none, hands it over by e-mail), and
 * applies what the answer means (core/requests/outcome): delivered, retried later, refused
 * credentials (the admins are told once), a 400 (handed over by e-mail), or a dead letter.
 */
import type { EndpointState } from '../../core/ports/dsr';
import { applyOutcome, classifyCreate } from '../../core/requests/outcome';
import type { PrivacyRequest } from '../../core/requests/request';
import { quoteInline } from '../../core/text/quote';
import { announce } from './announce';
import { emailOrReadyToSend, handOverMalformed } from './handOver';
import { recordAndPlan } from './plan';
import type { DeliveryPorts } from './ports';

export type DeliverPorts = Pick<
  DeliveryPorts,
  'requests' | 'outbox' | 'notifier' | 'mailer' | 'settings' | 'dsr' | 'alerts' | 'random' | 'texts' | 'clock'
>;

export async function deliver(
  p: DeliverPorts,
  request: PrivacyRequest,
  now: Date,
  endpoint: EndpointState,
): Promise<void> {
  if (endpoint.kind !== 'ready') {
    const why = endpoint.kind === 'not_in_force' ? 'endpoint_not_in_force' : 'no_endpoint';
    return emailOrReadyToSend(p, request, now, why);
  }
  const result = await p.dsr.create(request);
  if (result.kind === 'no_endpoint') return emailOrReadyToSend(p, request, now, 'no_endpoint');
  const outcome = classifyCreate(result, request.id);
  const applied = applyOutcome(request, outcome, now, p.random());
  // Recorded as events; the person is told when this delivery's event moved the request.
  const { request: next, moved } = await recordAndPlan(p, applied.request, now);
  // A 400 is our failure, not the vendor's decision: it goes to the DPO by email, and is told as such.
  if (applied.malformed && outcome.kind === 'malformed') {
    if (moved) await handOverMalformed(p, next, outcome.message, now);
  } else if (applied.changed && moved && !applied.deadLettered) await announce(p, next);
  if (applied.alertAdmins && (await p.alerts.firstTime('credentials'))) {
    await p.notifier.tellAdmins(({ t }) => t('admin.unauthorized'));
  }
  if (applied.deadLettered) {
    // The admins read the last error as a bounded quote; the person never does.
    const reason = quoteInline(next.delivery.lastError ?? '', { maxLength: 200 });
    await p.notifier.tellAdmins(({ t }) => t('admin.deadLetter', { ref: next.ref, reason }));
    // Handed over first, then the person is told what happened to it (emailed, or send it yourself).
    await emailOrReadyToSend(p, next, now, 'dead_letter', moved);
  }
}

/** A run's claim of one request, held for as long as its lease (see engine/adapters/persistence/lease.ts). */
export const claimOf = (requestId: string) => `outbox-claim:${requestId}`;

/**
 * One run only sends a create: the request is claimed first, and a run that finds another's claim
 * leaves it. The `create-sent` event says from here on a cancel must reach the vendor.
 */
export async function send(
  p: DeliverPorts & Pick<DeliveryPorts, 'lease'>,
  request: PrivacyRequest,
  holder: string,
  claimMs: number,
  now: Date,
  endpoint: EndpointState,
): Promise<void> {
  if (!(await p.lease.claim(claimOf(request.id), holder, claimMs))) return;
  try {
    let marked = request;
    if (endpoint.kind === 'ready') {
      // Marked before the call: from here the vendor may hold it, so a cancel must reach it. Not read
      // back: this run holds the request's claim, and the marked copy is what it goes on with.
      await p.requests.append(request, [{ type: 'create-sent' }]);
      marked = { ...request, delivery: { ...request.delivery, createSent: true } };
    }
    await deliver(p, marked, now, endpoint);
  } finally {
    await p.lease.unclaim(claimOf(request.id));
  }
}
