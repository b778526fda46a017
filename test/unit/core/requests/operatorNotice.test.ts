import { isAppReason, operatorOutcome, shownStatus } from '../../../../src/core/requests/operatorNotice';
import { operatorOnlyRequest, queuedRequest } from './fixtures';

describe('the workspace track, in the product’s words', () => {
  const operatorOnly = operatorOnlyRequest();

  it('is with the operator once the admins or the DPO were told, and failed when nobody was', () => {
    expect(operatorOutcome({ told: 'admins', dpoEmail: 'd@x.org' })).toEqual({
      status: 'delivered',
      reason: 'passed_to_operator',
    });
    expect(operatorOutcome({ told: 'dpo_email', dpoEmail: 'd@x.org' })).toEqual({
      status: 'delivered',
      reason: 'passed_to_operator',
    });
    expect(operatorOutcome({ told: 'nobody', dpoEmail: 'd@x.org' })).toEqual({
      status: 'failed',
      reason: 'no_admin_no_email',
    });
  });

  it('an operator-only request never reads as a vendor delivery state', () => {
    expect(shownStatus(operatorOnly)).toBe('operator_waiting');
    expect(shownStatus({ ...operatorOnly, status: 'delivered' })).toBe('with_operator');
    expect(shownStatus({ ...operatorOnly, status: 'completed' })).toBe('completed');
    expect(shownStatus(queuedRequest())).toBe('queued');
    expect(shownStatus(queuedRequest({ status: 'delivered' }))).toBe('delivered');
  });

  it('a failed request handed over by e-mail reads as passed on by e-mail', () => {
    expect(shownStatus(queuedRequest({ status: 'failed', channel: 'email' }))).toBe('emailed');
    expect(shownStatus(queuedRequest({ status: 'failed' }))).toBe('failed');
  });

  it('a request the DPO received by e-mail (no endpoint) never reads as received by the vendor', () => {
    expect(shownStatus(queuedRequest({ status: 'delivered', channel: 'email' }))).toBe('emailed');
    expect(shownStatus(queuedRequest({ status: 'delivered', channel: 'endpoint' }))).toBe('delivered');
  });

  it('knows the reason codes the app writes, and nothing a vendor wrote', () => {
    expect(isAppReason('passed_to_operator')).toBe(true);
    expect(isAppReason('no_admin_no_email')).toBe(true);
    expect(isAppReason('Identity could not be verified')).toBe(false);
    expect(isAppReason(undefined)).toBe(false);
  });
});
