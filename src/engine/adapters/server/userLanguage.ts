/** The user's language: their own preference, else the server's Language setting, else English. */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { Language } from '../../../core/i18n/languages';
import { chooseLanguage } from '../../../core/i18n/languages';
import type { Translator } from '../../../core/i18n/translator';
import { translator } from '../../../core/i18n/translator';

export async function serverLanguage(read: IRead): Promise<string | undefined> {
  try {
    const value = await read.getEnvironmentReader().getServerSettings().getValueById('Language');
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function languageOf(user: IUser, read: IRead): Promise<Language> {
  const preference = (user.settings as { preferences?: { language?: unknown } } | undefined)?.preferences
    ?.language;
  return chooseLanguage(preference, preference ? undefined : await serverLanguage(read));
}

export async function translatorFor(user: IUser, read: IRead): Promise<Translator> {
  return translator(await languageOf(user, read));
}
