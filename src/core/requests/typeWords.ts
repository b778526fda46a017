/**
 * `/privacy request <what>`: the kind of request in the person's own words. Every language's
 * words for every type are understood (people mix languages), plus the type ids themselves; an
 * unknown word gets the closest known one in the person's language as a suggestion.
 */
import type { Language } from '../i18n/languages';
import { LANGUAGES } from '../i18n/languages';
import { CATALOGUE } from '../i18n/translator';
import { en } from '../i18n/messages/en';
import { closestMatch } from '../text/closestMatch';
import type { RequestType } from './types';
import { REQUEST_TYPES } from './types';

/** Lower case, without accents, `_` as `-`: "Löschen" and "loschen", "opt_out" and "opt-out" meet. */
export const normalizeWord = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/_/g, '-')
    .trim();

/** The words of one language for one type, as the catalogue lists them (first one first). */
export function typeWordsIn(language: Language, type: RequestType): string[] {
  const list = CATALOGUE[language][`request.typeWords.${type}`] ?? en[`request.typeWords.${type}`];
  return list
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/** Every known word (normalized) and the type it names. */
export function typeWordIndex(): Map<string, RequestType> {
  const index = new Map<string, RequestType>();
  for (const type of REQUEST_TYPES) {
    index.set(normalizeWord(type), type);
    for (const language of LANGUAGES)
      for (const word of typeWordsIn(language, type)) index.set(normalizeWord(word), type);
  }
  return index;
}

export type TypeWord =
  | { kind: 'type'; type: RequestType }
  | { kind: 'unknown'; input: string; suggestion?: string };

export function typeFromWords(words: readonly string[], language: Language): TypeWord | undefined {
  const given = words.map((w) => w.trim()).filter((w) => w.length > 0);
  if (given.length === 0) return undefined;
  const index = typeWordIndex();
  // "opt out", "withdraw consent": the whole phrase first, then each word in turn.
  for (const candidate of [given.join('-'), ...given]) {
    const type = index.get(normalizeWord(candidate));
    if (type) return { kind: 'type', type };
  }
  const input = given.join(' ').slice(0, 40);
  const own = REQUEST_TYPES.flatMap((type) => typeWordsIn(language, type));
  const match = closestMatch(normalizeWord(given[0]), own.map(normalizeWord));
  const suggestion = match === undefined ? undefined : own.find((w) => normalizeWord(w) === match);
  return { kind: 'unknown', input, ...(suggestion ? { suggestion } : {}) };
}

/** The first word of each type in a language: what the help and an "unknown" answer list. */
export const firstTypeWords = (language: Language, types: readonly RequestType[] = REQUEST_TYPES) =>
  types.map((type) => typeWordsIn(language, type)[0]);
