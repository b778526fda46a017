import { handOverLeftBehind, isLeftBehind } from '../../../../src/app/requests/earlierRequests';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { memoryPorts } from './memory';
import { operatorOnlyRequest, queuedRequest } from '../../core/requests/fixtures';

describe('a request an earlier version left behind', () => {
  const operatorOnly = operatorOnlyRequest();

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

describe('handing over a request an earlier version left behind', () => {
  const leftBehind = queuedRequest({
    routing: {
      workspace: { categories: ['account'], reason: 'operator_holds' },
      vendorOptional: true,
      uncertain: false,
    },
    channel: 'none',
  });
  const notice = (request: PrivacyRequest) => () => `earlier request ${request.ref}`;
  const now = new Date('2026-03-10T12:00:00Z');

  it('tells the admins with the caller’s notice and leaves the request with the operator', async () => {
    const w = memoryPorts({ settings: { dpo_email: 'dpo@acme.example' } });
    await w.ports.requests.create(leftBehind);
    const [after, untouched] = await handOverLeftBehind(w.ports, [leftBehind, queuedRequest()], notice, now);
    expect(w.said).toEqual([{ to: 'admins', text: 'earlier request PR-1A2B3C4D' }]);
    expect(after.status).toBe('delivered');
    expect(after.workspaceNotice).toEqual({ told: 'admins', dpoEmail: 'dpo@acme.example' });
    expect((await w.ports.requests.find(leftBehind.id))?.status).toBe('delivered');
    expect(untouched).toEqual(queuedRequest());
  });

  it('nobody to tell and no e-mail: failed, so the person reads that they should write to the DPO', async () => {
    const w = memoryPorts({ admins: false, email: false });
    await w.ports.requests.create(leftBehind);
    const [after] = await handOverLeftBehind(w.ports, [leftBehind], notice, now);
    expect(after.history.at(-1)).toEqual({
      status: 'failed',
      at: now.toISOString(),
      source: 'delivery',
      reason: 'no_admin_no_email',
    });
  });
});
