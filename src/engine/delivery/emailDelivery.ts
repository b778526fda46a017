/** Moves a request to its email hand-over state and tells the user how it went. */
import { move } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import { SettingId } from '../../core/settings/ids';
import { handOverByEmail } from '../adapters/email/emailHandover';
import type { EngineCall as Accessors } from '../adapters/engineCall';
import { clearWork, recordChanges } from '../adapters/persistence/requestStore';
import { announce } from './statusUpdate';
import { tellRequester } from '../adapters/messaging/tellRequester';
import { quoteInline } from '../../core/text/quote';
import { tellAdmins } from '../adapters/messaging/admins';
import { handedOverText } from '../views/requestText';

/**
 * `no_endpoint`: emailed -> delivered (the DPO has it); not emailed -> failed, with a
 * ready-to-send email for the user. `dead_letter`: already failed; the email is a second way in,
 * and the person is told after it (`tell`: this run's event moved the request).
 */
export async function emailOrReadyToSend(
  a: Accessors,
  request: PrivacyRequest,
  now: Date,
  why: 'no_endpoint' | 'endpoint_not_in_force' | 'dead_letter',
  tell = true,
) {
  const emailed = (await handOverByEmail(a, request)) === 'emailed';
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
  next = (await recordChanges(a.read.getPersistenceReader(), a.persistence, next)).request;
  await clearWork(a.persistence, next.id);
  if (noEndpoint && emailed) {
    const dpoEmail = await a.settings.get(SettingId.DpoEmail);
    await tellRequester(
      a.read,
      a.modify,
      next,
      // True to the case: none is set up, or the one set up is not in force (the admins were told).
      ({ t }) =>
        t(why === 'no_endpoint' ? 'request.emailed' : 'request.emailedNotInForce', { email: dpoEmail }),
      a.logger,
    );
  } else if (noEndpoint) {
    await announce(a, next);
  } else if (tell) {
    // A dead-letter: told after the hand-over, so the person never writes to a DPO who has it.
    const dpoEmail = await a.settings.get(SettingId.DpoEmail);
    if (emailed)
      await tellRequester(a.read, a.modify, next, (t) => handedOverText(next, t, dpoEmail), a.logger);
    else await announce(a, next);
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
export async function handOverMalformed(a: Accessors, request: PrivacyRequest, endpointMessage: string) {
  const dpoEmail = await a.settings.get(SettingId.DpoEmail);
  const handOver = await handOverByEmail(a, request);
  const emailed = handOver === 'emailed';
  const changed: PrivacyRequest = { ...request, channel: emailed ? 'email' : request.channel };
  const next = (await recordChanges(a.read.getPersistenceReader(), a.persistence, changed)).request;
  await clearWork(a.persistence, next.id);
  await tellAdmins(a, ({ t }) =>
    [
      t('admin.malformed', { ref: next.ref, reason: quoteInline(endpointMessage, { maxLength: 200 }) }),
      t(MALFORMED_HANDOVER[handOver], { email: dpoEmail }),
    ].join('\n'),
  );
  if (emailed)
    await tellRequester(a.read, a.modify, next, (t) => handedOverText(next, t, dpoEmail), a.logger);
  else await announce(a, next);
}
