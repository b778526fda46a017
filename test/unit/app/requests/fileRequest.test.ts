/** Filing a request, over in-memory ports: what the person, the admins and the DPO get, and when. */
import { fileRequest, filedBefore } from '../../../../src/app/requests/fileRequest';
import type { FilingInput, FilingTexts } from '../../../../src/app/requests/fileRequest';
import { translator } from '../../../../src/core/i18n/translator';
import type { DeploymentFinding } from '../../../../src/core/policy/deployment';
import { receiptText } from '../../../../src/engine/views/requestText';
import { adminNoticeText } from '../../../../src/engine/views/requestEmailText';
import type { MemoryOptions } from './memory';
import { memoryPorts } from './memory';

const ID = '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
const OTHER = '7a3b1c52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
const DPO = 'dpo@acme.example';
const TEXTS: FilingTexts = {
  adminNotice: (request) => (t) => adminNoticeText(request, t),
  receipt: (request) => (t) => receiptText(request, t),
};
const finding = (type: DeploymentFinding['type']): DeploymentFinding => ({
  type,
  source: 'admin_setting',
  certainty: 'confirmed',
  registration: { outcome: 'not_checked' },
});

const input = (overrides: Partial<FilingInput> = {}): FilingInput => ({
  id: ID,
  user: { id: 'u-alice', username: 'alice' },
  identity: { email: 'alice@example.org', emailVerified: true },
  form: {
    jurisdiction: 'gdpr',
    type: 'access',
    categories: ['account'],
    details: '',
    addVendor: false,
    appIds: [],
  },
  translator: translator('en'),
  // Self-hosted, not registered: the request goes to the workspace's operator only.
  deployment: async () => finding('self_hosted_unregistered'),
  ...overrides,
});

const world = (options: MemoryOptions = {}) =>
  memoryPorts({ ...options, settings: { dpo_email: DPO, requests_per_day: 3, ...options.settings } });
const noPause = { pause: async () => undefined };

describe('filing a request', () => {
  it('a second submit of the same modal files nothing more: one request, one receipt', async () => {
    const w = world();
    const first = await fileRequest(w.ports, input(), TEXTS);
    const second = await fileRequest(w.ports, input(), TEXTS);
    expect([first.outcome, second.outcome]).toEqual(['filed', 'duplicate']);
    expect(w.requests.records.size).toBe(1);
    expect(w.said.filter((s) => s.to === 'requester')).toHaveLength(1);
    expect(await filedBefore(w.ports.requests, ID, 'u-alice')).toBe('by_this_person');
    expect(await filedBefore(w.ports.requests, ID, 'u-bruno')).toBe('by_someone_else');
    expect(await filedBefore(w.ports.requests, OTHER, 'u-alice')).toBe('no');
  });

  it('two submits at once: only the one holding the filing claim files it', async () => {
    const w = world();
    const outcomes = await Promise.all([
      fileRequest(w.ports, input(), TEXTS),
      fileRequest(w.ports, input(), TEXTS),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['duplicate', 'filed']);
    expect(w.said.filter((s) => s.to === 'requester')).toHaveLength(1);
  });

  it('at the daily limit: refused, told until when and whom to write to, and the claim withdrawn', async () => {
    const w = world({ settings: { requests_per_day: 1 } });
    expect((await fileRequest(w.ports, input(), TEXTS)).outcome).toBe('filed');
    const refused = await fileRequest(w.ports, input({ id: OTHER }), TEXTS, noPause);
    expect(refused).toEqual({
      outcome: 'refused',
      message: `You have filed 1 requests in the last 24 hours, the most allowed. You can file the next one from March 11, 2026 at 12:00 PM (UTC). Until then, you can write to the Data Protection Officer at ${DPO}.`,
    });
    expect(w.requests.records.has(OTHER)).toBe(false);
    expect([...w.claims.values()].map((c) => c.requestId)).toEqual([ID]);
    // A day later the slot is free again.
    w.moveClock(86_400_001);
    expect((await fileRequest(w.ports, input({ id: OTHER }), TEXTS)).outcome).toBe('filed');
  });

  it('meeting another submit still being filed on every try asks to press Send again', async () => {
    const w = world({ settings: { requests_per_day: 1 } });
    await w.ports.dailyClaims.put('u-alice', { requestId: OTHER, at: w.ports.clock.now().toISOString() });
    const refused = await fileRequest(w.ports, input(), TEXTS, noPause);
    expect(refused).toEqual({
      outcome: 'refused',
      message:
        'Another of your requests was being filed at the same moment, so this one was not filed. Please press “Send request” again.',
    });
  });

  it("a filing that fails before the request is stored gives the day's slot back", async () => {
    const w = world();
    const failing = input({ deployment: async () => Promise.reject(new Error('settings unreadable')) });
    await expect(fileRequest(w.ports, failing, TEXTS)).rejects.toThrow('settings unreadable');
    expect(w.claims.size).toBe(0);
  });
});

describe("the operator's notice", () => {
  const receipt = (w: ReturnType<typeof world>) => w.said.find((s) => s.to === 'requester')?.text ?? '';

  it('admins told: the request is with the operator, and then the receipt says the admins were told', async () => {
    const w = world();
    const filed = await fileRequest(w.ports, input(), TEXTS);
    expect(w.said.map((s) => s.to)).toEqual(['admins', 'requester']);
    expect(w.said[0].text).toContain('New privacy request PR-2F1C7A52: A copy of my data');
    // Posted where others may read it: who asked stays in the console (issue 11).
    expect(w.said[0].text).not.toContain('alice');
    expect(receipt(w)).toContain('The administrators were told.');
    const stored = await w.ports.requests.find(ID);
    expect(stored).toEqual(filed.outcome === 'filed' ? filed.request : undefined);
    expect(stored?.status).toBe('delivered');
    expect(stored?.history.at(-1)).toMatchObject({ status: 'delivered', reason: 'passed_to_operator' });
    expect(stored?.workspaceNotice).toEqual({ told: 'admins', dpoEmail: DPO });
    expect(w.mailed).toEqual([]);
    // The receipt is what the person reads about it: no status message is owed on top of it.
    expect(stored?.owedNotice).toBeUndefined();
  });

  it('no admin to tell: the DPO is e-mailed, and the receipt says so', async () => {
    const w = world({ admins: false, email: true });
    await fileRequest(w.ports, input(), TEXTS);
    expect(w.mailed.map((r) => r.id)).toEqual([ID]);
    expect(receipt(w)).toContain(
      `No administrator could be told, so it was emailed to the Data Protection Officer (${DPO}).`,
    );
    expect((await w.ports.requests.find(ID))?.status).toBe('delivered');
  });

  it('nobody could be told: failed, and the receipt asks the person to write to the DPO', async () => {
    const w = world({ admins: 'throws', email: false });
    await fileRequest(w.ports, input(), TEXTS);
    const stored = await w.ports.requests.find(ID);
    expect(stored?.status).toBe('failed');
    expect(stored?.history.at(-1)).toMatchObject({ status: 'failed', reason: 'no_admin_no_email' });
    expect(receipt(w)).toContain(
      `please write to the Data Protection Officer at ${DPO} and quote ${stored?.ref}.`,
    );
    // The failed message is logged under the request's reference, not a reason to stop.
    expect(w.logs.find((l) => l.level === 'error')?.items[0]).toBe(
      `request ${stored?.ref}: admin notice failed`,
    );
  });
});

describe('the vendor track', () => {
  it('is put in the outbox for its first send, before it is stored, and the outbox is woken', async () => {
    const w = world();
    const stored: boolean[] = [];
    const put = w.ports.outbox.put;
    w.ports.outbox.put = async (entry) => {
      stored.push(w.requests.records.has(entry.requestId));
      return put(entry);
    };
    const filed = await fileRequest(w.ports, input({ deployment: async () => finding('cloud') }), TEXTS);
    // An outbox entry without a request is dropped by the job; a request without one would never be sent.
    expect(stored).toEqual([false]);
    const request = filed.outcome === 'filed' ? filed.request : undefined;
    expect(w.scheduled).toEqual([{ requestId: ID, dueAt: request?.submittedAt }]);
    expect(w.wakes()).toBe(1);
    // The operator's copy is told too, but the request waits for the vendor, not "with the operator".
    expect(request?.status).toBe('queued');
    expect(receipt(w)).toContain('The administrators were told.');
  });

  it('is not scheduled for an operator-only request', async () => {
    const w = world();
    await fileRequest(w.ports, input(), TEXTS);
    expect(w.scheduled).toEqual([]);
    expect(w.wakes()).toBe(0);
  });

  function receipt(w: ReturnType<typeof world>) {
    return w.said.find((s) => s.to === 'requester')?.text ?? '';
  }
});
