/**
 * Where each track of a request stands, as the person reads it: the vendor's (its delivery status)
 * and this workspace's operator's (told, taken, answered, withdrawn). A request with both tracks is
 * shown with both, side by side; an operator-only request is shown by the operator's track alone.
 */
import { canBeCancelled } from './lifecycle';
import type { OperatorOutcome } from './operatorMoves';
import { isFinalOperatorState } from './operatorMoves';
import { shownStatus } from './operatorNotice';
import type { ShownStatus } from './operatorNotice';
import type { PrivacyRequest } from './request';

/** The operator's track in the product's words (before anyone took it: who was told). */
export type OperatorShown =
  | 'with_operator'
  | 'operator_waiting'
  | 'operator_emailed'
  | 'operator_untold'
  | 'operator_in_progress'
  | `operator_answered_${OperatorOutcome}`
  | 'operator_withdrawn';

export interface ShownTracks {
  vendor?: ShownStatus;
  operator?: OperatorShown;
}

type Tracked = Pick<PrivacyRequest, 'status' | 'routing' | 'operatorTrack' | 'workspaceNotice'> &
  Partial<Pick<PrivacyRequest, 'channel'>>;

function operatorShown(request: Tracked): OperatorShown {
  const track = request.operatorTrack;
  if (track?.state === 'answered' && track.outcome) return `operator_answered_${track.outcome}`;
  if (track?.state === 'withdrawn' || request.status === 'cancelled') return 'operator_withdrawn';
  if (track?.state === 'in_progress') return 'operator_in_progress';
  const told = request.workspaceNotice?.told;
  if (told === 'admins') return 'with_operator';
  if (told === 'dpo_email') return 'operator_emailed';
  if (told === 'nobody') return 'operator_untold';
  // Filed before the notice was recorded: an operator-only request's status tells what happened.
  if (request.status === 'queued') return 'operator_waiting';
  if (request.status === 'failed' && !request.routing.vendor) return 'operator_untold';
  return 'with_operator';
}

export function shownTracks(request: Tracked): ShownTracks {
  if (!request.routing.workspace) return { vendor: shownStatus(request) };
  const operator = operatorShown(request);
  // An operator-only request's own status is the notice's outcome: the operator's track says more.
  if (!request.routing.vendor) return { operator };
  return { vendor: shownStatus(request), operator };
}

/**
 * Whether the person may still cancel: the vendor's part is not final (core/requests/lifecycle),
 * and an operator-only request the operator has not answered yet (an answer is not taken back).
 */
export function personMayCancel(
  request: Pick<PrivacyRequest, 'status' | 'routing' | 'operatorTrack'> &
    Partial<Pick<PrivacyRequest, 'channel'>>,
): boolean {
  if (!canBeCancelled(request)) return false;
  if (request.routing.vendor) return true;
  return !isFinalOperatorState(request.operatorTrack?.state ?? 'new');
}
