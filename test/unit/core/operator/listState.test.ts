import {
  ANY,
  changeFilter,
  DUE_CHOICES,
  encodeListState,
  parseListState,
  parsePage,
  parseStatus,
  STATUS_CHOICES,
  withDue,
} from '../../../../src/core/operator/listState';

describe('the console list state', () => {
  it('round-trips every filter and the page', () => {
    const state = {
      filter: {
        status: { on: 'operator' as const, state: 'in_progress' as const },
        track: 'both' as const,
        law: 'uk_gdpr' as const,
        type: 'consent_withdrawal' as const,
        dueWithinDays: 14,
      },
      page: 3,
    };
    const text = encodeListState(state);
    expect(text).toBe('s=operator.in_progress|t=both|l=uk_gdpr|y=consent_withdrawal|d=14|p=3');
    expect(parseListState(text)).toEqual(state);
    expect(parseListState(encodeListState({ filter: { overdue: true }, page: 0 }))).toEqual({
      filter: { overdue: true },
      page: 0,
    });
    expect(encodeListState({ filter: {}, page: 0 })).toBe('');
  });

  it('offers a status choice for each stage and each state of both tracks, all readable back', () => {
    expect(STATUS_CHOICES).toContain('overall.finished');
    for (const choice of STATUS_CHOICES)
      expect(encodeListState({ filter: { status: parseStatus(choice) }, page: 0 })).toBe(`s=${choice}`);
    expect(STATUS_CHOICES).toContain('operator.withdrawn');
    expect(STATUS_CHOICES).toContain('vendor.failed');
    for (const choice of STATUS_CHOICES) expect(parseStatus(choice)).toBeDefined();
    expect(parseStatus({ on: 'overall' })).toBeUndefined();
  });

  it('ignores what it does not offer', () => {
    expect(parseListState('s=vendor.lost|t=nobody|l=mars|y=everything|d=5|p=-1|x=1|p')).toEqual({
      filter: {},
      page: 0,
    });
    expect(parseListState('s=overall.nothing|s=overall.finished')).toEqual({
      filter: { status: { on: 'overall', stage: 'finished' } },
      page: 0,
    });
    expect(parseListState(undefined)).toEqual({ filter: {}, page: 0 });
    expect(parseListState({ page: 2 })).toEqual({ filter: {}, page: 0 });
    expect(parseStatus('vendor.toString')).toBeUndefined();
  });

  it('reads a page number as a button carries it, and bounds it', () => {
    expect(parsePage('2')).toBe(2);
    expect(parsePage('999999')).toBe(100_000);
    expect(parsePage('two')).toBeUndefined();
    expect(parsePage(2)).toBeUndefined();
  });

  it('replaces both due fields with the due choice, and clears them for anything else', () => {
    expect(DUE_CHOICES).toEqual(['overdue', '3', '7', '14', '30']);
    expect(withDue({ dueWithinDays: 3, law: 'gdpr' }, 'overdue')).toEqual({ overdue: true, law: 'gdpr' });
    expect(withDue({ overdue: true }, '7')).toEqual({ dueWithinDays: 7 });
    expect(withDue({ overdue: true }, 'any')).toEqual({});
    expect(withDue({ overdue: true }, '8')).toEqual({});
  });
});

describe('a select of the list changed', () => {
  const start = { filter: { law: 'gdpr' as const, overdue: true }, page: 2 };

  it('sets its filter and goes back to the first page', () => {
    expect(changeFilter(start, 'status', 'vendor.delivered')).toEqual({
      filter: { law: 'gdpr', overdue: true, status: { on: 'vendor', status: 'delivered' } },
      page: 0,
    });
    expect(changeFilter(start, 'track', 'operator')?.filter.track).toBe('operator');
    expect(changeFilter(start, 'law', 'lgpd')?.filter.law).toBe('lgpd');
    expect(changeFilter(start, 'type', 'erasure')?.filter.type).toBe('erasure');
    expect(changeFilter(start, 'due', '30')).toEqual({ filter: { law: 'gdpr', dueWithinDays: 30 }, page: 0 });
  });

  it('opens its filter with "any"', () => {
    expect(changeFilter(start, 'law', ANY)).toEqual({ filter: { overdue: true }, page: 0 });
    expect(changeFilter(start, 'due', ANY)).toEqual({ filter: { law: 'gdpr' }, page: 0 });
  });

  it('changes nothing for a value it does not offer', () => {
    for (const field of ['status', 'track', 'law', 'type', 'due'] as const) {
      expect(changeFilter(start, field, 'drop table')).toBeUndefined();
      expect(changeFilter(start, field, undefined)).toBeUndefined();
    }
  });
});
