/**
 * What filing a request needs beyond the store: the vendor track's first send put in the outbox
 * (the job delivers it; a submit never calls the vendor), and the DPO e-mailed when no admin can
 * be told about the workspace track.
 */
import type { PrivacyRequest } from '../requests/request';
import type { OutboxQueue } from './outbox';

/** The outbox's queue (the first send is put before the request is stored), and its wake-up. */
export interface FilingOutbox extends Pick<OutboxQueue, 'put'> {
  /** Runs the outbox soon instead of at its next tick; never fails (the tick picks it up anyway). */
  wake(): Promise<void>;
}

export interface DpoMailer {
  /** E-mails the workspace track of a request to the DPO; false when the workspace cannot send e-mail. */
  emailWorkspaceTrack(request: PrivacyRequest): Promise<boolean>;
}
