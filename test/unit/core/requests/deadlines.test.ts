import type { Jurisdiction } from '../../../../src/core/policy/jurisdictions';
import { JURISDICTIONS } from '../../../../src/core/policy/jurisdictions';
import { addBusinessDays, addDays, addMonths } from '../../../../src/core/requests/calendar';
import { addDuration, deadlinesFor } from '../../../../src/core/requests/deadlines';
import type { RequestType } from '../../../../src/core/requests/types';
import { REQUEST_TYPES, requestTypesFor } from '../../../../src/core/requests/types';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

/** 2 January 2026 is a Friday; 3 January a Saturday. */
const FRIDAY = '2026-01-02T09:00:00.000Z';
const SATURDAY = '2026-01-03T09:00:00.000Z';

describe('calendar arithmetic in UTC', () => {
  it.each([
    ['2026-01-31T10:15:30.123Z', 1, '2026-02-28T10:15:30.123Z'],
    ['2028-01-31T10:15:30.123Z', 1, '2028-02-29T10:15:30.123Z'],
    ['2024-01-31T00:00:00.000Z', 1, '2024-02-29T00:00:00.000Z'],
    ['2026-03-31T23:59:59.999Z', 1, '2026-04-30T23:59:59.999Z'],
    ['2026-01-30T12:00:00.000Z', 1, '2026-02-28T12:00:00.000Z'],
    ['2026-02-28T12:00:00.000Z', 1, '2026-03-28T12:00:00.000Z'],
    ['2026-12-15T08:00:00.000Z', 1, '2027-01-15T08:00:00.000Z'],
    ['2026-12-31T08:00:00.000Z', 1, '2027-01-31T08:00:00.000Z'],
    ['2026-08-31T08:00:00.000Z', 1, '2026-09-30T08:00:00.000Z'],
    ['2026-01-31T08:00:00.000Z', 3, '2026-04-30T08:00:00.000Z'],
    ['2026-11-30T08:00:00.000Z', 3, '2027-02-28T08:00:00.000Z'],
  ])('%s plus %i month(s) is %s', (from, months, expected) => {
    expect(addMonths(at(from), months).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-01-02T09:00:00.000Z', 45, '2026-02-16T09:00:00.000Z'],
    ['2026-02-20T23:30:00.000Z', 15, '2026-03-07T23:30:00.000Z'],
    ['2028-02-20T00:00:00.000Z', 15, '2028-03-06T00:00:00.000Z'],
    ['2026-12-20T12:00:00.000Z', 45, '2027-02-03T12:00:00.000Z'],
    ['2026-03-28T12:00:00.000Z', 0, '2026-03-28T12:00:00.000Z'],
  ])('%s plus %i day(s) is %s', (from, days, expected) => {
    expect(addDays(at(from), days).toISOString()).toBe(expected);
  });

  it.each([
    // Friday 2 Jan: Mon 5 is the first business day.
    [FRIDAY, 1, '2026-01-05T09:00:00.000Z'],
    [FRIDAY, 5, '2026-01-09T09:00:00.000Z'],
    [FRIDAY, 10, '2026-01-16T09:00:00.000Z'],
    [FRIDAY, 15, '2026-01-23T09:00:00.000Z'],
    // Saturday and Sunday count from Monday as well.
    [SATURDAY, 1, '2026-01-05T09:00:00.000Z'],
    [SATURDAY, 10, '2026-01-16T09:00:00.000Z'],
    ['2026-01-04T09:00:00.000Z', 10, '2026-01-16T09:00:00.000Z'],
    // Wednesday 7 Jan.
    ['2026-01-07T16:45:00.000Z', 2, '2026-01-09T16:45:00.000Z'],
    ['2026-01-07T16:45:00.000Z', 3, '2026-01-12T16:45:00.000Z'],
    ['2026-01-07T16:45:00.000Z', 10, '2026-01-21T16:45:00.000Z'],
    [FRIDAY, 0, FRIDAY],
  ])('%s plus %i business day(s) is %s', (from, days, expected) => {
    expect(addBusinessDays(at(from), days).toISOString()).toBe(expected);
  });

  it('never lands on a weekend', () => {
    for (let start = 0; start < 7; start++) {
      for (let n = 1; n <= 20; n++) {
        const day = addBusinessDays(addDays(at(FRIDAY), start), n).getUTCDay();
        expect([1, 2, 3, 4, 5]).toContain(day);
      }
    }
  });

  it('reads the weekday in UTC, not in the local zone', () => {
    // Sunday 4 Jan, 22:00 in New York is Monday 5 Jan, 03:00 UTC.
    expect(addBusinessDays(at('2026-01-04T22:00:00-05:00'), 15).toISOString()).toBe(
      '2026-01-26T03:00:00.000Z',
    );
  });

  it('does not touch its input', () => {
    const from = at(FRIDAY);
    addBusinessDays(from, 10);
    addMonths(from, 1);
    addDays(from, 3);
    expect(from.toISOString()).toBe(FRIDAY);
  });

  it('adds a duration in its own unit', () => {
    const from = at('2026-01-31T09:00:00.000Z');
    expect(addDuration(from, { amount: 1, unit: 'months' }).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(addDuration(from, { amount: 1, unit: 'days' }).toISOString()).toBe('2026-02-01T09:00:00.000Z');
    expect(addDuration(from, { amount: 1, unit: 'business_days' }).toISOString()).toBe(
      '2026-02-02T09:00:00.000Z',
    );
  });
});

describe('due dates per regime and type', () => {
  const deadlines = (jurisdiction: Jurisdiction, type: RequestType, submitted: string) => {
    const result = deadlinesFor(jurisdiction, type, at(submitted));
    return {
      due: iso(result.due),
      acknowledgeBy: iso(result.acknowledgeBy),
      approximate: result.approximate,
    };
  };

  it.each([
    ['gdpr', 'access', '2026-01-31T10:15:30.000Z', '2026-02-28T10:15:30.000Z'],
    ['gdpr', 'erasure', '2028-01-31T10:15:30.000Z', '2028-02-29T10:15:30.000Z'],
    ['gdpr', 'rectification', '2026-03-31T18:00:00.000Z', '2026-04-30T18:00:00.000Z'],
    ['gdpr', 'portability', '2026-05-15T07:07:07.007Z', '2026-06-15T07:07:07.007Z'],
    ['uk_gdpr', 'access', '2026-01-31T10:15:30.000Z', '2026-02-28T10:15:30.000Z'],
    ['uk_gdpr', 'objection', '2028-01-31T00:00:00.000Z', '2028-02-29T00:00:00.000Z'],
    ['uk_gdpr', 'restriction', '2026-12-31T23:59:59.000Z', '2027-01-31T23:59:59.000Z'],
  ] as const)('%s %s submitted %s is due %s, exactly, with no acknowledgement', (j, type, submitted, due) => {
    expect(deadlines(j, type, submitted)).toEqual({ due, acknowledgeBy: undefined, approximate: false });
  });

  it.each(['access', 'erasure', 'rectification'] as const)(
    'CCPA %s: 45 days, receipt confirmed within 10 business days',
    (type) => {
      expect(deadlines('ccpa', type, FRIDAY)).toEqual({
        due: '2026-02-16T09:00:00.000Z',
        acknowledgeBy: '2026-01-16T09:00:00.000Z',
        // 45 calendar days: an exact date, though receipt is confirmed in business days.
        approximate: false,
      });
      expect(deadlines('ccpa', type, SATURDAY)).toEqual({
        due: '2026-02-17T09:00:00.000Z',
        acknowledgeBy: '2026-01-16T09:00:00.000Z',
        // 45 calendar days: an exact date, though receipt is confirmed in business days.
        approximate: false,
      });
    },
  );

  it.each(['sale_opt_out', 'sensitive_data_limit'] as const)(
    'CCPA %s: 15 business days and no acknowledgement step',
    (type) => {
      expect(deadlines('ccpa', type, FRIDAY)).toEqual({
        due: '2026-01-23T09:00:00.000Z',
        acknowledgeBy: undefined,
        approximate: true,
      });
      expect(deadlines('ccpa', type, SATURDAY)).toEqual({
        due: '2026-01-23T09:00:00.000Z',
        acknowledgeBy: undefined,
        approximate: true,
      });
      // Monday 5 Jan: the 15th business day is Monday 26 Jan.
      expect(deadlines('ccpa', type, '2026-01-05T13:14:15.000Z').due).toBe('2026-01-26T13:14:15.000Z');
    },
  );

  it('LGPD: 15 calendar days, weekends included', () => {
    expect(deadlines('lgpd', 'access', FRIDAY)).toEqual({
      due: '2026-01-17T09:00:00.000Z',
      acknowledgeBy: undefined,
      approximate: false,
    });
    expect(deadlines('lgpd', 'consent_withdrawal', '2026-02-20T23:30:00.000Z').due).toBe(
      '2026-03-07T23:30:00.000Z',
    );
  });

  it.each(['access', 'erasure', 'portability', 'rectification', 'sale_opt_out'] as const)(
    'other US states, %s: 45 calendar days, no opt-out clock',
    (type) => {
      expect(deadlines('us_state', type, FRIDAY)).toEqual({
        due: '2026-02-16T09:00:00.000Z',
        acknowledgeBy: undefined,
        approximate: false,
      });
    },
  );

  it.each(requestTypesFor('other'))('"other" sets no deadline for %s', (type) => {
    expect(deadlinesFor('other', type, at(FRIDAY))).toEqual({ approximate: false });
  });

  it.each(JURISDICTIONS)('a question for the DPO has no deadline under %s', (jurisdiction) => {
    expect(deadlinesFor(jurisdiction, 'information', at(FRIDAY))).toEqual({ approximate: false });
  });

  it('gives every type offered in a regime with a clock a due date, and only "information" none', () => {
    for (const jurisdiction of JURISDICTIONS.filter((j) => j !== 'other')) {
      for (const type of REQUEST_TYPES.filter((t) => requestTypesFor(jurisdiction).includes(t))) {
        const { due } = deadlinesFor(jurisdiction, type, at(FRIDAY));
        if (type === 'information') expect(due).toBeUndefined();
        else expect(due).toBeInstanceOf(Date);
      }
    }
  });

  it('keeps the time of day of the submission in UTC', () => {
    const submitted = '2026-07-10T23:59:59.999Z';
    expect(iso(deadlinesFor('gdpr', 'access', at(submitted)).due)).toBe('2026-08-10T23:59:59.999Z');
    expect(iso(deadlinesFor('ccpa', 'access', at(submitted)).due)).toBe('2026-08-24T23:59:59.999Z');
    expect(iso(deadlinesFor('ccpa', 'access', at(submitted)).acknowledgeBy)).toBe('2026-07-24T23:59:59.999Z');
    expect(iso(deadlinesFor('ccpa', 'sale_opt_out', at(submitted)).due)).toBe('2026-07-31T23:59:59.999Z');
    // An offset submission is read as the UTC instant it names.
    expect(iso(deadlinesFor('gdpr', 'access', at('2026-01-31T23:30:00-02:00')).due)).toBe(
      '2026-03-01T01:30:00.000Z',
    );
  });
});
