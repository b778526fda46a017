/**
 * Telling people things, as the use cases see it. Texts are built by the caller for the reader's
 * language (the adapter finds the language: the person's current one, the admins' own).
 */
import type { Translator } from '../i18n/translator';
import type { PrivacyRequest } from '../requests/request';

export type TextFor = (translator: Translator) => string;

export interface Notifier {
  /** A direct message to the request's person, found by user id; false when the account is gone. */
  tellRequester(request: Pick<PrivacyRequest, 'ref' | 'userId'>, text: TextFor): Promise<boolean>;
  /** The admin room, else the named admins, else the installer; false when nobody could be told. */
  tellAdmins(text: TextFor): Promise<boolean>;
}
