import {
  announcementInForce,
  decideAnnouncement,
  editionKey,
  parseUpdatesState,
  WHAT_CHANGED_MAX,
} from '../../../../src/core/policyUpdates/updates';
import { acknowledgement, noticeDue, noticeShownNow } from '../../../../src/core/policyUpdates/notice';
import { acknowledgementCount } from '../../../../src/core/policyUpdates/counts';

const v65 = { version: '6.5', effectiveDate: '2023-10-20' };
const v70 = { version: '7.0', effectiveDate: '2026-12-01' };
const now = new Date('2026-11-30T10:00:00Z');

describe('announcing a policy update', () => {
  it('announces a new version, with what changed, and remembers both editions', () => {
    const d = decideAnnouncement({
      state: undefined,
      before: v65,
      after: v70,
      whatChanged: 'New processors',
      now,
    });
    expect(d.kind).toBe('announce');
    if (d.kind !== 'announce') return;
    expect(d.announcement).toEqual({ ...v70, whatChanged: 'New processors', announcedAt: now.toISOString() });
    expect(d.state.known).toEqual([editionKey(v65), editionKey(v70)]);
  });

  it('announces a new effective date of the same version', () => {
    const later = { ...v65, effectiveDate: '2024-01-01' };
    expect(
      decideAnnouncement({ state: undefined, before: v65, after: later, whatChanged: '', now }).kind,
    ).toBe('announce');
  });

  it('announces nothing when the same edition is saved again', () => {
    expect(
      decideAnnouncement({ state: undefined, before: v70, after: v70, whatChanged: 'x', now }).kind,
    ).toBe('none');
  });

  it('announces nothing when the version goes back to one the workspace had', () => {
    const first = decideAnnouncement({ state: undefined, before: v65, after: v70, whatChanged: '', now });
    const back = decideAnnouncement({ state: first.state, before: v70, after: v65, whatChanged: '', now });
    expect(back.kind).toBe('none');
    const again = decideAnnouncement({ state: back.state, before: v65, after: v70, whatChanged: '', now });
    expect(again.kind).toBe('none');
  });

  it('keeps what changed bounded', () => {
    const d = decideAnnouncement({
      state: undefined,
      before: v65,
      after: v70,
      whatChanged: 'x'.repeat(2000),
      now,
    });
    expect(d.kind === 'announce' && d.announcement.whatChanged.length).toBe(WHAT_CHANGED_MAX);
  });

  it('finds the announcement of the edition in force only', () => {
    const { state } = decideAnnouncement({ state: undefined, before: v65, after: v70, whatChanged: '', now });
    expect(announcementInForce(state, v70)?.version).toBe('7.0');
    expect(announcementInForce(state, v65)).toBeUndefined();
  });

  it('reads a stored state back, and anything else as none', () => {
    const { state } = decideAnnouncement({
      state: undefined,
      before: v65,
      after: v70,
      whatChanged: 'a',
      now,
    });
    expect(parseUpdatesState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseUpdatesState({ schemaVersion: 2 })).toBeUndefined();
    expect(parseUpdatesState('x')).toBeUndefined();
  });
});

describe('the notice to each user', () => {
  const hours = (h: number) => new Date(now.getTime() + h * 3600_000);

  it('is due for an announced edition nobody showed them yet', () => {
    expect(noticeDue({ edition: v70, acknowledged: false, shown: undefined, now })).toBe(true);
  });

  it('is not shown again the same day, but is the next', () => {
    const shown = noticeShownNow('u1', v70, undefined, now);
    expect(noticeDue({ edition: v70, acknowledged: false, shown, now: hours(23) })).toBe(false);
    expect(noticeDue({ edition: v70, acknowledged: false, shown, now: hours(24) })).toBe(true);
    expect(noticeShownNow('u1', v70, shown, hours(25)).firstAt).toBe(now.toISOString());
  });

  it('stops once acknowledged, and never shows without an announcement', () => {
    expect(noticeDue({ edition: v70, acknowledged: true, shown: undefined, now })).toBe(false);
    expect(noticeDue({ edition: undefined, acknowledged: false, shown: undefined, now })).toBe(false);
  });

  it('a notice shown for an older edition does not hold back the new one', () => {
    const shown = noticeShownNow('u1', v65, undefined, now);
    expect(noticeDue({ edition: v70, acknowledged: false, shown, now })).toBe(true);
  });
});

describe('how many of how many active users acknowledged', () => {
  it('counts each person once, per edition; those who only acknowledged count as active', () => {
    const acks = [
      acknowledgement('a', v70, now),
      acknowledgement('a', v70, now),
      acknowledgement('c', v70, now),
    ];
    const shown = [noticeShownNow('a', v70, undefined, now), noticeShownNow('b', v70, undefined, now)];
    const other = [acknowledgement('d', v65, now)];
    expect(acknowledgementCount(v70, [...acks, ...other], shown)).toEqual({
      ...v70,
      acknowledged: 2,
      active: 3,
    });
  });
});
