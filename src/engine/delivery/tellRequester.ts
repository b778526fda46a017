/** Tells the requester about their request in their current language (else the one they filed in). */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Translator } from '../../core/i18n/translator';
import { translator } from '../../core/i18n/translator';
import type { PrivacyRequest } from '../../core/requests/request';
import { sendDirectMessage } from '../gateways/notifier';
import { translatorFor } from '../gateways/userLanguage';

export async function tellRequester(
  read: IRead,
  modify: IModify,
  request: PrivacyRequest,
  text: (translator: Translator) => string,
): Promise<void> {
  const user = await read.getUserReader().getById(request.userId);
  const language = user ? await translatorFor(user, read) : translator(request.language);
  await sendDirectMessage(read, modify, user?.username ?? request.username, text(language));
}
