/**
 * The daily retention run and a deleted person, over the app's own stores (engine adapters) on the
 * fake persistence: what is left in the store afterwards is what the tests read.
 */
import { forgetPerson, runRetention } from '../../../../src/app/retention/retention';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { retentionPorts } from '../../../../src/engine/entry/jobs/retention';
import { rememberJurisdiction } from '../../../../src/engine/adapters/server/preferences';
import { addEvents, saveRequest } from '../../../../src/engine/adapters/persistence/requestStore';
import { callOf, fakeWorld } from '../../fakes';
import { queuedRequest } from '../../core/requests/fixtures';

const DAY = 86_400_000;
const T0 = new Date('2026-04-01T10:00:00.000Z');
const after = (days: number) => new Date(T0.getTime() + days * DAY);

function request(n: number, userId: string): PrivacyRequest {
  return queuedRequest({
    id: `${String(n).padStart(8, '0')}-5e6f-4a7b-8c9d-0e1f2a3b4c5d`,
    ref: `PR-${String(n).padStart(8, '0')}`,
    userId,
    username: `person${n}`,
    email: `person${n}@example.org`,
    details: `secret details ${n}`,
    submittedAt: T0.toISOString(),
    history: [{ status: 'queued', at: T0.toISOString(), source: 'submit' }],
  });
}

async function world() {
  const w = fakeWorld();
  let now = T0;
  const call = () => callOf(w, () => now);
  const ports = () => retentionPorts(call());
  const file = async (r: PrivacyRequest) => saveRequest(w.persistence, r);
  const close = async (r: PrivacyRequest) => {
    await addEvents(w.persistence, r, [
      { type: 'moved', status: 'completed', at: now.toISOString(), source: 'callback' },
      { type: 'operator-moved', move: { move: 'take', by: 'admin', at: now.toISOString() } },
      {
        type: 'operator-moved',
        move: { move: 'answer', by: 'admin', at: now.toISOString(), outcome: 'done', text: 'Your data' },
      },
    ] as never);
  };
  const stored = () => JSON.stringify([...w.store.values()]);
  return { w, ports, file, close, stored, setNow: (d: Date) => (now = d) };
}

describe('the daily retention run', () => {
  it('reduces a closed request after the first period and deletes it after the second', async () => {
    const { ports, file, close, stored, setNow } = await world();
    const r = request(1, 'u1');
    await file(r);
    await close(r);
    setNow(after(364));
    expect(await runRetention(ports())).toEqual({ reduced: 0, removed: 0, forgotten: 0 });
    expect(stored()).toContain('secret details 1');
    setNow(after(365));
    expect(await runRetention(ports())).toEqual({ reduced: 1, removed: 0, forgotten: 0 });
    expect(stored()).not.toContain('secret details 1');
    expect(stored()).not.toContain('person1');
    expect(stored()).not.toContain('Your data');
    expect(stored()).toContain('PR-00000001');
    expect(await ports().requests.all()).toEqual([]);
    setNow(after(1095));
    expect(await runRetention(ports())).toEqual({ reduced: 0, removed: 1, forgotten: 0 });
    expect(stored()).not.toContain('PR-00000001');
  });

  it('changes one batch per run', async () => {
    const { ports, file, close, setNow } = await world();
    for (const n of [1, 2, 3]) {
      await file(request(n, 'u1'));
      await close(request(n, 'u1'));
    }
    setNow(after(400));
    expect((await runRetention(ports(), 2)).reduced).toBe(2);
    expect((await runRetention(ports(), 2)).reduced).toBe(1);
  });
});

describe('a person deleted from the workspace', () => {
  it('is forgotten at once except an open request, which goes once final', async () => {
    const { w, ports, file, close, stored, setNow } = await world();
    const open = request(1, 'u1');
    const closed = request(2, 'u1');
    const other = request(3, 'u2');
    for (const r of [open, closed, other]) await file(r);
    await close(closed);
    await rememberJurisdiction(w.persistence, 'u1', 'lgpd');
    expect(await forgetPerson(ports(), 'u1')).toEqual({ kept: 1 });
    expect(stored()).not.toContain('lgpd');
    expect(stored()).not.toContain('secret details 2');
    expect(stored()).toContain('secret details 1');
    expect(stored()).toContain('secret details 3');
    expect(await runRetention(ports())).toEqual({ reduced: 0, removed: 0, forgotten: 0 });
    expect(stored()).toContain('secret details 1');
    setNow(after(10));
    await close(open);
    expect(await runRetention(ports())).toEqual({ reduced: 1, removed: 0, forgotten: 1 });
    expect(stored()).not.toContain('secret details 1');
    expect(stored()).not.toContain('person-erasure');
    expect(stored()).toContain('secret details 3');
  });
});
