import { formatDate } from '../../../../src/core/i18n/dates';
import { formatDuration } from '../../../../src/core/i18n/durations';
import { chooseLanguage, LANGUAGES, matchLanguage } from '../../../../src/core/i18n/languages';
import { en } from '../../../../src/core/i18n/messages/en';
import type { MessageKey } from '../../../../src/core/i18n/messages/en';
import { CATALOGUE, fill, placeholdersOf, translator } from '../../../../src/core/i18n/translator';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

const keys = Object.keys(en) as MessageKey[];

describe('the message catalogue', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every key with the same placeholders', (language) => {
    const messages = CATALOGUE[language];
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, placeholdersOf(messages[key] ?? '')]).toEqual([key, placeholdersOf(en[key])]);
      expect([key, (messages[key] ?? '').trim().length > 0]).toEqual([key, true]);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (language) => {
    const messages = CATALOGUE[language];
    const same = keys.filter((key) => messages[key] === en[key] && /[a-z]{4}/.test(en[key]));
    // A few strings are names that stay as they are (e.g. "CCPA/CPRA (California)").
    expect(same.length / keys.length).toBeLessThan(0.1);
  });

  it('has the same keys in every server-side i18n file', () => {
    const dir = join(__dirname, '..', '..', '..', '..', 'i18n');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['de.json', 'en.json', 'es.json', 'fr.json', 'pt-BR.json']);
    const english = Object.keys(JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'))).sort();
    for (const file of files) {
      const content = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
      expect([file, Object.keys(content).sort()]).toEqual([file, english]);
      expect([file, Object.values(content).every((v) => typeof v === 'string' && v.length > 0)]).toEqual([
        file,
        true,
      ]);
    }
  });
});

describe('language choice', () => {
  it('maps Rocket.Chat language codes', () => {
    expect(matchLanguage('de')).toBe('de');
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('pt-BR')).toBe('pt-BR');
    expect(matchLanguage('pt_BR')).toBe('pt-BR');
    expect(matchLanguage('pt')).toBe('pt-BR');
    expect(matchLanguage('es-MX')).toBe('es');
    expect(matchLanguage('FR')).toBe('fr');
    expect(matchLanguage('ja')).toBeUndefined();
    expect(matchLanguage('')).toBeUndefined();
    expect(matchLanguage(undefined)).toBeUndefined();
  });

  it('prefers the user, then the server, then English', () => {
    expect(chooseLanguage('fr', 'de')).toBe('fr');
    expect(chooseLanguage(undefined, 'de')).toBe('de');
    expect(chooseLanguage('ja', 'es')).toBe('es');
    expect(chooseLanguage('ja', 'ko')).toBe('en');
  });
});

describe('translation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Hi {name}, {missing}', { name: 'Ana' })).toBe('Hi Ana, {missing}');
    expect(fill('plain')).toBe('plain');
    expect(translator('en').t('contact.dpo', { email: 'x@y.org' })).toBe(
      'Write to the Data Protection Officer at x@y.org.',
    );
  });

  it('formats dates in the language, in UTC', () => {
    expect(formatDate('2023-10-20', 'en')).toBe('October 20, 2023');
    expect(formatDate('2023-10-20', 'de')).toBe('20. Oktober 2023');
    expect(formatDate('2023-10-20T23:30:00.000Z', 'en')).toBe('October 20, 2023');
    expect(formatDate('garbage', 'en')).toBe('garbage');
  });

  it('formats durations with singular and plural', () => {
    const { t } = translator('en');
    expect(formatDuration({ amount: 1, unit: 'months' }, t)).toBe('1 month');
    expect(formatDuration({ amount: 2, unit: 'months' }, t)).toBe('2 months');
    expect(formatDuration({ amount: 10, unit: 'business_days' }, t)).toBe('10 business days');
  });
});
