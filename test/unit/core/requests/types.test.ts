import type { Jurisdiction } from '../../../../src/core/policy/jurisdictions';
import { JURISDICTIONS } from '../../../../src/core/policy/jurisdictions';
import type { RequestType } from '../../../../src/core/requests/types';
import {
  defaultCategories,
  isRequestType,
  REQUEST_TYPES,
  requestTypesFor,
} from '../../../../src/core/requests/types';

describe('request types per regime', () => {
  it.each<[Jurisdiction, RequestType[]]>([
    [
      'gdpr',
      [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'portability',
        'objection',
        'automated_decision_review',
        'consent_withdrawal',
        'information',
      ],
    ],
    [
      'uk_gdpr',
      [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'portability',
        'objection',
        'automated_decision_review',
        'consent_withdrawal',
        'information',
      ],
    ],
    ['ccpa', ['access', 'erasure', 'rectification', 'sale_opt_out', 'sensitive_data_limit', 'information']],
    ['lgpd', ['access', 'rectification', 'erasure', 'portability', 'consent_withdrawal', 'information']],
    ['us_state', ['access', 'rectification', 'erasure', 'portability', 'sale_opt_out', 'information']],
    ['other', ['access', 'rectification', 'erasure', 'objection', 'information']],
  ])('%s offers exactly %j', (jurisdiction, types) => {
    expect(requestTypesFor(jurisdiction)).toEqual(types);
  });

  it('offers a question for the DPO everywhere, as the last choice', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const types = requestTypesFor(jurisdiction);
      expect(types[types.length - 1]).toBe('information');
    }
  });

  it('offers only known types, each once', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const types = requestTypesFor(jurisdiction);
      expect(types.every(isRequestType)).toBe(true);
      expect(new Set(types).size).toBe(types.length);
    }
  });

  it('keeps the opt-outs to the regimes that have them', () => {
    const offering = (type: RequestType) => JURISDICTIONS.filter((j) => requestTypesFor(j).includes(type));
    expect(offering('sale_opt_out')).toEqual(['ccpa', 'us_state']);
    expect(offering('sensitive_data_limit')).toEqual(['ccpa']);
    expect(offering('restriction')).toEqual(['gdpr', 'uk_gdpr']);
    expect(offering('automated_decision_review')).toEqual(['gdpr', 'uk_gdpr']);
  });

  it('uses every type somewhere', () => {
    const offered = new Set(JURISDICTIONS.flatMap((j) => [...requestTypesFor(j)]));
    expect([...offered].sort()).toEqual([...REQUEST_TYPES].sort());
  });
});

describe('default categories per type', () => {
  it.each<[RequestType, string[]]>([
    ['access', ['account', 'usage', 'app', 'content', 'tracking']],
    ['portability', ['account', 'content']],
    ['erasure', ['account', 'usage', 'app', 'content', 'tracking']],
    ['rectification', ['account']],
    ['restriction', ['usage', 'tracking']],
    ['objection', ['usage', 'tracking']],
    ['consent_withdrawal', ['tracking']],
    ['sale_opt_out', ['usage', 'tracking']],
    ['sensitive_data_limit', ['account', 'content']],
    ['automated_decision_review', ['usage']],
    ['information', []],
  ])('%s preselects %j', (type, categories) => {
    expect(defaultCategories(type)).toEqual(categories);
  });

  it('has a row for every type', () => {
    for (const type of REQUEST_TYPES) expect(Array.isArray(defaultCategories(type))).toBe(true);
  });
});

describe('isRequestType', () => {
  it.each([
    ['access', true],
    ['information', true],
    ['sale_opt_out', true],
    ['ACCESS', false],
    ['delete', false],
    ['', false],
    [undefined, false],
    [null, false],
    [1, false],
    [['access'], false],
  ])('%p is a request type: %p', (value, expected) => {
    expect(isRequestType(value)).toBe(expected);
  });
});
