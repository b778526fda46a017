// The words the page itself puts in the chat (badges), in the picked user's language, as
// Rocket.Chat's client shows its own in the user's language. The app's words come from the app:
// `appWords` is the app's own catalogue (src/core/i18n), bundled in.
import { chooseLanguage } from '../../../../src/core/i18n/languages';
import { translator } from '../../../../src/core/i18n/translator';

const WORDS = {
  onlyYou: {
    en: 'Only you',
    de: 'Nur für Sie',
    'pt-BR': 'Só para você',
    es: 'Solo para ti',
    fr: 'Visible par vous seul',
  },
  directMessage: {
    en: 'Direct message',
    de: 'Direktnachricht',
    'pt-BR': 'Mensagem direta',
    es: 'Mensaje directo',
    fr: 'Message direct',
  },
};

/** A user's language as the app picks it (no preference: the server's, English here). */
export const languageOf = (user) => chooseLanguage(user?.language, 'en');

/** One of the page's own words in `language`. */
export const pageWord = (key, language) => WORDS[key][language] ?? WORDS[key].en;

/** The app's own `t` in `language`. */
export const appWords = (language) => translator(chooseLanguage(language, 'en')).t;
