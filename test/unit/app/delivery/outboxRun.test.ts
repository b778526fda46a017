/** One outbox run over in-memory ports: lease, order, batch, budget, and what is dropped. */
import { RUN_BATCH, RUN_BUDGET_MS, runOutbox } from '../../../../src/app/delivery/outboxRun';
import { askToCancel } from '../../../../src/app/delivery/cancel';
import { wakeAll } from '../../../../src/app/delivery/wake';
import { outboxEntry } from '../../../../src/core/requests/outboxEntry';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { translator } from '../../../../src/core/i18n/translator';
import { queuedRequest } from '../../core/requests/fixtures';
import { memoryDsr, memoryPorts } from '../memoryPorts';

const en = translator('en');
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const requestNo = (n: number, overrides: Partial<PrivacyRequest> = {}) =>
  queuedRequest({ id: idOf(n), ref: `PR-${n}`, language: 'en', ...overrides });
const accepting = (id: string) =>
  ({ kind: 'answer', status: 201, body: { subject_request_id: id } }) as const;

async function worldOf(requests: PrivacyRequest[], dsr = memoryDsr()) {
  const world = memoryPorts({ dsr });
  const due = new Date(world.clock.now().getTime() - 1000).toISOString();
  for (const r of requests) {
    await world.requests.create(r);
    await world.outbox.put(outboxEntry(r.id, r.status === 'queued' ? 'send' : 'poll', due));
  }
  return { world, dsr };
}

describe('an outbox run', () => {
  it('does nothing while another run holds the lease', async () => {
    const { world, dsr } = await worldOf([requestNo(1)]);
    await world.lease.take('another-run', 60_000);
    expect(await runOutbox(world.ports)).toEqual({ ran: false, processed: 0 });
    expect(dsr.calls).toEqual([]);
  });

  it('cancels first, then sends, then reads, and releases its lease', async () => {
    const open = requestNo(1, { status: 'delivered', delivery: { failures: 0, pausedMs: 0 } });
    const cancelled = requestNo(2, {
      status: 'delivered',
      delivery: { failures: 0, pausedMs: 0, createSent: true },
    });
    const { world, dsr } = await worldOf([open, requestNo(3), cancelled]);
    await askToCancel(world.ports, cancelled, world.clock.now());
    await runOutbox(world.ports);
    expect(dsr.calls).toEqual([`cancel:${idOf(2)}`, `create:${idOf(3)}`, `status:${idOf(1)}`]);
    expect(world.lease.records.size).toBe(0);
  });

  it('works on at most a batch per run', async () => {
    const many = Array.from({ length: RUN_BATCH + 5 }, (_, i) => requestNo(i + 1));
    const { world } = await worldOf(many);
    expect((await runOutbox(world.ports)).processed).toBe(RUN_BATCH);
  });

  it('stops when its time budget is spent', async () => {
    const dsr = memoryDsr();
    const { world } = await worldOf([requestNo(1), requestNo(2)], dsr);
    const create = dsr.create;
    dsr.create = async (r) => (world.moveClock(RUN_BUDGET_MS), create(r));
    expect((await runOutbox(world.ports)).processed).toBe(1);
  });

  it('drops the entry of a request that is gone or final', async () => {
    const { world, dsr } = await worldOf([requestNo(1, { status: 'completed' })]);
    await world.outbox.put(outboxEntry(idOf(9), 'send', new Date(0).toISOString()));
    await runOutbox(world.ports);
    expect(dsr.calls).toEqual([]);
    expect(world.outbox.entries.size).toBe(0);
  });

  it('an operation that throws is tried again soon, never lost', async () => {
    const dsr = memoryDsr();
    dsr.create = async () => {
      throw new Error('boom');
    };
    const { world } = await worldOf([requestNo(1)], dsr);
    await runOutbox(world.ports);
    expect(world.outbox.entries.get(idOf(1))).toMatchObject({ op: 'send', attempts: 1 });
  });

  it('tells the admins once about an endpoint URL that is not in force, and e-mails the request', async () => {
    const dsr = memoryDsr({ kind: 'not_in_force', problem: 'internal_address' });
    const { world } = await worldOf([requestNo(1)], dsr);
    await runOutbox(world.ports);
    await runOutbox(world.ports);
    const toAdmins = world.notifier.told.filter((m) => m.to === 'admins');
    expect(toAdmins).toHaveLength(1);
    expect(toAdmins[0].text).toContain(en.t('problem.internal_address'));
    expect(world.notifier.told.find((m) => m.to !== 'admins')?.text).toBe(
      en.t('request.emailedNotInForce', { email: 'dpo@example.org' }),
    );
  });
});

describe('waking the outbox (the endpoint settings changed)', () => {
  it('makes every waiting operation due now and forgets the credentials alert', async () => {
    const dsr = memoryDsr({ kind: 'ready' }, { create: [accepting(idOf(1))] });
    const { world } = await worldOf([requestNo(1)], dsr);
    await world.outbox.put(outboxEntry(idOf(1), 'send', '2099-01-01T00:00:00.000Z', 3));
    await world.alerts.firstTime('credentials');
    await wakeAll(world.ports);
    expect(world.outbox.entries.get(idOf(1))).toMatchObject({
      dueAt: world.clock.now().toISOString(),
      attempts: 3,
    });
    expect(world.alerts.told.has('credentials')).toBe(false);
  });
});
