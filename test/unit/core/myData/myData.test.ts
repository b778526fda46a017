import type { MyData, StoredRequest } from '../../../../src/core/myData/myData';
import { isEmpty, sortPersonRecords, whatCanBeDeleted } from '../../../../src/core/myData/myData';
import { acknowledgement, noticeShownNow } from '../../../../src/core/policyUpdates/notice';

const now = new Date('2026-11-30T10:00:00Z');
const v70 = { version: '7.0', effectiveDate: '2026-12-01' };
const ack = acknowledgement('u1', v70, new Date('2026-11-29T10:00:00Z'));
const shown = noticeShownNow('u1', v70, undefined, new Date('2026-11-28T10:00:00Z'));
const draft = {
  v: 1,
  requestId: 'd-1',
  jurisdiction: 'gdpr',
  type: 'access',
  savedAt: '2026-11-30T09:00:00Z',
};
const oldClaim = { v: 1, requestId: 'r-old', at: '2026-11-01T10:00:00Z' };
const freshClaim = { v: 1, requestId: 'r-new', at: '2026-11-30T08:00:00Z' };

const request = (id: string, status: StoredRequest['status']): StoredRequest => ({
  id,
  ref: `PR-${id}`,
  type: 'access',
  jurisdiction: 'gdpr',
  status,
  submittedAt: '2026-11-01T10:00:00Z',
  details: 'my words',
  email: 'u1@example.org',
});

describe('sorting the records kept under a person', () => {
  it('tells each kind by its shape', () => {
    const sorted = sortPersonRecords([
      ack,
      shown,
      draft,
      oldClaim,
      { v: 1, jurisdiction: 'lgpd' },
      { v: 1, query: 'notes', category: 'messages' },
    ]);
    expect(sorted.acknowledgements).toEqual([ack]);
    expect(sorted.noticesShown).toEqual([shown]);
    expect(sorted.drafts.map((d) => d.requestId)).toEqual(['d-1']);
    expect(sorted.claims).toEqual([{ requestId: 'r-old', at: oldClaim.at }]);
    expect(sorted.jurisdiction).toBe('lgpd');
    expect(sorted.appsFilter).toEqual({ query: 'notes', category: 'messages' });
  });

  it('leaves out what fits no kind (another version wrote it), never guesses', () => {
    const sorted = sortPersonRecords([null, 'text', { v: 9, jurisdiction: 'gdpr' }, { v: 1, whatever: 1 }]);
    expect(sorted).toEqual({ drafts: [], acknowledgements: [], noticesShown: [], claims: [] });
  });
});

describe('what the person can delete', () => {
  const data = (over: Partial<MyData> = {}): MyData => ({
    ...sortPersonRecords([ack, shown, draft, oldClaim, freshClaim, { v: 1, jurisdiction: 'lgpd' }]),
    requests: [],
    ...over,
  });

  it('offers drafts, the remembered law, notices shown and claims older than a day; keeps acknowledgements', () => {
    const plan = whatCanBeDeleted(data(), now);
    expect(plan.deletable.drafts.map((d) => d.requestId)).toEqual(['d-1']);
    expect(plan.deletable.jurisdiction).toBe(true);
    expect(plan.deletable.noticesShown).toHaveLength(1);
    expect(plan.deletable.claims.map((c) => c.requestId)).toEqual(['r-old']);
    expect(plan.kept).toEqual({ openRequests: 0, finishedRequests: 0, acknowledgements: 1, claims: 1 });
  });

  it('never offers what an open request needs: its claim, or the draft of a request just filed', () => {
    const plan = whatCanBeDeleted(
      data({
        requests: [request('r-old', 'queued'), request('d-1', 'delivered'), request('x', 'completed')],
      }),
      now,
    );
    expect(plan.deletable.claims).toEqual([]);
    expect(plan.deletable.drafts).toEqual([]);
    expect(plan.kept).toMatchObject({ openRequests: 2, finishedRequests: 1, claims: 2 });
  });

  it('a finished request lets its old claim go', () => {
    const plan = whatCanBeDeleted(data({ requests: [request('r-old', 'completed')] }), now);
    expect(plan.deletable.claims.map((c) => c.requestId)).toEqual(['r-old']);
  });

  it('nothing to delete when only requests and acknowledgements are stored', () => {
    const plan = whatCanBeDeleted({ ...sortPersonRecords([ack]), requests: [request('a', 'queued')] }, now);
    expect(isEmpty(plan.deletable)).toBe(true);
    expect(isEmpty(whatCanBeDeleted(data(), now).deletable)).toBe(false);
  });
});
