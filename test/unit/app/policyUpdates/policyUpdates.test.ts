import type { PolicyAnnouncer, PolicyUpdatesStore } from '../../../../src/app/policyUpdates/ports';
import { announcePolicyUpdate } from '../../../../src/app/policyUpdates/announce';
import {
  acknowledgementCounts,
  acknowledgePolicy,
  noticeToShow,
} from '../../../../src/app/policyUpdates/notice';
import type { Acknowledgement, NoticeShown } from '../../../../src/core/policyUpdates/notice';
import type { Announcement, UpdatesState } from '../../../../src/core/policyUpdates/updates';
import { editionKey } from '../../../../src/core/policyUpdates/updates';

function memoryStore(): PolicyUpdatesStore & { acks: Acknowledgement[]; shown: Map<string, NoticeShown> } {
  let state: UpdatesState | undefined;
  const acks: Acknowledgement[] = [];
  const shown = new Map<string, NoticeShown>();
  return {
    acks,
    shown,
    state: async () => state,
    saveState: async (s) => void (state = s),
    acknowledgementsOf: async (userId) => acks.filter((a) => a.userId === userId),
    acknowledgementsFor: async (e) => acks.filter((a) => editionKey(a) === editionKey(e)),
    acknowledge: async (a) => void acks.push(a),
    noticeShown: async (userId, e) => shown.get(`${userId}|${editionKey(e)}`),
    noticesFor: async (e) => [...shown.values()].filter((s) => editionKey(s) === editionKey(e)),
    recordNoticeShown: async (s) => void shown.set(`${s.userId}|${editionKey(s)}`, s),
  };
}

const v65 = { version: '6.5', effectiveDate: '2023-10-20' };
const v70 = { version: '7.0', effectiveDate: '2026-12-01' };
const t0 = new Date('2026-11-30T08:00:00Z');
const later = (hours: number) => new Date(t0.getTime() + hours * 3600_000);

async function announced() {
  const store = memoryStore();
  const posted: Announcement[] = [];
  const announcer: PolicyAnnouncer = { announce: async (a) => void posted.push(a) };
  const result = await announcePolicyUpdate(
    { store, announcer },
    { before: v65, after: v70, whatChanged: 'New processors', now: t0 },
  );
  return { store, posted, announcer, result };
}

describe('announcing a policy update', () => {
  it('posts the announcement once; the same save again, or going back, posts nothing', async () => {
    const { store, posted, announcer, result } = await announced();
    expect(result).toBe('announced');
    expect(posted.map((a) => a.version)).toEqual(['7.0']);
    const again = (before: typeof v65, after: typeof v65) =>
      announcePolicyUpdate({ store, announcer }, { before, after, whatChanged: '', now: t0 });
    expect(await again(v70, v70)).toBe('nothing');
    expect(await again(v70, v65)).toBe('nothing');
    expect(await again(v65, v70)).toBe('nothing');
    expect(posted).toHaveLength(1);
  });
});

describe('the notice and the acknowledgement', () => {
  it('reads the edition in force only when an update was ever announced (each read is a round trip)', async () => {
    const inForce = jest.fn(async () => v70);
    expect(await noticeToShow(memoryStore(), 'u1', inForce, t0)).toBeUndefined();
    expect(inForce).not.toHaveBeenCalled();
    const { store } = await announced();
    expect((await noticeToShow(store, 'u1', inForce, t0))?.version).toBe('7.0');
    expect(inForce).toHaveBeenCalledTimes(1);
  });

  it('is shown until acknowledged, at most once a day', async () => {
    const { store } = await announced();
    expect((await noticeToShow(store, 'u1', v70, t0))?.version).toBe('7.0');
    expect(await noticeToShow(store, 'u1', v70, later(2))).toBeUndefined();
    expect(await noticeToShow(store, 'u1', v70, later(24))).toBeDefined();
    const ack = await acknowledgePolicy(store, 'u1', editionKey(v70), v70, later(25));
    expect(ack.kind).toBe('recorded');
    expect(await noticeToShow(store, 'u1', v70, later(72))).toBeUndefined();
  });

  it('is not shown for an edition that was never announced', async () => {
    const { store } = await announced();
    expect(await noticeToShow(store, 'u1', v65, t0)).toBeUndefined();
  });

  it('keeps one acknowledgement per person and edition, and refuses an edition not in force', async () => {
    const { store } = await announced();
    await acknowledgePolicy(store, 'u1', editionKey(v70), v70, t0);
    await acknowledgePolicy(store, 'u1', editionKey(v70), v70, later(1));
    expect(store.acks).toHaveLength(1);
    expect(await acknowledgePolicy(store, 'u2', editionKey(v65), v70, t0)).toEqual({ kind: 'not_in_force' });
    expect(await acknowledgePolicy(store, 'u2', 'forged', v70, t0)).toEqual({ kind: 'not_in_force' });
  });

  it('counts how many of how many active users acknowledged', async () => {
    const { store } = await announced();
    await noticeToShow(store, 'u1', v70, t0);
    await noticeToShow(store, 'u2', v70, t0);
    await acknowledgePolicy(store, 'u1', editionKey(v70), v70, t0);
    expect(await acknowledgementCounts(store)).toEqual([{ ...v70, acknowledged: 1, active: 2 }]);
  });
});
