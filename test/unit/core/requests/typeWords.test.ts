import { LANGUAGES } from '../../../../src/core/i18n/languages';
import { REQUEST_TYPES } from '../../../../src/core/requests/types';
import {
  firstTypeWords,
  normalizeWord,
  typeFromWords,
  typeWordsIn,
} from '../../../../src/core/requests/typeWords';

describe('/privacy request <what>, in the person’s words', () => {
  it.each([
    ['delete', 'en'],
    ['löschen', 'de'],
    ['Löschen', 'de'],
    ['excluir', 'pt-BR'],
    ['supprimer', 'fr'],
    ['eliminar', 'es'],
    ['erasure', 'en'],
  ] as const)('%s asks for erasure', (word, language) => {
    expect(typeFromWords([word], language)).toEqual({ kind: 'type', type: 'erasure' });
  });

  it('understands every type id and every word of every language, whatever the reader’s language', () => {
    for (const type of REQUEST_TYPES) {
      expect(typeFromWords([type], 'de')).toEqual({ kind: 'type', type });
      for (const language of LANGUAGES)
        for (const word of typeWordsIn(language, type))
          expect([word, typeFromWords([word], 'en')]).toEqual([word, { kind: 'type', type }]);
    }
  });

  it('no word names two types in any language', () => {
    const seen = new Map<string, string>();
    for (const type of REQUEST_TYPES)
      for (const language of LANGUAGES)
        for (const word of typeWordsIn(language, type)) {
          const key = normalizeWord(word);
          expect([key, seen.get(key) ?? type]).toEqual([key, type]);
          seen.set(key, type);
        }
  });

  it('takes a phrase and ids written with a hyphen', () => {
    expect(typeFromWords(['opt', 'out'], 'en')).toEqual({ kind: 'type', type: 'sale_opt_out' });
    expect(typeFromWords(['consent-withdrawal'], 'en')).toEqual({ kind: 'type', type: 'consent_withdrawal' });
  });

  it('nothing given: no type (the form opens with its default)', () => {
    expect(typeFromWords([], 'en')).toBeUndefined();
  });

  it('an unknown word gets the closest word in the reader’s language', () => {
    expect(typeFromWords(['delte'], 'en')).toEqual({ kind: 'unknown', input: 'delte', suggestion: 'delete' });
    expect(typeFromWords(['loeschen'], 'de')).toEqual({
      kind: 'unknown',
      input: 'loeschen',
      suggestion: 'löschen',
    });
    expect(typeFromWords(['weather'], 'en')).toEqual({ kind: 'unknown', input: 'weather' });
  });

  it('lists one word per type, in the reader’s language', () => {
    expect(firstTypeWords('en')).toHaveLength(REQUEST_TYPES.length);
    expect(firstTypeWords('fr', ['erasure'])).toEqual(['supprimer']);
  });
});
