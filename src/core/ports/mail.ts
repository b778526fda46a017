/**
 * E-mail to the DPO, as the use cases see it. The workspace may be unable to send e-mail: every
 * method says whether it got through (the adapter logs why not).
 */
import type { PrivacyRequest } from '../requests/request';

/**
 * `emailed`: the workspace sent the DPO the request; `ready_to_send`: the person was given a
 * ready-to-send e-mail instead; `nobody`: neither (no e-mail, and the person's account is gone).
 */
export type HandOver = 'emailed' | 'ready_to_send' | 'nobody';

export interface Mailer {
  /** E-mails one track of a request to the DPO. */
  emailTrack(request: PrivacyRequest, track: 'vendor' | 'workspace'): Promise<boolean>;
  /** Tells the DPO that a request they hold by e-mail was cancelled by its person. */
  emailCancellation(request: PrivacyRequest): Promise<boolean>;
  /** The vendor track by e-mail: to the DPO, else a ready-to-send e-mail for the person. */
  handOver(request: PrivacyRequest): Promise<HandOver>;
}
