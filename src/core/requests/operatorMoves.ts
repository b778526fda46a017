/**
 * The operator's part of a request (the workspace track) as values: its states, the moves an
 * operator or the person makes, and why a move is refused. The rules are in operatorTrack.ts.
 */
export const OPERATOR_STATES = ['new', 'in_progress', 'answered', 'withdrawn'] as const;
export type OperatorState = (typeof OPERATOR_STATES)[number];

export const FINAL_OPERATOR_STATES: readonly OperatorState[] = ['answered', 'withdrawn'];

export const OPERATOR_OUTCOMES = ['done', 'partly_done', 'refused'] as const;
export type OperatorOutcome = (typeof OPERATOR_OUTCOMES)[number];

interface MoveBase {
  /** The user id of whoever made the move. */
  by: string;
  /** ISO time of the move. */
  at: string;
  /** What was written: the reasons of a refusal or an extension, the operator's message. */
  text?: string;
}

export type OperatorMove =
  | (MoveBase & { move: 'take' })
  /** The new due date (ISO); `text` holds the reasons the person is told. */
  | (MoveBase & { move: 'extend'; due: string })
  /** `link`: where the person gets their data (access, portability), as the operator gives it. */
  | (MoveBase & { move: 'answer'; outcome: OperatorOutcome; link?: string })
  /** An internal note of the people who handle requests: never shown to the person; moves nothing. */
  | (MoveBase & { move: 'note' })
  /** The person withdrew the request. */
  | (MoveBase & { move: 'withdraw' });

export type OperatorMoveKind = OperatorMove['move'];
export const OPERATOR_MOVE_KINDS: readonly OperatorMoveKind[] = [
  'take',
  'extend',
  'answer',
  'note',
  'withdraw',
];

export interface OperatorTrack {
  state: OperatorState;
  /** Who took the request (user id). */
  takenBy?: string;
  outcome?: OperatorOutcome;
  /** The due date after extensions (ISO); absent while the law's own date holds. */
  due?: string;
  /** How many times the due date was extended. */
  extensions: number;
  /** Every accepted move, in order. */
  moves: OperatorMove[];
}

/** Why an extension is refused (extensionAllowed). */
export const EXTENSION_REFUSALS = [
  'final_state',
  'law_allows_none',
  'no_deadline',
  'too_late_to_extend',
  'beyond_maximum',
  'already_extended',
  'not_later',
] as const;
export type ExtensionRefusal = (typeof EXTENSION_REFUSALS)[number];

/** Why a move is refused (applyOperatorMove). */
export const OPERATOR_REFUSALS = [
  ...EXTENSION_REFUSALS,
  'not_taken',
  'already_taken',
  'reasons_required',
  'not_the_person',
] as const;
export type OperatorRefusal = (typeof OPERATOR_REFUSALS)[number];

export function newOperatorTrack(): OperatorTrack {
  return { state: 'new', extensions: 0, moves: [] };
}

export function isFinalOperatorState(state: OperatorState): boolean {
  return FINAL_OPERATOR_STATES.includes(state);
}
