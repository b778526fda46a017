import { isLeftBehind } from '../../../../src/app/requests/earlierRequests';
import { queuedRequest } from '../../core/requests/fixtures';

describe('a request an earlier version left behind', () => {
  const operatorOnly = queuedRequest({
    routing: {
      workspace: { categories: ['account'], reason: 'operator_holds' },
      vendorOptional: true,
      uncertain: false,
    },
    channel: 'none',
  });

  it('is an operator-only request still queued, with nobody told', () => {
    expect(isLeftBehind(operatorOnly)).toBe(true);
  });

  it('is not one someone was told about, one with a vendor track, one moved on, or one being cancelled', () => {
    expect(isLeftBehind({ ...operatorOnly, workspaceNotice: { told: 'admins', dpoEmail: 'd@x.org' } })).toBe(
      false,
    );
    expect(isLeftBehind(queuedRequest())).toBe(false);
    expect(isLeftBehind({ ...operatorOnly, status: 'delivered' })).toBe(false);
    expect(
      isLeftBehind({ ...operatorOnly, delivery: { ...operatorOnly.delivery, cancelRequested: true } }),
    ).toBe(false);
  });
});
