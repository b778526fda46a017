import { beforeUninstall } from '../../../../src/app/uninstall/beforeUninstall';
import type { UninstallPorts } from '../../../../src/app/uninstall/beforeUninstall';
import type { PrivacyRequest } from '../../../../src/core/requests/request';

const request = (ref: string, over: Partial<PrivacyRequest> = {}): PrivacyRequest =>
  ({
    id: ref,
    ref,
    userId: 'u1',
    status: 'queued',
    routing: { vendor: { categories: ['account'] } },
    delivery: { failures: 0, pausedMs: 0 },
    ...over,
  }) as unknown as PrivacyRequest;

function ports(stored: PrivacyRequest[], { email = true, admins = true, sends = false } = {}) {
  const steps: string[] = [];
  let requests = stored;
  const p: UninstallPorts = {
    requests: async () => requests,
    deliverNow: async () => {
      steps.push('deliver');
      if (sends) requests = requests.map((r) => ({ ...r, status: 'delivered' }));
    },
    emailDpo: async (r) => (steps.push(`email ${r.ref}`), email),
    postToAdmins: async (r) => (steps.push(`post ${r.ref}`), admins),
    removeEverything: async () => {
      steps.push('remove');
    },
    log: { info: () => undefined, error: () => undefined },
  };
  return { p, steps };
}

describe('before the app is uninstalled', () => {
  it('sends first; what is still not delivered goes by e-mail; then everything is removed', async () => {
    const { p, steps } = ports([request('PR-1'), request('PR-2', { status: 'completed' })]);
    const outcome = await beforeUninstall(p);
    expect(steps).toEqual(['deliver', 'email PR-1', 'remove']);
    expect(Object.fromEntries(outcome)).toEqual({ 'PR-1': 'emailed' });
  });

  it('posts to the admins only when e-mail fails, and removes even when nobody could be told', async () => {
    const { p, steps } = ports([request('PR-1')], { email: false, admins: false });
    expect(Object.fromEntries(await beforeUninstall(p))).toEqual({ 'PR-1': 'lost' });
    expect(steps).toEqual(['deliver', 'email PR-1', 'post PR-1', 'remove']);
  });

  it('hands nothing over when the endpoint took it, and skips the run when nothing waits', async () => {
    const sent = ports([request('PR-1')], { sends: true });
    expect((await beforeUninstall(sent.p)).size).toBe(0);
    expect(sent.steps).toEqual(['deliver', 'remove']);
    const cancelling = ports([
      request('PR-3', { delivery: { failures: 0, pausedMs: 0, cancelRequested: true } }),
    ]);
    await beforeUninstall(cancelling.p);
    expect(cancelling.steps).toEqual(['remove']);
  });
});
