import type { OperatorMove, OperatorState, OperatorTrack } from '../../../../src/core/requests/operatorMoves';
import { newOperatorTrack } from '../../../../src/core/requests/operatorMoves';
import type { OperatorContext } from '../../../../src/core/requests/operatorTrack';
import { applyOperatorMove } from '../../../../src/core/requests/operatorTrack';
import { snapshot } from './fixtures';

/** A GDPR access request filed 2 March 2026 by u-person: due 2 April, extendable to 2 June. */
const CONTEXT: OperatorContext = {
  jurisdiction: 'gdpr',
  type: 'access',
  submittedAt: '2026-03-02T09:30:00.000Z',
  userId: 'u-person',
};
const AT = '2026-03-10T12:00:00.000Z';
const ADMIN = 'u-admin';

const trackIn = (state: OperatorState): OperatorTrack => {
  const track = newOperatorTrack();
  if (state === 'new') return track;
  const taken: OperatorTrack = { ...track, state: 'in_progress', takenBy: ADMIN };
  if (state === 'in_progress') return taken;
  if (state === 'answered') return { ...taken, state: 'answered', outcome: 'done' };
  return { ...taken, state: 'withdrawn' };
};

const EXTEND: Extract<OperatorMove, { move: 'extend' }> = {
  move: 'extend',
  by: ADMIN,
  at: AT,
  due: '2026-05-02T09:30:00.000Z',
  text: 'Many files to gather.',
};

const MOVES: Record<string, OperatorMove> = {
  take: { move: 'take', by: ADMIN, at: AT },
  extend: {
    move: 'extend',
    by: ADMIN,
    at: AT,
    due: '2026-05-02T09:30:00.000Z',
    text: 'Many files to gather.',
  },
  'extend without reasons': {
    move: 'extend',
    by: ADMIN,
    at: AT,
    due: '2026-05-02T09:30:00.000Z',
    text: '  ',
  },
  'extend past two months': {
    move: 'extend',
    by: ADMIN,
    at: AT,
    due: '2026-06-03T09:30:00.000Z',
    text: 'Many.',
  },
  'answer done': { move: 'answer', by: ADMIN, at: AT, outcome: 'done', text: 'Here is your data.' },
  'answer partly done': { move: 'answer', by: ADMIN, at: AT, outcome: 'partly_done' },
  'answer refused': { move: 'answer', by: ADMIN, at: AT, outcome: 'refused', text: 'Manifestly unfounded.' },
  'answer refused without reasons': { move: 'answer', by: ADMIN, at: AT, outcome: 'refused' },
  'withdraw by the person': { move: 'withdraw', by: 'u-person', at: AT },
  'withdraw by an admin': { move: 'withdraw', by: ADMIN, at: AT },
};

type Expected =
  | { state: OperatorState; outcome?: string; due?: string; takenBy?: string }
  | { refusal: string };
const FINAL: Expected = { refusal: 'final_state' };

/** Every move from every state: the state it leads to, or the refusal. */
const TABLE: Record<OperatorState, Record<keyof typeof MOVES, Expected>> = {
  new: {
    take: { state: 'in_progress', takenBy: ADMIN },
    extend: { refusal: 'not_taken' },
    'extend without reasons': { refusal: 'not_taken' },
    'extend past two months': { refusal: 'not_taken' },
    'answer done': { refusal: 'not_taken' },
    'answer partly done': { refusal: 'not_taken' },
    'answer refused': { refusal: 'not_taken' },
    'answer refused without reasons': { refusal: 'not_taken' },
    'withdraw by the person': { state: 'withdrawn' },
    'withdraw by an admin': { refusal: 'not_the_person' },
  },
  in_progress: {
    take: { refusal: 'already_taken' },
    extend: { state: 'in_progress', due: '2026-05-02T09:30:00.000Z' },
    'extend without reasons': { refusal: 'reasons_required' },
    'extend past two months': { refusal: 'beyond_maximum' },
    'answer done': { state: 'answered', outcome: 'done' },
    'answer partly done': { state: 'answered', outcome: 'partly_done' },
    'answer refused': { state: 'answered', outcome: 'refused' },
    'answer refused without reasons': { refusal: 'reasons_required' },
    'withdraw by the person': { state: 'withdrawn' },
    'withdraw by an admin': { refusal: 'not_the_person' },
  },
  answered: Object.fromEntries(Object.keys(MOVES).map((name) => [name, FINAL])),
  withdrawn: Object.fromEntries(Object.keys(MOVES).map((name) => [name, FINAL])),
};

const CASES = Object.entries(TABLE).flatMap(([state, row]) =>
  Object.entries(row).map(([name, expected]) => [state as OperatorState, name, expected] as const),
);

describe('applyOperatorMove: every move from every state', () => {
  it.each(CASES)('from %s, %s', (state, name, expected) => {
    const track = trackIn(state);
    const before = snapshot(track);
    const result = applyOperatorMove(track, MOVES[name], CONTEXT);
    expect(track).toEqual(before);
    if ('refusal' in expected) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.refusal).toBe(expected.refusal);
      return;
    }
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    expect(result.track).toMatchObject(expected);
    expect(result.track.moves).toEqual([...track.moves, MOVES[name]]);
  });
});

describe('applyOperatorMove: a whole lifecycle', () => {
  it('new → taken → extended → answered, each move recorded with who, when and what was written', () => {
    const moves = [MOVES.take, MOVES.extend, MOVES['answer refused']];
    let track = newOperatorTrack();
    for (const move of moves) {
      const result = applyOperatorMove(track, move, CONTEXT);
      if (!result.ok) throw new Error(`refused: ${result.refusal}`);
      track = result.track;
    }
    expect(track).toEqual({
      state: 'answered',
      takenBy: ADMIN,
      outcome: 'refused',
      due: '2026-05-02T09:30:00.000Z',
      extensions: 1,
      moves,
    });
  });

  it('an extension refused by the law carries the date it is about', () => {
    const result = applyOperatorMove(trackIn('in_progress'), MOVES['extend past two months'], CONTEXT);
    expect(result).toEqual({
      ok: false,
      refusal: 'beyond_maximum',
      date: new Date('2026-06-02T09:30:00.000Z'),
    });
  });

  it('an extension after the first month is too late, judged at the time of the move', () => {
    const late = { ...EXTEND, at: '2026-04-03T09:30:00.000Z' };
    expect(applyOperatorMove(trackIn('in_progress'), late, CONTEXT)).toEqual({
      ok: false,
      refusal: 'too_late_to_extend',
      date: new Date('2026-04-02T09:30:00.000Z'),
    });
  });

  it('LGPD refuses an extension', () => {
    const lgpd = { ...CONTEXT, jurisdiction: 'lgpd' as const };
    const result = applyOperatorMove(trackIn('in_progress'), MOVES.extend, lgpd);
    expect(result.ok || result.refusal).toBe('law_allows_none');
  });

  it('CCPA refuses a second extension', () => {
    const ccpa = { ...CONTEXT, jurisdiction: 'ccpa' as const };
    const first = applyOperatorMove(
      trackIn('in_progress'),
      { ...EXTEND, due: '2026-04-20T00:00:00.000Z' },
      ccpa,
    );
    if (!first.ok) throw new Error(first.refusal);
    expect(first.track.extensions).toBe(1);
    const second = applyOperatorMove(first.track, { ...EXTEND, due: '2026-05-20T00:00:00.000Z' }, ccpa);
    expect(second).toEqual({ ok: false, refusal: 'already_extended' });
  });
});
