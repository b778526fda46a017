import { translator } from '../../../../src/core/i18n/translator';
import type { Jurisdiction } from '../../../../src/core/policy/jurisdictions';
import { operatorRefusalText } from '../../../../src/engine/views/operatorRefusalText';
import type { OperatorMoved } from '../../../../src/core/requests/operatorTrack';
import type { RequestType } from '../../../../src/core/requests/types';

type Refused = Extract<OperatorMoved, { ok: false }>;
const en = translator('en');
const de = translator('de');
const text = (refused: Refused, jurisdiction: Jurisdiction, type: RequestType = 'access') => ({
  en: operatorRefusalText(refused, { jurisdiction, type }, en),
  de: operatorRefusalText(refused, { jurisdiction, type }, de),
});

describe('operatorRefusalText: the admin reads why, naming the law and its rule', () => {
  it('LGPD allows no extension', () => {
    expect(
      text({ ok: false, refusal: 'law_allows_none', date: new Date('2026-03-17T09:30:00Z') }, 'lgpd'),
    ).toEqual({
      en: 'LGPD (Brazil) allows no extension: the answer is due within 15 days of the request, on March 17, 2026 at the latest.',
      de: 'Das gewählte Recht (LGPD (Brasilien)) erlaubt keine Fristverlängerung: Die Antwort ist innerhalb der gesetzlichen Frist (15 Tage) fällig, spätestens am 17. März 2026.',
    });
  });

  it('a CCPA opt-out names its own 15 business days', () => {
    const refused: Refused = {
      ok: false,
      refusal: 'law_allows_none',
      date: new Date('2026-03-23T09:30:00Z'),
    };
    expect(text(refused, 'ccpa', 'sale_opt_out').en).toBe(
      'CCPA/CPRA (California) allows no extension: the answer is due within 15 business days of the request, on March 23, 2026 at the latest.',
    );
  });

  it('GDPR: too late once the first month is over', () => {
    expect(
      text({ ok: false, refusal: 'too_late_to_extend', date: new Date('2026-04-02T09:30:00Z') }, 'gdpr'),
    ).toEqual({
      en: 'GDPR (European Union and EEA) allows an extension only if the person is told, with the reasons, within the first period (1 month). That period ended on April 2, 2026, so the deadline can no longer be extended.',
      de: 'Das gewählte Recht (DSGVO (Europäische Union und EWR)) erlaubt eine Verlängerung nur, wenn die Person innerhalb der ersten Frist (1 Monat) mit Begründung darüber informiert wird. Diese Frist endete am 2. April 2026, daher kann sie nicht mehr verlängert werden.',
    });
  });

  it('UK GDPR: at most two more months', () => {
    expect(
      text({ ok: false, refusal: 'beyond_maximum', date: new Date('2026-06-02T09:30:00Z') }, 'uk_gdpr'),
    ).toEqual({
      en: 'UK GDPR (United Kingdom) allows at most 2 months more after the original due date, so the latest possible date is June 2, 2026.',
      de: 'Das gewählte Recht (UK GDPR (Vereinigtes Königreich)) erlaubt nach dem ursprünglichen Fälligkeitsdatum höchstens eine Verlängerung um 2 Monate, das späteste mögliche Datum ist also der 2. Juni 2026.',
    });
  });

  it('CCPA: one extension only', () => {
    expect(text({ ok: false, refusal: 'already_extended' }, 'ccpa')).toEqual({
      en: 'CCPA/CPRA (California) allows one extension only, and this request has already been extended.',
      de: 'Das gewählte Recht (CCPA/CPRA (Kalifornien)) erlaubt nur eine einzige Verlängerung, und diese Anfrage wurde bereits verlängert.',
    });
  });

  it.each([
    [
      'final_state',
      'This request is closed (answered or withdrawn), and a closed request does not move any more.',
      'Diese Anfrage ist abgeschlossen (beantwortet oder zurückgezogen); eine abgeschlossene Anfrage ändert sich nicht mehr.',
    ],
    [
      'reasons_required',
      'Write the reasons: the person must be told why a request is refused or its deadline extended.',
      'Geben Sie die Gründe an: Die Person muss erfahren, warum eine Anfrage abgelehnt oder ihre Frist verlängert wird.',
    ],
    [
      'not_the_person',
      'Only the person who made the request can withdraw it.',
      'Nur die Person, die die Anfrage gestellt hat, kann sie zurückziehen.',
    ],
  ] as const)('%s', (refusal, inEnglish, inGerman) => {
    expect(text({ ok: false, refusal }, 'gdpr')).toEqual({ en: inEnglish, de: inGerman });
  });

  it('no text is left with an unfilled placeholder, for every refusal a law can give', () => {
    const extensionOnly = ['too_late_to_extend', 'beyond_maximum', 'already_extended', 'not_later'];
    const refusals = [
      'final_state',
      'law_allows_none',
      'no_deadline',
      'too_late_to_extend',
      'beyond_maximum',
      'already_extended',
      'not_later',
      'not_taken',
      'already_taken',
      'reasons_required',
      'not_the_person',
    ] as const;
    for (const refusal of refusals)
      for (const law of ['gdpr', 'ccpa', 'lgpd'] as const) {
        if (law === 'lgpd' && extensionOnly.includes(refusal)) continue;
        const words = text({ ok: false, refusal, date: new Date('2026-04-02T09:30:00Z') }, law);
        expect(words.en).not.toMatch(/\{\w+\}/);
        expect(words.de).not.toMatch(/\{\w+\}/);
      }
  });
});
