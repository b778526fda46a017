import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { SettingId } from '../../../../src/core/settings/ids';
import { SETTING_RULES } from '../../../../src/core/settings/rules';
import {
  erasurePlan,
  isClosed,
  lastMoveOf,
  parseErasureMarker,
  parseReducedRequest,
  reduceRequest,
  retentionPlan,
} from '../../../../src/core/records/retention';
import { operatorOnlyRequest, queuedRequest } from '../requests/fixtures';

const DAY = 86_400_000;
const CLOSED_AT = '2026-04-01T10:00:00.000Z';
const daysAfter = (at: string, days: number) => new Date(Date.parse(at) + days * DAY);
const PERIODS = { reduceAfterDays: 365, deleteAfterDays: 1095 };

/** Both tracks final: the vendor completed it, the operator answered it. */
function closedRequest(id: string, at = CLOSED_AT, overrides: Partial<PrivacyRequest> = {}): PrivacyRequest {
  const base = queuedRequest();
  return {
    ...base,
    id,
    ref: `PR-${id.slice(0, 8).toUpperCase()}`,
    status: 'completed',
    history: [...base.history, { status: 'completed', at: '2026-03-10T10:00:00.000Z', source: 'callback' }],
    operatorTrack: {
      state: 'answered',
      outcome: 'done',
      extensions: 0,
      moves: [
        { move: 'note', by: 'admin', at: '2026-03-05T10:00:00.000Z', text: 'called her back' },
        { move: 'answer', by: 'admin', at, outcome: 'done', text: 'Here is your data' },
      ],
    },
    ...overrides,
  };
}

describe('closed requests', () => {
  it('is closed only when every track it has is final', () => {
    expect(isClosed(closedRequest('a'))).toBe(true);
    expect(isClosed(closedRequest('a', CLOSED_AT, { operatorTrack: undefined }))).toBe(false);
    expect(isClosed(closedRequest('a', CLOSED_AT, { status: 'in_progress' }))).toBe(false);
    expect(isClosed(operatorOnlyRequest())).toBe(false);
    const answered = closedRequest('a').operatorTrack;
    expect(isClosed(operatorOnlyRequest({ operatorTrack: answered }))).toBe(true);
  });

  it('counts from the last move on any track', () => {
    expect(lastMoveOf(closedRequest('a'))).toBe(CLOSED_AT);
    expect(lastMoveOf(queuedRequest())).toBe(queuedRequest().submittedAt);
  });
});

describe('the minimal record', () => {
  it('keeps reference, law, type, dates and outcome, and nothing a person wrote or is known by', () => {
    const request = closedRequest('1a2b3c4d-0000-4000-8000-000000000000');
    const now = daysAfter(CLOSED_AT, 400);
    const record = reduceRequest(request, now);
    expect(record).toEqual({
      id: request.id,
      ref: request.ref,
      jurisdiction: 'gdpr',
      type: 'access',
      submittedAt: request.submittedAt,
      closedAt: CLOSED_AT,
      vendorOutcome: 'completed',
      operatorState: 'answered',
      operatorOutcome: 'done',
      reducedAt: now.toISOString(),
    });
    const text = JSON.stringify(record);
    for (const personal of [
      'alice',
      'example.org',
      'Please send',
      'called her',
      'Here is',
      'u123',
      'account',
    ]) {
      expect(text).not.toContain(personal);
    }
    expect(parseReducedRequest({ ...record, v: 1 })).toEqual(record);
  });

  it('does not parse records of another shape', () => {
    const record = reduceRequest(closedRequest('a'), new Date());
    expect(parseReducedRequest({ ...record, v: 2 })).toBeUndefined();
    expect(parseReducedRequest({ ...record, type: 'teleport' })).toBeUndefined();
    expect(parseReducedRequest(queuedRequest())).toBeUndefined();
    expect(parseErasureMarker({ userId: 'u1', deletedAt: CLOSED_AT, v: 1 })).toEqual({
      userId: 'u1',
      deletedAt: CLOSED_AT,
    });
    expect(parseErasureMarker({ userId: 7 })).toBeUndefined();
  });
});

describe('the retention plan', () => {
  it('reduces a closed request only once the first period has passed', () => {
    const request = closedRequest('a');
    expect(retentionPlan([request], [], PERIODS, daysAfter(CLOSED_AT, 364)).reduce).toEqual([]);
    expect(retentionPlan([request], [], PERIODS, daysAfter(CLOSED_AT, 365)).reduce).toEqual([request]);
  });

  it('never reduces an open request, however old', () => {
    const open = closedRequest('a', CLOSED_AT, { status: 'in_progress' });
    expect(retentionPlan([open], [], PERIODS, daysAfter(CLOSED_AT, 5000)).reduce).toEqual([]);
  });

  it('deletes the minimal record once the second period has passed', () => {
    const record = reduceRequest(closedRequest('a'), daysAfter(CLOSED_AT, 365));
    expect(retentionPlan([], [record], PERIODS, daysAfter(CLOSED_AT, 1094)).remove).toEqual([]);
    expect(retentionPlan([], [record], PERIODS, daysAfter(CLOSED_AT, 1095)).remove).toEqual([record]);
  });

  it('changes at most one batch per run, oldest first', () => {
    const requests = [3, 1, 2].map((n) => closedRequest(`r${n}`, daysAfter(CLOSED_AT, n).toISOString()));
    const minimal = (id: string, days: number) => ({
      ...reduceRequest(closedRequest(id), new Date()),
      closedAt: daysAfter(CLOSED_AT, days).toISOString(),
    });
    const records = [minimal('d4', -400), minimal('d5', -500)];
    const plan = retentionPlan(requests, records, PERIODS, daysAfter(CLOSED_AT, 800), 3);
    expect(plan.remove.map((r) => r.id)).toEqual(['d5', 'd4']);
    expect(plan.reduce.map((r) => r.id)).toEqual(['r1']);
  });
});

describe('a deleted person', () => {
  it('has closed requests reduced now and open ones kept', () => {
    const closed = closedRequest('a');
    const open = queuedRequest();
    expect(erasurePlan([closed, open])).toEqual({ reduce: [closed], open: [open] });
  });
});

describe('the retention settings', () => {
  const reduce = SETTING_RULES[SettingId.RetentionReduceDays];
  const remove = SETTING_RULES[SettingId.RetentionDeleteDays];

  it('default to a year, then three years', () => {
    expect([reduce.packageValue, remove.packageValue]).toEqual([365, 1095]);
  });

  it('take whole numbers of days from 30 to 3650', () => {
    expect(reduce.check('400')).toEqual({ ok: true, value: 400 });
    expect(remove.check(3650)).toEqual({ ok: true, value: 3650 });
    for (const bad of [29, 3651, 1.5, 'a year', -1]) {
      expect(reduce.check(bad).ok).toBe(false);
      expect(remove.check(bad).ok).toBe(false);
    }
  });
});
