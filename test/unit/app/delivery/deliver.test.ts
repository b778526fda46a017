/** Sending a queued request, as the person and the admins see it, with every port in memory. */
import { deliver, send } from '../../../../src/app/delivery/deliver';
import { translator } from '../../../../src/core/i18n/translator';
import { quoteInline } from '../../../../src/core/text/quote';
import { queuedRequest } from '../../core/requests/fixtures';
import { memoryDsr, memoryMailer, memoryPorts } from '../memoryPorts';

const en = translator('en');
const READY = { kind: 'ready' } as const;
const filed = queuedRequest({ language: 'en' });
const accepted = { kind: 'answer', status: 201, body: { subject_request_id: filed.id } } as const;

async function worldWith(answers: Parameters<typeof memoryDsr>[1], mailer = memoryMailer()) {
  const dsr = memoryDsr(READY, answers);
  const world = memoryPorts({ dsr, mailer });
  await world.requests.create(filed);
  return { world, dsr, mailer };
}

describe('deliver', () => {
  it('an accepted create: delivered, the person told, a status read planned', async () => {
    const { world } = await worldWith({ create: [accepted] });
    await deliver(world.ports, filed, world.clock.now(), READY);
    const stored = await world.requests.find(filed.id);
    expect(stored?.status).toBe('delivered');
    expect(world.notifier.told.map((m) => m.to)).toEqual([filed.userId]);
    expect(world.outbox.entries.get(filed.id)?.op).toBe('poll');
  });

  it('no answer: still queued, nobody told, the next attempt at its back-off time', async () => {
    const { world } = await worldWith({ create: [{ kind: 'no_answer', reason: 'timeout' }] });
    await deliver(world.ports, filed, world.clock.now(), READY);
    const stored = await world.requests.find(filed.id);
    expect(stored?.status).toBe('queued');
    expect(world.notifier.told).toEqual([]);
    expect(world.outbox.entries.get(filed.id)).toMatchObject({
      op: 'send',
      dueAt: stored?.delivery.nextAttemptAt,
    });
  });

  it('refused credentials: the admins are told once, however many attempts fail', async () => {
    const { world } = await worldWith({ create: [{ kind: 'answer', status: 401, body: {} }] });
    await deliver(world.ports, filed, world.clock.now(), READY);
    await deliver(world.ports, (await world.requests.find(filed.id))!, world.clock.now(), READY);
    expect(world.notifier.told).toEqual([{ to: 'admins', text: en.t('admin.unauthorized') }]);
  });

  it('no endpoint: e-mailed to the DPO, the person told so, nothing left to do', async () => {
    const { world } = await worldWith({});
    await deliver(world.ports, filed, world.clock.now(), { kind: 'none' });
    expect((await world.requests.find(filed.id))?.status).toBe('delivered');
    expect(world.mailer.mails).toEqual([`vendor:${filed.ref}`]);
    expect(world.notifier.told).toEqual([
      { to: filed.userId, text: en.t('request.emailed', { email: 'dpo@example.org' }) },
    ]);
    expect(world.outbox.entries.has(filed.id)).toBe(false);
  });

  it('72 hours of failures: a dead letter, the admins told, handed over by e-mail', async () => {
    const { world } = await worldWith({ create: [{ kind: 'answer', status: 503, body: {} }] });
    const failing = {
      ...filed,
      delivery: { ...filed.delivery, failures: 9, firstFailureAt: '2026-02-20T00:00:00.000Z' },
    };
    await world.requests.recordChanges(failing);
    await deliver(world.ports, failing, world.clock.now(), READY);
    expect((await world.requests.find(filed.id))?.status).toBe('failed');
    expect(world.notifier.told[0]).toEqual({
      to: 'admins',
      text: en.t('admin.deadLetter', { ref: filed.ref, reason: quoteInline('HTTP 503', { maxLength: 200 }) }),
    });
    expect(world.mailer.mails).toEqual([`vendor:${filed.ref}`]);
    expect(world.outbox.entries.has(filed.id)).toBe(false);
  });

  it('a 400 whose hand-over reached nobody: the admins are not told the person got a ready-to-send e-mail', async () => {
    const { world } = await worldWith(
      { create: [{ kind: 'answer', status: 400, body: { error: { message: 'bad field' } } }] },
      memoryMailer('nobody'),
    );
    world.notifier.gone.add(filed.userId);
    await deliver(world.ports, filed, world.clock.now(), READY);
    const toAdmins = world.notifier.told.filter((m) => m.to === 'admins').map((m) => m.text);
    expect(toAdmins).toHaveLength(1);
    expect(toAdmins[0]).not.toContain(en.t('admin.malformed.notEmailed', { email: 'dpo@example.org' }));
    expect(toAdmins[0]).toContain(en.t('admin.malformed.nobody', { email: 'dpo@example.org' }));
  });
});

describe('send', () => {
  it('marks the create as sent before it goes out, and leaves a request another run has claimed', async () => {
    const { world, dsr } = await worldWith({ create: [accepted] });
    await world.lease.claim(`outbox-claim:${filed.id}`, 'other-run', 1000);
    await send(world.ports, filed, 'this-run', 1000, world.clock.now(), READY);
    expect(dsr.calls).toEqual([]);
    await world.lease.unclaim(`outbox-claim:${filed.id}`);
    await send(world.ports, filed, 'this-run', 1000, world.clock.now(), READY);
    expect(dsr.calls).toEqual([`create:${filed.id}`]);
    expect((await world.requests.find(filed.id))?.delivery.createSent).toBe(true);
    expect(world.lease.records.size).toBe(0);
  });

  it('marks the create as sent without reading the request back (each read is a round trip)', async () => {
    const { world } = await worldWith({ create: [accepted] });
    const reads: string[] = [];
    const find = world.requests.find;
    world.requests.find = async (id) => (reads.push(id), find(id));
    const record = world.requests.record;
    world.requests.record = async (request, changes) => (
      reads.push(`record:${request.id}`), record(request, changes)
    );
    await send(world.ports, filed, 'this-run', 1000, world.clock.now(), READY);
    // The create-sent mark is appended blind: this run holds the request's claim.
    expect(reads.filter((r) => r.startsWith('record:'))).toHaveLength(0);
    expect((await find(filed.id))?.delivery.createSent).toBe(true);
  });
});
