/** Moves a request to its email hand-over state and tells the user how it went. */
import { move } from '../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../core/requests/request';
import { readSetting } from '../settings/reader';
import { SettingId } from '../settings/ids';
import { handOverByEmail } from './emailHandover';
import type { Accessors } from './outboxRun';
import { clearWork, recordChanges } from './requestStore';
import { announce } from './statusUpdate';
import { tellRequester } from './tellRequester';

/**
 * `no_endpoint`: emailed -> delivered (the DPO has it); not emailed -> failed, with a
 * ready-to-send email for the user. `dead_letter`: already failed; the email is a second way in.
 */
export async function emailOrReadyToSend(
  a: Accessors,
  request: PrivacyRequest,
  now: Date,
  why: 'no_endpoint' | 'dead_letter',
) {
  const emailed = await handOverByEmail(a.read, a.modify, a.logger, request);
  let next: PrivacyRequest = { ...request, channel: emailed ? 'email' : request.channel };
  if (why === 'no_endpoint') {
    const moved = move(next, emailed ? 'delivered' : 'failed', {
      at: now.toISOString(),
      source: 'delivery',
      reason: emailed ? 'emailed_to_dpo' : 'no_endpoint_no_email',
    });
    if (moved.ok) next = moved.value;
  }
  next = (await recordChanges(a.read.getPersistenceReader(), a.persistence, next)).request;
  await clearWork(a.persistence, next.id);
  if (why === 'no_endpoint' && emailed) {
    const dpoEmail = await readSetting<string>(
      a.read.getEnvironmentReader().getSettings(),
      SettingId.DpoEmail,
    );
    await tellRequester(a.read, a.modify, next, ({ t }) => t('request.emailed', { email: dpoEmail }));
  } else if (why === 'no_endpoint') {
    await announce(a.read, a.modify, next);
  }
}
