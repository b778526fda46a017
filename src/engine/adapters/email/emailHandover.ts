/**
 * The vendor track without an endpoint, or after a dead-letter: the request goes to the DPO by
 * email where the workspace can send email; otherwise the user gets a ready-to-send email.
 */
import { translator } from '../../../core/i18n/translator';
import type { PrivacyRequest } from '../../../core/requests/request';
import { siteUrl } from '../server/policySource';
import type { EngineCall } from '../engineCall';
import { SettingId } from '../../../core/settings/ids';
import { readyToSendText, requestEmail } from '../../views/requestEmailText';
import { tellRequester } from '../messaging/tellRequester';

import type { HandOver } from '../../../core/ports/mail';

export type { HandOver };

/** What an e-mail hand-over needs of the call. */
export type MailCall = Pick<EngineCall, 'read' | 'modify' | 'settings' | 'logger'>;

export async function handOverByEmail(call: MailCall, request: PrivacyRequest): Promise<HandOver> {
  const { read, modify, logger } = call;
  if (await emailDpo(call, request, 'vendor')) return 'emailed';
  const dpoEmail = await call.settings.get(SettingId.DpoEmail);
  const workspace = (await siteUrl(read)) ?? '';
  const told = await tellRequester(
    read,
    modify,
    request,
    (t) => readyToSendText(request, t, dpoEmail, workspace),
    logger,
  );
  return told ? 'ready_to_send' : 'nobody';
}

/** Emails one track of a request to the DPO; false (logged) when the workspace cannot send email. */
export async function emailDpo(
  { read, modify, logger, settings }: MailCall,
  request: PrivacyRequest,
  track: 'vendor' | 'workspace',
): Promise<boolean> {
  const dpoEmail = await settings.get(SettingId.DpoEmail);
  const workspace = (await siteUrl(read)) ?? '';
  // The DPO reads the request in the language it was filed in, plus the fields are labelled.
  const language = translator(request.language);
  // The user is named as they are now: a stored username may belong to someone else by now.
  const user = await read.getUserReader().getById(request.userId);
  const named = { ...request, username: user?.username ?? language.t('email.userGone') };
  const { subject, text } = requestEmail(named, language, workspace, track);
  try {
    await modify.getCreator().getEmailCreator().send({ to: dpoEmail, replyTo: request.email, subject, text });
    return true;
  } catch (error) {
    logger.warn(
      `request ${request.ref}: the workspace could not send email (${String((error as Error)?.message ?? error)})`,
    );
    return false;
  }
}

/** Tells the DPO that a request handed over by email was cancelled by the user; false (logged) when not sent. */
export async function emailCancellation(a: MailCall, request: PrivacyRequest): Promise<boolean> {
  const dpoEmail = await a.settings.get(SettingId.DpoEmail);
  const { t } = translator(request.language);
  try {
    await a.modify
      .getCreator()
      .getEmailCreator()
      .send({
        to: dpoEmail,
        replyTo: request.email,
        subject: t('email.cancelSubject', { ref: request.ref }),
        text: t('email.cancelText', { ref: request.ref }),
      });
    return true;
  } catch (error) {
    a.logger.warn(
      `request ${request.ref}: the cancellation email could not be sent (${String((error as Error)?.message ?? error)})`,
    );
    return false;
  }
}
