import {
  DUE_SOON_DAYS,
  matches,
  PAGE_SIZE,
  registerCounts,
  registerPage,
} from '../../../../src/core/operator/register';
import { dueOf, isDueWithin, isOverdue, trackStates } from '../../../../src/core/operator/tracks';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { newOperatorTrack } from '../../../../src/core/requests/operatorMoves';
import { operatorOnlyRequest, queuedRequest } from '../requests/fixtures';

const NOW = new Date('2026-05-01T12:00:00.000Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

const vendorOnly = (overrides: Partial<PrivacyRequest> = {}) =>
  queuedRequest({
    routing: {
      vendor: { categories: ['usage'], reason: 'vendor_runs_community' },
      vendorOptional: false,
      uncertain: false,
    },
    ...overrides,
  });

const n = (i: number) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
const at = (i: number) => new Date(Date.UTC(2026, 3, 1, 0, i)).toISOString();

describe('the tracks of a request', () => {
  it('reads both tracks; the operator track is new until someone moves it', () => {
    expect(trackStates(queuedRequest())).toEqual({
      vendor: 'queued',
      operator: 'new',
      overall: { stage: 'received', slowest: 'both' },
    });
    const taken = queuedRequest({ operatorTrack: { ...newOperatorTrack(), state: 'in_progress' } });
    expect(trackStates(taken).overall).toEqual({ stage: 'received', slowest: 'vendor' });
  });

  it('leaves out the track a request does not have', () => {
    expect(trackStates(vendorOnly({ status: 'completed' }))).toEqual({
      vendor: 'completed',
      operator: undefined,
      overall: { stage: 'finished', slowest: 'vendor' },
    });
    expect(trackStates(operatorOnlyRequest()).vendor).toBeUndefined();
  });

  it("takes the operator's extended due date over the law's", () => {
    expect(dueOf(queuedRequest({ due: days(3) }))).toBe(days(3));
    const extended = queuedRequest({ due: days(3), operatorTrack: { ...newOperatorTrack(), due: days(40) } });
    expect(dueOf(extended)).toBe(days(40));
    expect(dueOf(queuedRequest({ due: undefined }))).toBeUndefined();
  });

  it('is overdue when its due date passed and it is not finished on every track', () => {
    expect(isOverdue(queuedRequest({ due: days(-1) }), NOW)).toBe(true);
    expect(isOverdue(queuedRequest({ due: days(1) }), NOW)).toBe(false);
    expect(isOverdue(queuedRequest({ due: undefined }), NOW)).toBe(false);
    expect(isOverdue(vendorOnly({ due: days(-1), status: 'completed' }), NOW)).toBe(false);
    // Extended: no longer overdue.
    const extended = queuedRequest({
      due: days(-1),
      operatorTrack: { ...newOperatorTrack(), due: days(10) },
    });
    expect(isOverdue(extended, NOW)).toBe(false);
  });

  it('is due within N days from now on, neither overdue nor finished', () => {
    expect(isDueWithin(queuedRequest({ due: days(2) }), NOW, 3)).toBe(true);
    expect(isDueWithin(queuedRequest({ due: days(3) }), NOW, 3)).toBe(true);
    expect(isDueWithin(queuedRequest({ due: days(4) }), NOW, 3)).toBe(false);
    expect(isDueWithin(queuedRequest({ due: days(-1) }), NOW, 3)).toBe(false);
    expect(isDueWithin(queuedRequest({ due: undefined }), NOW, 3)).toBe(false);
    expect(isDueWithin(vendorOnly({ due: days(1), status: 'rejected' }), NOW, 3)).toBe(false);
  });
});

describe('the filter', () => {
  const both = queuedRequest({ id: n(1), jurisdiction: 'gdpr', type: 'access', due: days(-2) });
  const vendor = vendorOnly({
    id: n(2),
    jurisdiction: 'ccpa',
    type: 'erasure',
    status: 'in_progress',
    due: days(5),
  });
  const operator = operatorOnlyRequest({
    id: n(3),
    jurisdiction: 'lgpd',
    type: 'information',
    due: undefined,
    operatorTrack: { ...newOperatorTrack(), state: 'answered', outcome: 'done' },
  });
  const all = [both, vendor, operator];
  const ids = (filter: Parameters<typeof matches>[1]) =>
    all.filter((r) => matches(r, filter, NOW)).map((r) => r.id);

  it('lets everything through when empty', () => {
    expect(ids({})).toEqual([n(1), n(2), n(3)]);
  });

  it('by track', () => {
    expect(ids({ track: 'vendor' })).toEqual([n(1), n(2)]);
    expect(ids({ track: 'operator' })).toEqual([n(1), n(3)]);
    expect(ids({ track: 'both' })).toEqual([n(1)]);
  });

  it('by status: overall stage, operator state, vendor status', () => {
    expect(ids({ status: { on: 'overall', stage: 'received' } })).toEqual([n(1)]);
    expect(ids({ status: { on: 'overall', stage: 'in_progress' } })).toEqual([n(2)]);
    expect(ids({ status: { on: 'overall', stage: 'finished' } })).toEqual([n(3)]);
    expect(ids({ status: { on: 'operator', state: 'new' } })).toEqual([n(1)]);
    expect(ids({ status: { on: 'operator', state: 'answered' } })).toEqual([n(3)]);
    expect(ids({ status: { on: 'vendor', status: 'in_progress' } })).toEqual([n(2)]);
    expect(ids({ status: { on: 'vendor', status: 'queued' } })).toEqual([n(1)]);
  });

  it('by law and type', () => {
    expect(ids({ law: 'ccpa' })).toEqual([n(2)]);
    expect(ids({ type: 'information' })).toEqual([n(3)]);
    expect(ids({ law: 'gdpr', type: 'erasure' })).toEqual([]);
  });

  it('by due date: overdue, due within N days', () => {
    expect(ids({ overdue: true })).toEqual([n(1)]);
    expect(ids({ dueWithinDays: 7 })).toEqual([n(2)]);
    expect(ids({ dueWithinDays: 3 })).toEqual([]);
    expect(ids({ overdue: true, law: 'ccpa' })).toEqual([]);
  });
});

describe('counts and pages', () => {
  const many = Array.from({ length: 23 }, (_, i) =>
    queuedRequest({
      id: n(i),
      ref: `PR-${i}`,
      submittedAt: at(i),
      due: i < 2 ? days(-1) : i < 5 ? days(DUE_SOON_DAYS) : days(30),
    }),
  );

  it('counts the whole register: per stage, overdue, due soon', () => {
    const mixed = [
      ...many.slice(0, 3),
      vendorOnly({ status: 'in_progress', due: days(1) }),
      vendorOnly({ status: 'completed', due: days(-5) }),
    ];
    expect(registerCounts(mixed, NOW)).toEqual({
      total: 5,
      stages: { received: 3, in_progress: 1, finished: 1 },
      overdue: 2,
      dueSoon: 2,
    });
    expect(registerCounts([], NOW)).toEqual({
      total: 0,
      stages: { received: 0, in_progress: 0, finished: 0 },
      overdue: 0,
      dueSoon: 0,
    });
  });

  it('cuts the matching requests into pages of ten, newest first', () => {
    const first = registerPage([...many].reverse().slice(3).concat(many.slice(-3)), {}, 0, NOW);
    expect(PAGE_SIZE).toBe(10);
    expect(first.pages).toBe(3);
    expect(first.matching).toBe(23);
    expect(first.page).toBe(0);
    expect(first.requests.map((r) => r.ref)).toEqual(
      [22, 21, 20, 19, 18, 17, 16, 15, 14, 13].map((i) => `PR-${i}`),
    );
    const last = registerPage(many, {}, 2, NOW);
    expect(last.requests.map((r) => r.ref)).toEqual(['PR-2', 'PR-1', 'PR-0']);
    expect(last.counts.total).toBe(23);
  });

  it('clamps the page index to the pages there are', () => {
    expect(registerPage(many, {}, 99, NOW).page).toBe(2);
    expect(registerPage(many, {}, -4, NOW).page).toBe(0);
    expect(registerPage(many, {}, 1.5, NOW).page).toBe(0);
    const none = registerPage(many, { law: 'lgpd' }, 3, NOW);
    expect(none).toMatchObject({ page: 0, pages: 1, matching: 0, requests: [] });
    // The counts are of the whole register, whatever the filter.
    expect(none.counts.total).toBe(23);
  });

  it('pages the filtered list', () => {
    const overdue = registerPage(many, { overdue: true }, 0, NOW);
    expect(overdue.requests.map((r) => r.ref)).toEqual(['PR-1', 'PR-0']);
    expect(overdue.counts.overdue).toBe(2);
    expect(registerPage(many, { dueWithinDays: 7 }, 0, NOW, 2)).toMatchObject({ pages: 2, matching: 3 });
  });
});
