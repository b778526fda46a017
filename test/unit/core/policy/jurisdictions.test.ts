import { isJurisdiction, jurisdictionFacts, JURISDICTIONS } from '../../../../src/core/policy/jurisdictions';

describe('the deadlines table', () => {
  it('gives GDPR and UK GDPR one month, extendable by two, with the right to complain', () => {
    for (const id of ['gdpr', 'uk_gdpr'] as const) {
      const facts = jurisdictionFacts(id);
      expect(facts.answerDue).toEqual({ amount: 1, unit: 'months' });
      expect(facts.extension).toEqual({ amount: 2, unit: 'months' });
      expect(facts.complaintToAuthority).toBe(true);
      expect(facts.rights).toEqual(
        expect.arrayContaining([
          'access',
          'rectification',
          'erasure',
          'restriction',
          'portability',
          'objection',
          'automated_decision_review',
          'consent_withdrawal',
        ]),
      );
    }
  });

  it('gives CCPA 45 days plus 45, a 10 business day acknowledgement and 15 business days for opt-outs', () => {
    const facts = jurisdictionFacts('ccpa');
    expect(facts.answerDue).toEqual({ amount: 45, unit: 'days' });
    expect(facts.extension).toEqual({ amount: 45, unit: 'days' });
    expect(facts.acknowledgement).toEqual({ amount: 10, unit: 'business_days' });
    expect(facts.optOutDue).toEqual({ amount: 15, unit: 'business_days' });
    expect(facts.rights).toContain('sale_opt_out');
    expect(facts.rights).toContain('sensitive_data_limit');
  });

  it('gives LGPD 15 days and no extension', () => {
    const facts = jurisdictionFacts('lgpd');
    expect(facts.answerDue).toEqual({ amount: 15, unit: 'days' });
    expect(facts.extension).toBeUndefined();
    expect(facts.rights).toContain('confirmation');
  });

  it('gives other US state laws 45 days plus 45', () => {
    expect(jurisdictionFacts('us_state')).toMatchObject({
      answerDue: { amount: 45, unit: 'days' },
      extension: { amount: 45, unit: 'days' },
    });
  });

  it('invents no deadline where the law sets none', () => {
    expect(jurisdictionFacts('other').answerDue).toBeUndefined();
  });

  it('recognises only its own jurisdictions', () => {
    expect(JURISDICTIONS.every(isJurisdiction)).toBe(true);
    expect(isJurisdiction('GDPR')).toBe(false);
    expect(isJurisdiction(undefined)).toBe(false);
  });
});
