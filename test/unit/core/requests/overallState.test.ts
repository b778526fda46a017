import type { RequestStatus } from '../../../../src/core/requests/lifecycle';
import { REQUEST_STATUSES } from '../../../../src/core/requests/lifecycle';
import type { OperatorState } from '../../../../src/core/requests/operatorMoves';
import { OPERATOR_STATES } from '../../../../src/core/requests/operatorMoves';
import type { OverallState } from '../../../../src/core/requests/overallState';
import { overallState } from '../../../../src/core/requests/overallState';

const VENDOR_STAGE: Record<RequestStatus, OverallState['stage']> = {
  queued: 'received',
  delivered: 'received',
  in_progress: 'in_progress',
  completed: 'finished',
  rejected: 'finished',
  cancelled: 'finished',
  failed: 'finished',
};
const OPERATOR_STAGE: Record<OperatorState, OverallState['stage']> = {
  new: 'received',
  in_progress: 'in_progress',
  answered: 'finished',
  withdrawn: 'finished',
};

describe('overallState: a request with both tracks stands where its slowest track stands', () => {
  it.each([
    ['queued', 'new', { stage: 'received', slowest: 'both' }],
    ['queued', 'in_progress', { stage: 'received', slowest: 'vendor' }],
    ['delivered', 'answered', { stage: 'received', slowest: 'vendor' }],
    ['in_progress', 'new', { stage: 'received', slowest: 'operator' }],
    ['in_progress', 'in_progress', { stage: 'in_progress', slowest: 'both' }],
    ['in_progress', 'withdrawn', { stage: 'in_progress', slowest: 'vendor' }],
    ['completed', 'new', { stage: 'received', slowest: 'operator' }],
    ['completed', 'in_progress', { stage: 'in_progress', slowest: 'operator' }],
    ['rejected', 'answered', { stage: 'finished', slowest: 'both' }],
    ['cancelled', 'withdrawn', { stage: 'finished', slowest: 'both' }],
    ['failed', 'in_progress', { stage: 'in_progress', slowest: 'operator' }],
  ] as const)('vendor %s, operator %s: %j', (vendor, operator, expected) => {
    expect(overallState({ vendor, operator })).toEqual(expected);
  });

  const pairs = REQUEST_STATUSES.flatMap((vendor) =>
    OPERATOR_STATES.map((operator) => [vendor, operator] as const),
  );
  it.each(pairs)('vendor %s, operator %s: never ahead of either track', (vendor, operator) => {
    const order = ['received', 'in_progress', 'finished'];
    const { stage } = overallState({ vendor, operator });
    const slowest = Math.min(order.indexOf(VENDOR_STAGE[vendor]), order.indexOf(OPERATOR_STAGE[operator]));
    expect(order.indexOf(stage)).toBe(slowest);
  });

  it.each(REQUEST_STATUSES)('vendor track only (%s): its own stage', (vendor) => {
    expect(overallState({ vendor })).toEqual({ stage: VENDOR_STAGE[vendor], slowest: 'vendor' });
  });

  it.each(OPERATOR_STATES)('operator track only (%s): its own stage', (operator) => {
    expect(overallState({ operator })).toEqual({ stage: OPERATOR_STAGE[operator], slowest: 'operator' });
  });
});
