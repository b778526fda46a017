/**
 * The vendor track by e-mail: when no endpoint is set up (or the one set up is not in force), after
 * a dead-letter, and after a 400. The request goes to the DPO by e-mail where the workspace can send
 * it, else the person gets a ready-to-send e-mail; then the person is told what happened to it.
 */
import { move } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import { SettingId } from '../../core/settings/ids';
import { quoteInline } from '../../core/text/quote';
import { announce, tellPerson } from './announce';
import { recordAndPlan } from './plan';
import type { DeliveryPorts } from './ports';

export type HandOverPorts = Pick<
  DeliveryPorts,
  'requests' | 'outbox' | 'notifier' | 'mailer' | 'settings' | 'texts' | 'clock'
>;

/**
 * `no_endpoint`: emailed -> delivered (the DPO has it); not emailed -> failed, with a
 * ready-to-send email for the user. `dead_letter`: already failed; the email is a second way in,
 * and the person is told after it (`tell`: this run's event moved the request).
 */
export async function emailOrReadyToSend(
  p: HandOverPorts,
  request: PrivacyRequest,
  now: Date,
  why: 'no_endpoint' | 'endpoint_not_in_force' | 'dead_letter',
  tell = true,
): Promise<void> {
  const emailed = (await p.mailer.handOver(request)) === 'emailed';
  let next: PrivacyRequest = { ...request, channel: emailed ? 'email' : request.channel };
  const noEndpoint = why !== 'dead_letter';
  if (noEndpoint) {
    const moved = move(next, emailed ? 'delivered' : 'failed', {
      at: now.toISOString(),
      source: 'delivery',
      reason: emailed ? 'emailed_to_dpo' : 'no_endpoint_no_email',
    });
    if (moved.ok) next = moved.value;
  }
  // The planner leaves nothing to do for a request the DPO holds by e-mail, or one that failed.
  next = (await recordAndPlan(p, next, now)).request;
  const dpoEmail = await p.settings.get(SettingId.DpoEmail);
  if (noEndpoint && emailed) {
    // True to the case: none is set up, or the one set up is not in force (the admins were told).
    const key = why === 'no_endpoint' ? 'request.emailed' : 'request.emailedNotInForce';
    await tellPerson(p, next, ({ t }) => t(key, { email: dpoEmail }));
  } else if (noEndpoint) {
    await announce(p, next);
  } else if (tell) {
    // A dead-letter: told after the hand-over, so the person never writes to a DPO who has it.
    if (emailed) await tellPerson(p, next, p.texts.handedOver(next, dpoEmail));
    else await announce(p, next);
  }
}

/** What the admins read about where a refused request went. */
const MALFORMED_HANDOVER = {
  emailed: 'admin.malformed.emailed',
  ready_to_send: 'admin.malformed.notEmailed',
  nobody: 'admin.malformed.nobody',
} as const;

/**
 * After a 400 (DSR-CONTRACT: a delivery failure, never a refusal): the request goes to the DPO by
 * email as after a dead-letter; the admins get the endpoint's reason as a bounded quote; the
 * person is told in their language that it was passed on, with no vendor wording.
 */
export async function handOverMalformed(
  p: HandOverPorts,
  request: PrivacyRequest,
  endpointMessage: string,
  now: Date,
) {
  const dpoEmail = await p.settings.get(SettingId.DpoEmail);
  const handOver = await p.mailer.handOver(request);
  const emailed = handOver === 'emailed';
  const changed: PrivacyRequest = { ...request, channel: emailed ? 'email' : request.channel };
  const next = (await recordAndPlan(p, changed, now)).request;
  await p.notifier.tellAdmins(({ t }) =>
    [
      t('admin.malformed', { ref: next.ref, reason: quoteInline(endpointMessage, { maxLength: 200 }) }),
      t(MALFORMED_HANDOVER[handOver], { email: dpoEmail }),
    ].join('\n'),
  );
  if (emailed) await tellPerson(p, next, p.texts.handedOver(next, dpoEmail));
  else await announce(p, next);
}
