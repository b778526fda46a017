/** Each law's rights in its own terms; the clocks said as the code counts them. */
import { addBusinessDays } from '../../../../src/core/requests/calendar';
import { deadlinesFor } from '../../../../src/core/requests/deadlines';
import { LANGUAGES } from '../../../../src/core/i18n/languages';
import { translator } from '../../../../src/core/i18n/translator';
import type { Jurisdiction } from '../../../../src/core/policy/jurisdictions';
import { JURISDICTIONS, jurisdictionFacts } from '../../../../src/core/policy/jurisdictions';
import { jurisdictionLines } from '../../../../src/engine/views/jurisdictionText';
import { dueLines } from '../../../../src/engine/views/requestText';
import { requestDetailText, requestListText } from '../../../../src/engine/views/requestHistoryText';
import { queuedRequest } from '../../core/requests/fixtures';

const rights = (jurisdiction: Jurisdiction, language: (typeof LANGUAGES)[number]) =>
  jurisdictionLines(jurisdictionFacts(jurisdiction), translator(language).t)[1];

describe('the rights of each law', () => {
  it('in Portuguese: LGPD terms for the LGPD only, not for the GDPR or the CCPA', () => {
    expect(rights('lgpd', 'pt-BR')).toMatch(/anonimização, bloqueio ou eliminação/);
    for (const j of ['gdpr', 'uk_gdpr', 'ccpa', 'us_state', 'other'] as const) {
      expect([j, rights(j, 'pt-BR')]).not.toEqual([j, expect.stringMatching(/anonimização|bloqueio/)]);
      expect([j, rights(j, 'pt-BR')]).not.toEqual([j, expect.stringMatching(/desatualizados/)]);
    }
    expect(rights('gdpr', 'pt-BR')).toMatch(/apagamento/);
  });

  it.each(LANGUAGES)(
    'in %s: the LGPD and the CCPA each word erasure and access their own way',
    (language) => {
      expect(rights('lgpd', language)).not.toContain(translator(language).t('right.erasure'));
      expect(rights('ccpa', language)).not.toContain(translator(language).t('right.erasure'));
      expect(rights('ccpa', language)).not.toContain(translator(language).t('right.access'));
      expect(rights('gdpr', language)).toContain(translator(language).t('right.erasure'));
    },
  );

  it('in English, the CCPA speaks of knowing, deleting and correcting personal information', () => {
    expect(rights('ccpa', 'en')).toMatch(/right to know/);
    expect(rights('ccpa', 'en')).toMatch(/right to delete/);
    expect(rights('ccpa', 'en')).toMatch(/right to correct/);
  });

  it.each(LANGUAGES)('every law lists each of its rights, in %s, with no key left unresolved', (language) => {
    for (const j of JURISDICTIONS) {
      const list = rights(j, language);
      expect(list.split('\n')).toHaveLength(jurisdictionFacts(j).rights.length);
      expect([j, list]).not.toEqual([j, expect.stringMatching(/right\./)]);
    }
  });
});

describe('business days', () => {
  it('count a public holiday as a business day, as the text says', () => {
    // Friday 3 July 2026 is a US federal holiday (observed); it is counted all the same.
    expect(addBusinessDays(new Date('2026-07-02T12:00:00Z'), 1).toISOString()).toBe(
      '2026-07-03T12:00:00.000Z',
    );
    const line = dueLines(
      queuedRequest({ jurisdiction: 'ccpa', type: 'sale_opt_out', due: '2026-07-23T12:00:00.000Z' }),
      translator('en'),
    )[0];
    expect(line).not.toMatch(/not counted/);
    expect(line).toMatch(/Monday to Friday/);
    expect(line).toMatch(/public holidays count as business days/);
    const policy = jurisdictionLines(jurisdictionFacts('ccpa'), translator('en').t).join('\n');
    expect(policy).toMatch(/public holidays count as business days/);
  });
});

describe('withdrawing consent and objecting to direct marketing under the GDPR', () => {
  const SUBMITTED = '2026-03-02T09:30:00.000Z';
  const withdrawal = queuedRequest({
    type: 'consent_withdrawal',
    submittedAt: SUBMITTED,
    due: '2026-04-02T09:30:00.000Z',
  });

  it('take effect at once: the month is only the latest date for confirming it', () => {
    expect(deadlinesFor('gdpr', 'consent_withdrawal', new Date(SUBMITTED)).effect).toBe('at_once');
    expect(deadlinesFor('uk_gdpr', 'objection', new Date(SUBMITTED)).effect).toBe('direct_marketing_at_once');
    expect(deadlinesFor('gdpr', 'access', new Date(SUBMITTED)).effect).toBeUndefined();
    expect(deadlinesFor('ccpa', 'access', new Date(SUBMITTED)).effect).toBeUndefined();
    const en = translator('en');
    const lines = dueLines(withdrawal, en).join('\n');
    expect(lines).not.toContain(en.t('request.due', { date: 'April 2, 2026' }));
    expect(lines).toMatch(/as soon as the request is received/);
    expect(lines).toContain('April 2, 2026');
    const objection = dueLines({ ...withdrawal, type: 'objection' }, en).join('\n');
    expect(objection).toMatch(/direct marketing takes effect as soon as the request is received/);
  });

  it('are not listed by /privacy status as merely "due" in a month', () => {
    const en = translator('en');
    const list = requestListText([withdrawal], en, 10);
    expect(list).not.toMatch(/due April 2, 2026/);
    expect(list).toMatch(/in effect/);
    expect(requestDetailText(withdrawal, en)).toMatch(/as soon as the request is received/);
  });

  it('the policy view says so under the GDPR, not under the CCPA', () => {
    const t = translator('en').t;
    expect(jurisdictionLines(jurisdictionFacts('gdpr'), t).join('\n')).toMatch(/take effect as soon as/);
    expect(jurisdictionLines(jurisdictionFacts('ccpa'), t).join('\n')).not.toMatch(/take effect as soon as/);
  });
});
