/** Each track of a request as the person reads it, side by side, and when the person may still cancel. */
import type { OperatorTrack } from '../../../../src/core/requests/operatorMoves';
import { personMayCancel, shownTracks } from '../../../../src/core/requests/shownTracks';
import { operatorOnlyRequest, queuedRequest } from './fixtures';

const track = (over: Partial<OperatorTrack>): OperatorTrack => ({
  state: 'new',
  extensions: 0,
  moves: [],
  ...over,
});
const told = { told: 'admins', dpoEmail: 'dpo@example.org' } as const;

describe('shownTracks', () => {
  it('a vendor-only request shows its vendor status alone', () => {
    const vendorOnly = queuedRequest({
      status: 'delivered',
      routing: {
        vendor: { categories: ['usage'], reason: 'vendor_hosts' },
        vendorOptional: false,
        uncertain: false,
      },
    });
    expect(shownTracks(vendorOnly)).toEqual({ vendor: 'delivered' });
  });

  it('a request with both tracks shows both', () => {
    expect(shownTracks(queuedRequest({ status: 'delivered', workspaceNotice: told }))).toEqual({
      vendor: 'delivered',
      operator: 'with_operator',
    });
    const taken = queuedRequest({
      status: 'completed',
      workspaceNotice: told,
      operatorTrack: track({ state: 'in_progress' }),
    });
    expect(shownTracks(taken)).toEqual({ vendor: 'completed', operator: 'operator_in_progress' });
  });

  it('an operator-only request shows the operator track, from who was told to the answer', () => {
    const base = operatorOnlyRequest({ status: 'delivered' });
    expect(shownTracks({ ...base, workspaceNotice: told })).toEqual({ operator: 'with_operator' });
    expect(shownTracks({ ...base, workspaceNotice: { ...told, told: 'dpo_email' } })).toEqual({
      operator: 'operator_emailed',
    });
    expect(shownTracks({ ...base, status: 'failed', workspaceNotice: { ...told, told: 'nobody' } })).toEqual({
      operator: 'operator_untold',
    });
    expect(shownTracks(operatorOnlyRequest())).toEqual({ operator: 'operator_waiting' });
    expect(shownTracks({ ...base, status: 'failed' })).toEqual({ operator: 'operator_untold' });
    expect(shownTracks(base)).toEqual({ operator: 'with_operator' });
    for (const outcome of ['done', 'partly_done', 'refused'] as const)
      expect(shownTracks({ ...base, operatorTrack: track({ state: 'answered', outcome }) })).toEqual({
        operator: `operator_answered_${outcome}`,
      });
    expect(shownTracks({ ...base, operatorTrack: track({ state: 'withdrawn' }) })).toEqual({
      operator: 'operator_withdrawn',
    });
    expect(shownTracks({ ...base, status: 'cancelled' })).toEqual({ operator: 'operator_withdrawn' });
  });
});

describe('personMayCancel', () => {
  it('not once the operator answered an operator-only request; a vendor part still pending may be', () => {
    const answered = track({ state: 'answered', outcome: 'done' });
    expect(personMayCancel(operatorOnlyRequest({ status: 'delivered' }))).toBe(true);
    expect(personMayCancel(operatorOnlyRequest({ status: 'delivered', operatorTrack: answered }))).toBe(
      false,
    );
    expect(personMayCancel(queuedRequest({ status: 'delivered', operatorTrack: answered }))).toBe(true);
    expect(personMayCancel(queuedRequest({ status: 'completed' }))).toBe(false);
  });
});
