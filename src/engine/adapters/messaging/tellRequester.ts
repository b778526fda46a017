/** Tells the requester about their request in their current language (else the one they filed in). */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Translator } from '../../../core/i18n/translator';
import type { PrivacyRequest } from '../../../core/requests/request';
import { sendDirectMessage } from './notifier';
import { translatorFor } from '../server/userLanguage';

export type RequesterLogger = { warn(...items: unknown[]): void };

/**
 * The person is found by user id only, never by username: a username freed by a deleted account
 * may belong to someone else now. When the account no longer exists, nobody is told (and the log
 * names the reference only). Returns whether the message was sent.
 */
export async function tellRequester(
  read: IRead,
  modify: IModify,
  request: Pick<PrivacyRequest, 'ref' | 'userId'>,
  text: (translator: Translator) => string,
  logger?: RequesterLogger,
): Promise<boolean> {
  const user = await read.getUserReader().getById(request.userId);
  if (!user) {
    logger?.warn(`request ${request.ref}: its user no longer exists, so no message was sent`);
    return false;
  }
  return sendDirectMessage(read, modify, user, text(await translatorFor(user, read)));
}
