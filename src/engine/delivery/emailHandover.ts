/**
 * The vendor track without an endpoint, or after a dead-letter: the request goes to the DPO by
 * email where the workspace can send email; otherwise the user gets a ready-to-send email.
 */
import type { ILogger, IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { translator } from '../../core/i18n/translator';
import type { PrivacyRequest } from '../../core/requests/request';
import { siteUrl } from '../gateways/policySource';
import { readSetting } from '../settings/reader';
import { SettingId } from '../settings/ids';
import { readyToSendText, requestEmail } from '../views/requestText';
import { tellRequester } from './tellRequester';

/**
 * `emailed`: the workspace sent the email; `ready_to_send`: the user was given a ready-to-send one;
 * `nobody`: neither (no email, and the user's account no longer exists).
 */
export type HandOver = 'emailed' | 'ready_to_send' | 'nobody';

export async function handOverByEmail(
  read: IRead,
  modify: IModify,
  logger: ILogger,
  request: PrivacyRequest,
): Promise<HandOver> {
  if (await emailDpo(read, modify, logger, request, 'vendor')) return 'emailed';
  const dpoEmail = await readSetting<string>(read.getEnvironmentReader().getSettings(), SettingId.DpoEmail);
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
  read: IRead,
  modify: IModify,
  logger: ILogger,
  request: PrivacyRequest,
  track: 'vendor' | 'workspace',
): Promise<boolean> {
  const dpoEmail = await readSetting<string>(read.getEnvironmentReader().getSettings(), SettingId.DpoEmail);
  const workspace = (await siteUrl(read)) ?? '';
  // The DPO reads the request in the language it was filed in, plus the fields are labelled.
  const { subject, text } = requestEmail(request, translator(request.language), workspace, track);
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

/** Tells the DPO that a request handed over by email was cancelled by the user. */
export async function emailCancellation(
  a: { read: IRead; modify: IModify; logger: ILogger },
  request: PrivacyRequest,
): Promise<void> {
  const dpoEmail = await readSetting<string>(a.read.getEnvironmentReader().getSettings(), SettingId.DpoEmail);
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
  } catch (error) {
    a.logger.warn(
      `request ${request.ref}: the cancellation email could not be sent (${String((error as Error)?.message ?? error)})`,
    );
  }
}
