/**
 * The operator's part of a request as a small state machine: new → in progress (someone took it)
 * → answered (done, partly done, refused with reasons) or withdrawn by the person. An extension
 * moves the due date and leaves the state as it is. Final states never move. Pure: a move either
 * gives a new track (the input is not touched) or a refusal code the admin is told in words.
 */
import { extensionAllowed } from './extension';
import type { ExtensionSubject } from './extension';
import type { OperatorMove, OperatorRefusal, OperatorTrack } from './operatorMoves';
import { isFinalOperatorState } from './operatorMoves';

/** What a move needs to know of its request: the law's clock and whose request it is. */
export interface OperatorContext extends Omit<ExtensionSubject, 'operatorTrack'> {
  /** The person who made the request: the only one who may withdraw it. */
  userId: string;
}

export type OperatorMoved =
  | { ok: true; track: OperatorTrack }
  | {
      ok: false;
      refusal: OperatorRefusal;
      /** The date an extension refusal is about (see extensionAllowed). */
      date?: Date;
    };

const hasText = (move: OperatorMove) => !!move.text && move.text.trim().length > 0;

export function applyOperatorMove(
  track: OperatorTrack,
  move: OperatorMove,
  context: OperatorContext,
): OperatorMoved {
  const moves = [...track.moves, move];
  // A note moves nothing: it may be added at any time, also after the answer.
  if (move.move === 'note')
    return hasText(move)
      ? { ok: true, track: { ...track, moves } }
      : { ok: false, refusal: 'reasons_required' };
  if (isFinalOperatorState(track.state)) return { ok: false, refusal: 'final_state' };
  switch (move.move) {
    case 'take':
      if (track.state !== 'new') return { ok: false, refusal: 'already_taken' };
      return { ok: true, track: { ...track, state: 'in_progress', takenBy: move.by, moves } };
    case 'extend': {
      if (track.state !== 'in_progress') return { ok: false, refusal: 'not_taken' };
      if (!hasText(move)) return { ok: false, refusal: 'reasons_required' };
      const answer = extensionAllowed(
        { ...context, operatorTrack: track },
        new Date(move.at),
        new Date(move.due),
      );
      if (!answer.ok) return answer;
      const due = answer.due.toISOString();
      return { ok: true, track: { ...track, due, extensions: track.extensions + 1, moves } };
    }
    case 'answer':
      if (track.state !== 'in_progress') return { ok: false, refusal: 'not_taken' };
      if (move.outcome === 'refused' && !hasText(move)) return { ok: false, refusal: 'reasons_required' };
      return { ok: true, track: { ...track, state: 'answered', outcome: move.outcome, moves } };
    case 'withdraw':
      if (move.by !== context.userId) return { ok: false, refusal: 'not_the_person' };
      return { ok: true, track: { ...track, state: 'withdrawn', moves } };
  }
}
