/** Cancelling, from the person's ask to what the vendor, the DPO and the admins get. */
import { askToCancel, cancel } from '../../../../src/app/delivery/cancel';
import { poll } from '../../../../src/app/delivery/poll';
import { translator } from '../../../../src/core/i18n/translator';
import { POLL_INTERVAL_MS, RETRY_SOON_MS } from '../../../../src/core/requests/outboxPlan';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { statusChangeText, statusLabel } from '../../../../src/engine/views/requestText';
import { queuedRequest } from '../../core/requests/fixtures';
import { memoryDsr, memoryMailer, memoryPorts } from '../memoryPorts';

const en = translator('en');
const READY = { kind: 'ready' } as const;
const sent = queuedRequest({
  language: 'en',
  status: 'delivered',
  delivery: { failures: 0, pausedMs: 0, createSent: true },
});
const answer = (status: number, body: unknown = {}) => ({ kind: 'answer', status, body }) as const;

async function worldWith(
  request: PrivacyRequest,
  answers: Parameters<typeof memoryDsr>[1] = {},
  sends = true,
) {
  const dsr = memoryDsr(READY, answers);
  const world = memoryPorts({ dsr, mailer: memoryMailer('emailed', sends) });
  await world.requests.create(request);
  await askToCancel(world.ports, request, world.clock.now());
  return { world, dsr, asked: (await world.requests.find(request.id))! };
}

describe('the person asks to cancel', () => {
  it('is recorded as an event and queued as a cancel, due now', async () => {
    const { world, asked } = await worldWith(sent);
    expect(asked.delivery.cancelRequested).toBe(true);
    expect(world.requests.events.map((e) => e.change.type)).toEqual(['cancel-asked']);
    expect(world.outbox.entries.get(sent.id)).toMatchObject({
      op: 'cancel',
      dueAt: world.clock.now().toISOString(),
    });
  });
});

describe('the outbox cancels', () => {
  it('a request the vendor has: a DELETE, then cancelled; the person and the admins are told', async () => {
    const { world, dsr, asked } = await worldWith(sent, { cancel: [answer(202)] });
    await cancel(world.ports, asked, world.clock.now(), READY);
    const stored = (await world.requests.find(sent.id))!;
    expect(dsr.calls).toEqual([`cancel:${sent.id}`]);
    expect(stored.status).toBe('cancelled');
    expect(world.notifier.told).toEqual([
      { to: sent.userId, text: statusChangeText(stored, en, { dpoEmail: 'dpo@example.org' }) },
      {
        to: 'admins',
        text: en.t('admin.cancelled', {
          ref: sent.ref,
          type: en.t('request.type.access'),
          jurisdiction: en.t('jurisdiction.gdpr'),
        }),
      },
    ]);
    expect(world.outbox.entries.has(sent.id)).toBe(false);
  });

  it('a request never sent: cancelled with no call', async () => {
    const { world, dsr, asked } = await worldWith(queuedRequest({ language: 'en' }));
    await cancel(world.ports, asked, world.clock.now(), READY);
    expect(dsr.calls).toEqual([]);
    expect((await world.requests.find(sent.id))?.status).toBe('cancelled');
  });

  it('a DELETE that does not get through stays due, soon', async () => {
    const { world, asked } = await worldWith(sent, { cancel: [answer(503)] });
    await cancel(world.ports, asked, world.clock.now(), READY);
    expect((await world.requests.find(sent.id))?.status).toBe('delivered');
    expect(world.outbox.entries.get(sent.id)).toMatchObject({
      op: 'cancel',
      attempts: 1,
      dueAt: new Date(world.clock.now().getTime() + RETRY_SOON_MS).toISOString(),
    });
  });

  it('handed over by e-mail: cancelled only once the DPO was e-mailed', async () => {
    const emailed = { ...sent, channel: 'email' as const };
    const { world, asked } = await worldWith(emailed, {}, false);
    await cancel(world.ports, asked, world.clock.now(), { kind: 'none' });
    expect((await world.requests.find(sent.id))?.status).toBe('delivered');
    expect(world.outbox.entries.get(sent.id)).toMatchObject({
      op: 'cancel',
      dueAt: new Date(world.clock.now().getTime() + POLL_INTERVAL_MS).toISOString(),
    });
  });

  it('too late (409): the status is read, and the person told where it stands', async () => {
    const done = answer(200, { subject_request_id: sent.id, request_status: 'completed' });
    const { world, asked } = await worldWith(sent, { cancel: [answer(409)], status: [done] });
    await cancel(world.ports, asked, world.clock.now(), READY);
    const stored = (await world.requests.find(sent.id))!;
    expect(stored.status).toBe('completed');
    expect(stored.delivery.cancelRequested).toBe(false);
    expect(world.notifier.told.at(-1)?.text).toBe(
      en.t('cancel.final', { ref: sent.ref, status: statusLabel(stored, en) }),
    );
    expect(world.outbox.entries.has(sent.id)).toBe(false);
  });
});

describe('poll', () => {
  it('no usable answer: read again in an hour', async () => {
    const world = memoryPorts({ dsr: memoryDsr(READY, { status: [answer(500)] }) });
    await world.requests.create(sent);
    await poll(world.ports, sent, world.clock.now());
    expect(world.outbox.entries.get(sent.id)).toMatchObject({ op: 'poll', attempts: 1 });
    expect(world.notifier.told).toEqual([]);
  });
});

describe('cancelling withdraws the operator track', () => {
  it('an operator track not answered yet is withdrawn with the cancel, by the person', async () => {
    const { world, asked } = await worldWith(sent, { cancel: [answer(202)] });
    await cancel(world.ports, asked, world.clock.now(), READY);
    const stored = (await world.requests.find(sent.id))!;
    expect(stored.operatorTrack).toMatchObject({ state: 'withdrawn' });
    expect(stored.operatorTrack!.moves).toEqual([
      { move: 'withdraw', by: sent.userId, at: world.clock.now().toISOString() },
    ]);
  });

  it('an answer the operator gave stays answered', async () => {
    const answered = {
      ...sent,
      operatorTrack: { state: 'answered' as const, outcome: 'done' as const, extensions: 0, moves: [] },
    };
    const { world, asked } = await worldWith(answered, { cancel: [answer(202)] });
    await cancel(world.ports, asked, world.clock.now(), READY);
    const stored = (await world.requests.find(sent.id))!;
    expect(stored.status).toBe('cancelled');
    expect(world.requests.events.some((e) => e.change.type === 'operator-moved')).toBe(false);
  });
});
