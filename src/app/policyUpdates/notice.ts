/**
 * The notice a person sees at login or at `/privacy`, and their "I have read it". The edition in
 * force is the one the settings give now; only an announced edition is noticed or acknowledged.
 */
import type { Acknowledgement } from '../../core/policyUpdates/notice';
import { acknowledgement, noticeDue, noticeShownNow } from '../../core/policyUpdates/notice';
import type { AcknowledgementCount } from '../../core/policyUpdates/counts';
import { acknowledgementCount } from '../../core/policyUpdates/counts';
import type { Announcement, PolicyEdition } from '../../core/policyUpdates/updates';
import { announcementInForce, editionKey } from '../../core/policyUpdates/updates';
import type { PolicyUpdatesStore } from './ports';

/**
 * The announcement to show this person now, if due; it is recorded as shown. `inForce` may be a
 * reader: it is called only when an update was ever announced (on most workspaces none is, and
 * reading the edition costs round trips on every `/privacy`).
 */
export async function noticeToShow(
  store: PolicyUpdatesStore,
  userId: string,
  inForce: PolicyEdition | (() => Promise<PolicyEdition>),
  now: Date,
): Promise<Announcement | undefined> {
  const state = await store.state();
  if (!state?.announcements.length) return undefined;
  const announcement = announcementInForce(state, typeof inForce === 'function' ? await inForce() : inForce);
  if (!announcement) return undefined;
  const [acks, shown] = await Promise.all([
    store.acknowledgementsOf(userId),
    store.noticeShown(userId, announcement),
  ]);
  const acknowledged = acks.some((a) => editionKey(a) === editionKey(announcement));
  if (!noticeDue({ edition: announcement, acknowledged, shown, now })) return undefined;
  await store.recordNoticeShown(noticeShownNow(userId, announcement, shown, now));
  return announcement;
}

/** "I have read it" for the edition `key`: recorded when that edition is the announced one in force. */
export async function acknowledgePolicy(
  store: PolicyUpdatesStore,
  userId: string,
  key: string,
  inForce: PolicyEdition,
  now: Date,
): Promise<{ kind: 'recorded'; acknowledgement: Acknowledgement } | { kind: 'not_in_force' }> {
  const announcement = announcementInForce(await store.state(), inForce);
  if (!announcement || editionKey(announcement) !== key) return { kind: 'not_in_force' };
  const earlier = (await store.acknowledgementsOf(userId)).find((a) => editionKey(a) === key);
  if (earlier) return { kind: 'recorded', acknowledgement: earlier };
  const recorded = acknowledgement(userId, announcement, now);
  await store.acknowledge(recorded);
  return { kind: 'recorded', acknowledgement: recorded };
}

/** How many of how many active users acknowledged each announced edition, newest first. */
export async function acknowledgementCounts(store: PolicyUpdatesStore): Promise<AcknowledgementCount[]> {
  const announcements = [...((await store.state())?.announcements ?? [])].reverse();
  return Promise.all(
    announcements.map(async (a) =>
      acknowledgementCount(a, await store.acknowledgementsFor(a), await store.noticesFor(a)),
    ),
  );
}
