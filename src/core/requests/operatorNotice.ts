/**
 * The workspace track, as the product names it: a request that goes only to the workspace's
 * operator is "with the operator" once someone was told, "waiting for the operator" before, and
 * failed when nobody could be told. Views render these words; they do not work them out.
 */
import type { RequestStatus } from './lifecycle';
import type { PrivacyRequest, WorkspaceNotice } from './request';

/** Reasons the app writes into a request's history: codes, shown in the reader's language. */
export const APP_REASONS = [
  'emailed_to_dpo',
  'no_endpoint_no_email',
  'passed_to_operator',
  'endpoint_refused_format',
  'no_admin_no_email',
  'undeliverable',
] as const;
export type AppReason = (typeof APP_REASONS)[number];

export const isAppReason = (value: unknown): value is AppReason =>
  (APP_REASONS as readonly unknown[]).includes(value);

/**
 * Where an operator-only request stands once the operator's notice went out (or did not): nothing
 * is left to send, so it is with the operator, or nobody has it.
 */
export function operatorOutcome(notice: WorkspaceNotice): { status: RequestStatus; reason: AppReason } {
  return notice.told === 'nobody'
    ? { status: 'failed', reason: 'no_admin_no_email' }
    : { status: 'delivered', reason: 'passed_to_operator' };
}

/** The status a person reads: a request's own status, or the workspace track's words for it. */
export type ShownStatus = RequestStatus | 'with_operator' | 'operator_waiting' | 'emailed';

/**
 * A workspace-only request never shows a vendor delivery state: it is "with the operator" once
 * someone was told, else waiting for that. A request handed over by email says so.
 */
export function shownStatus(
  request: Pick<PrivacyRequest, 'status' | 'routing'> & Partial<Pick<PrivacyRequest, 'channel'>>,
): ShownStatus {
  if (!request.routing.vendor && request.status === 'delivered') return 'with_operator';
  if (!request.routing.vendor && request.status === 'queued') return 'operator_waiting';
  // Handed to the DPO by e-mail: with no endpoint it counts as delivered, after a dead letter as
  // failed; either way the vendor never received it, and the person reads where it went.
  if (request.channel === 'email' && (request.status === 'failed' || request.status === 'delivered'))
    return 'emailed';
  return request.status;
}
