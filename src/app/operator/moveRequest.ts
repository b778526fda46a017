/**
 * A move on the operator's track of a request (take, extend, answer, note, withdraw), from the
 * admin console or the person's cancel. The move is checked against the request as stored, written
 * as an event of its own, and read back: a move another writer beat (two admins taking the same
 * request at once) is refused, never half-applied. The person is told in their own language at
 * each move that concerns them. Whoever calls this has checked the caller's role at this moment.
 */
import type { Log } from '../../core/ports/log';
import type { Notifier, TextFor } from '../../core/ports/messaging';
import type { RequestsStore } from '../../core/ports/requests';
import type { OperatorMove, OperatorRefusal } from '../../core/requests/operatorMoves';
import { newOperatorTrack } from '../../core/requests/operatorMoves';
import { applyOperatorMove } from '../../core/requests/operatorTrack';
import type { PrivacyRequest } from '../../core/requests/request';

export interface MovePorts {
  requests: Pick<RequestsStore, 'find' | 'record'>;
  notifier: Pick<Notifier, 'tellRequester'>;
  log: Log;
}

/** What the person reads after a move (undefined: the move does not concern them, as a note). */
export type MoveTexts = (request: PrivacyRequest, move: OperatorMove) => TextFor | undefined;

/** Why the console cannot make a move: the track's own rules, or the request is not there to move. */
export type MoveRefusal = OperatorRefusal | 'not_found' | 'no_operator_track';

export type MoveResult =
  | {
      ok: true;
      /** The request as stored after the move. */
      request: PrivacyRequest;
      /** The person got the direct message (false: not sent, or the move does not concern them). */
      told: boolean;
    }
  | { ok: false; refusal: MoveRefusal; date?: Date; request?: PrivacyRequest };

const sameMove = (a: OperatorMove, b: OperatorMove) => JSON.stringify(a) === JSON.stringify(b);

export async function moveRequest(
  ports: MovePorts,
  texts: MoveTexts,
  requestId: string,
  move: OperatorMove,
): Promise<MoveResult> {
  const stored = await ports.requests.find(requestId);
  if (!stored) return { ok: false, refusal: 'not_found' };
  if (!stored.routing.workspace) return { ok: false, refusal: 'no_operator_track', request: stored };
  const track = stored.operatorTrack ?? newOperatorTrack();
  const checked = applyOperatorMove(track, move, stored);
  if (!checked.ok) return { ...checked, request: stored };
  const { request } = await ports.requests.record(stored, [{ type: 'operator-moved', move }]);
  // Another writer's move may have landed first (the fold applies moves in the order they landed).
  if (!(request.operatorTrack?.moves ?? []).some((m) => sameMove(m, move))) {
    const now = applyOperatorMove(request.operatorTrack ?? newOperatorTrack(), move, request);
    ports.log.info(`request ${request.ref}: an operator move was overtaken by another one`);
    return { ok: false, refusal: now.ok ? 'already_taken' : now.refusal, request };
  }
  const text = texts(request, move);
  if (!text) return { ok: true, request, told: false };
  let told = false;
  try {
    told = await ports.notifier.tellRequester(request, text);
  } catch (error) {
    ports.log.error(`request ${request.ref}: telling the person of a move failed`, String(error));
  }
  return { ok: true, request, told };
}
