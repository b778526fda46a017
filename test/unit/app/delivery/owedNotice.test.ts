/**
 * The message a person is owed about a status move survives a crash between recording the move and
 * sending the message: the fold says it is owed until a `told` event is recorded, and the outbox
 * sends owed messages first. A crash between the message and `told` tells the person twice (at
 * least once, never never).
 */
import { applyStatusAnswer } from '../../../../src/app/delivery/applyStatusAnswer';
import { runOutbox } from '../../../../src/app/delivery/outboxRun';
import { translator } from '../../../../src/core/i18n/translator';
import { move } from '../../../../src/core/requests/lifecycle';
import { outboxEntry } from '../../../../src/core/requests/outboxEntry';
import { POLL_INTERVAL_MS, RETRY_SOON_MS, TELL_GRACE_MS } from '../../../../src/core/requests/outboxPlan';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { statusChangeText } from '../../../../src/engine/views/requestText';
import { queuedRequest } from '../../core/requests/fixtures';
import { memoryDsr, memoryPorts } from '../memoryPorts';

const en = translator('en');
const accepting = (id: string) =>
  ({ kind: 'answer', status: 201, body: { subject_request_id: id } }) as const;

/** A request whose `delivered` move was recorded by a run that died before telling the person. */
async function deliveredThenCrashed() {
  const filed = queuedRequest({ language: 'en' });
  const dsr = memoryDsr({ kind: 'ready' }, { create: [accepting(filed.id)] });
  const world = memoryPorts({ dsr });
  await world.requests.create(filed);
  // The entry of the send under way stays as it was: the run died before planning anew.
  await world.outbox.put(outboxEntry(filed.id, 'send', world.clock.now().toISOString()));
  const delivered = move(filed, 'delivered', { at: world.clock.now().toISOString(), source: 'delivery' });
  if (!delivered.ok) throw new Error('illegal move');
  await world.requests.recordChanges(delivered.value, { tell: true });
  return { world, dsr, id: filed.id };
}

const stored = async (world: ReturnType<typeof memoryPorts>, id: string) =>
  (await world.requests.find(id)) as PrivacyRequest;

describe('a message the person is owed', () => {
  it('a delivery recorded but not told is told by the next run, once, and nothing else is done', async () => {
    const { world, dsr, id } = await deliveredThenCrashed();
    expect((await stored(world, id)).owedNotice).toMatchObject({ status: 'delivered' });

    await runOutbox(world.ports);
    const request = await stored(world, id);
    expect(world.notifier.told.map((t) => t.text)).toEqual([
      statusChangeText(request, en, { dpoEmail: 'dpo@example.org' }),
    ]);
    expect(request.owedNotice).toBeUndefined();
    // No second create, no status read now: the next read is planned an hour on.
    expect(dsr.calls).toEqual([]);
    expect(world.outbox.entries.get(id)).toMatchObject({ op: 'poll' });

    world.moveClock(POLL_INTERVAL_MS + 1);
    await runOutbox(world.ports);
    expect(world.notifier.told).toHaveLength(1);
  });

  it('a request e-mailed to the DPO (no endpoint), then a crash: the retold message says where it went, never the vendor', async () => {
    const filed = queuedRequest({ language: 'en', channel: 'email' });
    const world = memoryPorts({ dsr: memoryDsr({ kind: 'none' }) });
    await world.requests.create(filed);
    await world.outbox.put(outboxEntry(filed.id, 'send', world.clock.now().toISOString()));
    const emailed = move(filed, 'delivered', {
      at: world.clock.now().toISOString(),
      source: 'delivery',
      reason: 'emailed_to_dpo',
    });
    if (!emailed.ok) throw new Error('illegal move');
    await world.requests.recordChanges(emailed.value, { tell: true });

    await runOutbox(world.ports);
    const [told] = world.notifier.told.map((t) => t.text);
    expect(told).toContain(en.t('request.status.emailed'));
    expect(told).not.toContain(en.t('request.status.delivered'));
  });

  it('a message that could not be sent stays owed and is sent by a later run', async () => {
    const { world, id } = await deliveredThenCrashed();
    const tell = world.notifier.tellRequester;
    world.notifier.tellRequester = async () => {
      throw new Error('chat is down');
    };
    await runOutbox(world.ports);
    expect((await stored(world, id)).owedNotice).toMatchObject({ status: 'delivered' });
    expect(world.outbox.entries.get(id)).toMatchObject({ op: 'tell' });

    world.notifier.tellRequester = tell;
    world.moveClock(RETRY_SOON_MS + 1);
    await runOutbox(world.ports);
    expect(world.notifier.told).toHaveLength(1);
    expect((await stored(world, id)).owedNotice).toBeUndefined();
  });

  it('a person whose user no longer exists gets no message, and it is not tried again', async () => {
    const { world, id } = await deliveredThenCrashed();
    world.notifier.gone.add((await stored(world, id)).userId);
    await runOutbox(world.ports);
    expect(world.notifier.told).toEqual([]);
    expect((await stored(world, id)).owedNotice).toBeUndefined();
    expect(world.outbox.entries.get(id)).toMatchObject({ op: 'poll' });
  });

  it('a move its writer told the person of is not owed, and the outbox sends nothing more', async () => {
    const filed = queuedRequest({ language: 'en', status: 'delivered' });
    const world = memoryPorts({ dsr: memoryDsr() });
    await world.requests.create(filed);
    const recorded = await applyStatusAnswer(
      world.ports,
      filed,
      { status: 'in_progress' },
      'callback',
      world.clock.now(),
    );
    expect(recorded.moved).toBe(true);
    expect(world.notifier.told).toHaveLength(1);
    expect((await stored(world, filed.id)).owedNotice).toBeUndefined();

    // The planned entry comes due after the writer's grace: it finds nothing owed and only plans on.
    world.moveClock(TELL_GRACE_MS + 1);
    await runOutbox(world.ports);
    expect(world.notifier.told).toHaveLength(1);
    expect(world.outbox.entries.get(filed.id)).toMatchObject({ op: 'poll' });
  });

  it('a `tell` entry whose message was sent meanwhile only plans the next work', async () => {
    const filed = queuedRequest({ language: 'en', status: 'delivered' });
    const dsr = memoryDsr();
    const world = memoryPorts({ dsr });
    await world.requests.create(filed);
    await world.outbox.put(outboxEntry(filed.id, 'tell', world.clock.now().toISOString()));
    await runOutbox(world.ports);
    expect(world.notifier.told).toEqual([]);
    expect(dsr.calls).toEqual([]);
    expect(world.outbox.entries.get(filed.id)).toMatchObject({ op: 'poll' });
  });

  it('history written before this version owes nothing (an upgrade sends no old messages)', async () => {
    const filed = queuedRequest({ language: 'en' });
    const world = memoryPorts({ dsr: memoryDsr() });
    await world.requests.create(filed);
    await world.requests.record(filed, [
      { type: 'moved', status: 'delivered', at: world.clock.now().toISOString(), source: 'delivery' },
    ]);
    expect((await stored(world, filed.id)).owedNotice).toBeUndefined();
  });
});
