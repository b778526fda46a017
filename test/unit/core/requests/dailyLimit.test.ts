import { limitAdmits, nextFilingAt } from '../../../../src/core/requests/dailyLimit';

describe('the daily limit', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

  it('admits while the others seen leave room', () => {
    expect(limitAdmits(4, 5)).toBe(true);
    expect(limitAdmits(5, 5)).toBe(false);
  });

  it('below the limit there is no waiting', () => {
    expect(nextFilingAt([hoursAgo(1), hoursAgo(2)], 3, now)).toBeUndefined();
  });

  it('at the limit: the next one can be filed when the oldest counted is a day old', () => {
    expect(nextFilingAt([hoursAgo(1), hoursAgo(20), hoursAgo(5)], 3, now)?.toISOString()).toBe(
      '2026-03-10T16:00:00.000Z',
    );
  });

  it('over it (the limit was lowered): when enough have aged out', () => {
    expect(nextFilingAt([hoursAgo(1), hoursAgo(20), hoursAgo(5)], 2, now)?.toISOString()).toBe(
      '2026-03-11T07:00:00.000Z',
    );
  });

  it('ignores what is older than a day', () => {
    expect(nextFilingAt([hoursAgo(30), hoursAgo(1)], 2, now)).toBeUndefined();
  });
});
