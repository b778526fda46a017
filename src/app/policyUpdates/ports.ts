/** What the policy-update use cases need of the world; the engine adapters implement it. */
import type { Acknowledgement, NoticeShown } from '../../core/policyUpdates/notice';
import type { Announcement, PolicyEdition, UpdatesState } from '../../core/policyUpdates/updates';

export interface PolicyUpdatesStore {
  state(): Promise<UpdatesState | undefined>;
  saveState(state: UpdatesState): Promise<void>;
  /** One person's acknowledgements, every edition. */
  acknowledgementsOf(userId: string): Promise<Acknowledgement[]>;
  /** Everyone's acknowledgements of one edition. */
  acknowledgementsFor(edition: PolicyEdition): Promise<Acknowledgement[]>;
  /** Keeps one record per person and edition: acknowledging twice keeps the first. */
  acknowledge(acknowledgement: Acknowledgement): Promise<void>;
  noticeShown(userId: string, edition: PolicyEdition): Promise<NoticeShown | undefined>;
  noticesFor(edition: PolicyEdition): Promise<NoticeShown[]>;
  recordNoticeShown(shown: NoticeShown): Promise<void>;
}

/** Posts an announcement where the admin picked (nowhere when no room is picked). */
export interface PolicyAnnouncer {
  announce(announcement: Announcement): Promise<void>;
}
