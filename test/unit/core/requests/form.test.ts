import { JURISDICTIONS } from '../../../../src/core/policy/jurisdictions';
import type { RequestFormInput } from '../../../../src/core/requests/form';
import { checkRequestForm, DETAILS_MAX } from '../../../../src/core/requests/form';
import { REQUEST_TYPES, requestTypesFor } from '../../../../src/core/requests/types';

/** What the modal hands over when the user filled everything in (UIKit gives arrays for checkboxes). */
const valid: RequestFormInput = {
  jurisdiction: 'gdpr',
  type: 'access',
  categories: ['account', 'usage'],
  details: 'All of it, please.',
  confirmed: ['own'],
  addVendor: [],
};

const check = (changes: RequestFormInput) => checkRequestForm({ ...valid, ...changes });

describe('the request form', () => {
  it('turns a fully valid form into a typed value', () => {
    expect(checkRequestForm(valid)).toEqual({
      ok: true,
      value: {
        jurisdiction: 'gdpr',
        type: 'access',
        categories: ['account', 'usage'],
        details: 'All of it, please.',
        addVendor: false,
        appIds: [],
      },
    });
  });

  it('reports every missing field at once', () => {
    expect(checkRequestForm({})).toEqual({
      ok: false,
      errors: {
        jurisdiction: 'form.error.jurisdiction',
        type: 'form.error.type',
        categories: 'form.error.categories',
        confirmed: 'form.error.confirm',
      },
    });
  });

  describe('jurisdiction', () => {
    it.each([undefined, null, '', 'GDPR', 'eu', 42, ['gdpr'], { id: 'gdpr' }])(
      'refuses %p',
      (jurisdiction) => {
        expect(check({ jurisdiction })).toEqual({
          ok: false,
          errors: { jurisdiction: 'form.error.jurisdiction' },
        });
      },
    );

    it.each(JURISDICTIONS)('accepts %s', (jurisdiction) => {
      const result = check({ jurisdiction });
      expect(result.ok).toBe(true);
      expect(result.ok && result.value.jurisdiction).toBe(jurisdiction);
    });

    it('does not judge the type against an unknown regime', () => {
      expect(check({ jurisdiction: 'mars', type: 'sale_opt_out' })).toEqual({
        ok: false,
        errors: { jurisdiction: 'form.error.jurisdiction' },
      });
    });
  });

  describe('type', () => {
    it.each([undefined, null, '', 'delete', 'ACCESS', 7, ['access']])('refuses %p', (type) => {
      expect(check({ type })).toEqual({ ok: false, errors: { type: 'form.error.type' } });
    });

    const pairs = JURISDICTIONS.flatMap((j) => REQUEST_TYPES.map((t) => [j, t] as const));
    it.each(pairs)('in %s, %s is accepted only when the regime offers it', (jurisdiction, type) => {
      const offered = requestTypesFor(jurisdiction).includes(type);
      const result = check({ jurisdiction, type, details: 'What is wrong: my name.' });
      if (offered) {
        expect(result).toEqual({ ok: true, value: expect.objectContaining({ jurisdiction, type }) });
      } else {
        expect(result).toEqual({ ok: false, errors: { type: 'form.error.typeNotInJurisdiction' } });
      }
    });

    it.each([
      ['gdpr', 'sale_opt_out'],
      ['uk_gdpr', 'sensitive_data_limit'],
      ['ccpa', 'portability'],
      ['ccpa', 'restriction'],
      ['lgpd', 'objection'],
      ['us_state', 'sensitive_data_limit'],
      ['other', 'automated_decision_review'],
    ])('refuses %s with %s as not offered there', (jurisdiction, type) => {
      expect(check({ jurisdiction, type })).toEqual({
        ok: false,
        errors: { type: 'form.error.typeNotInJurisdiction' },
      });
    });
  });

  describe('categories', () => {
    it.each([
      ['none', []],
      ['missing', undefined],
      ['null', null],
      ['an unknown one', ['account', 'messages']],
      ['a wrong type', [1]],
      ['an upper-case one', ['ACCOUNT']],
      ['a single unknown string', 'everything'],
    ])('refuses %s', (_label, categories) => {
      expect(check({ categories })).toEqual({ ok: false, errors: { categories: 'form.error.categories' } });
    });

    it('accepts a single string as one category', () => {
      const result = check({ categories: 'tracking' });
      expect(result.ok && result.value.categories).toEqual(['tracking']);
    });

    it('drops duplicates and keeps the catalogue order', () => {
      const result = check({ categories: ['tracking', 'account', 'tracking', 'content', 'app', 'usage'] });
      expect(result.ok && result.value.categories).toEqual([
        'account',
        'usage',
        'app',
        'content',
        'tracking',
      ]);
    });

    it('lets a question for the DPO concern no category', () => {
      expect(check({ type: 'information', categories: [], details: 'Who is your DPO?' })).toEqual({
        ok: true,
        value: {
          jurisdiction: 'gdpr',
          type: 'information',
          categories: [],
          details: 'Who is your DPO?',
          addVendor: false,
          appIds: [],
        },
      });
    });

    it('still refuses an unknown category on a question for the DPO', () => {
      expect(check({ type: 'information', categories: ['other'], details: 'Hi' })).toEqual({
        ok: false,
        errors: { categories: 'form.error.categories' },
      });
    });
  });

  describe('details', () => {
    it(`accepts exactly ${DETAILS_MAX} characters and refuses one more`, () => {
      expect(DETAILS_MAX).toBe(2000);
      const atLimit = check({ details: 'x'.repeat(DETAILS_MAX) });
      expect(atLimit.ok && atLimit.value.details.length).toBe(2000);
      expect(check({ details: 'x'.repeat(DETAILS_MAX + 1) })).toEqual({
        ok: false,
        errors: { details: 'form.error.detailsTooLong' },
      });
    });

    it('normalises CRLF to LF before measuring', () => {
      const lines = Array.from({ length: 1000 }, () => 'a').join('\r\n'); // 2998 chars, 1999 after
      const result = check({ details: lines });
      expect(result.ok).toBe(true);
      expect(result.ok && result.value.details).toBe(Array.from({ length: 1000 }, () => 'a').join('\n'));
      expect(result.ok && result.value.details.length).toBe(1999);
    });

    it('trims surrounding white space', () => {
      const result = check({ details: '  \r\n line one\r\nline two \n\t ' });
      expect(result.ok && result.value.details).toBe('line one\nline two');
    });

    it('does not count surrounding white space toward the limit', () => {
      const result = check({ details: `   ${'y'.repeat(DETAILS_MAX)}\r\n\r\n` });
      expect(result.ok && result.value.details).toBe('y'.repeat(DETAILS_MAX));
    });

    it.each([undefined, null, 42, ['text']])('treats %p as no details', (details) => {
      const result = check({ details });
      expect(result.ok && result.value.details).toBe('');
    });

    it.each(['rectification', 'information'])('requires details for %s', (type) => {
      expect(check({ type, details: '' })).toEqual({
        ok: false,
        errors: { details: 'form.error.detailsNeeded' },
      });
      expect(check({ type, details: '  \r\n\t ' })).toEqual({
        ok: false,
        errors: { details: 'form.error.detailsNeeded' },
      });
      expect(check({ type, details: undefined })).toEqual({
        ok: false,
        errors: { details: 'form.error.detailsNeeded' },
      });
      expect(check({ type, details: 'My surname is misspelt.' }).ok).toBe(true);
    });

    it.each(['access', 'erasure', 'portability', 'restriction', 'objection', 'consent_withdrawal'])(
      'does not require details for %s',
      (type) => {
        expect(check({ type, details: '' }).ok).toBe(true);
      },
    );

    it('says "too long" rather than "needed" for an overlong correction', () => {
      expect(check({ type: 'rectification', details: 'z'.repeat(DETAILS_MAX + 1) })).toEqual({
        ok: false,
        errors: { details: 'form.error.detailsTooLong' },
      });
    });
  });

  describe('confirmation', () => {
    it.each([undefined, null, [], ['yes'], 'yes', false, 'true', 1])('refuses %p', (confirmed) => {
      expect(check({ confirmed })).toEqual({ ok: false, errors: { confirmed: 'form.error.confirm' } });
    });

    it.each([['own'], 'own', true, ['other', 'own']])('accepts %p', (confirmed) => {
      expect(check({ confirmed }).ok).toBe(true);
    });
  });

  describe('addVendor', () => {
    it.each([
      [['vendor'], true],
      ['vendor', true],
      [true, true],
      [['x', 'vendor'], true],
      [undefined, false],
      [null, false],
      [[], false],
      [false, false],
      ['yes', false],
      [['VENDOR'], false],
    ])('reads %p as %p', (addVendor, expected) => {
      const result = check({ addVendor });
      expect(result.ok && result.value.addVendor).toBe(expected);
    });
  });

  it('leaves the input alone', () => {
    const input = { ...valid, categories: ['usage', 'account'], details: ' a\r\nb ' };
    const copy = JSON.parse(JSON.stringify(input));
    checkRequestForm(input);
    expect(input).toEqual(copy);
  });
});

describe('the apps a request is about', () => {
  const base = {
    jurisdiction: 'gdpr',
    type: 'access',
    categories: ['app'],
    confirmed: ['own'],
  };

  it('keeps only apps the modal offered, in the offered order', () => {
    const result = checkRequestForm({ ...base, apps: ['b', 'a'] }, ['a', 'b', 'c']);
    expect(result.ok && result.value.appIds).toEqual(['a', 'b']);
  });

  it('refuses an app that was not offered', () => {
    expect(checkRequestForm({ ...base, apps: ['a', 'zzz'] }, ['a'])).toEqual({
      ok: false,
      errors: { apps: 'form.error.apps' },
    });
  });

  it('takes no app when none is chosen', () => {
    const result = checkRequestForm(base, ['a']);
    expect(result.ok && result.value.appIds).toEqual([]);
  });
});
