/**
 * A status answer (a poll or a callback) says whether it was its own event that moved the
 * request: the callback endpoint answers `applied` from that, not from a copy read earlier.
 */
import { applyStatusAnswer } from '../../../../src/app/delivery/applyStatusAnswer';
import { move } from '../../../../src/core/requests/lifecycle';
import { POLL_INTERVAL_MS } from '../../../../src/core/requests/outboxPlan';
import { translator } from '../../../../src/core/i18n/translator';
import { statusChangeText } from '../../../../src/engine/views/requestText';
import { queuedRequest } from '../../core/requests/fixtures';
import { memoryPorts } from '../memoryPorts';

const en = translator('en');

async function deliveredRequest() {
  const world = memoryPorts();
  const filed = queuedRequest({ language: 'en' });
  await world.requests.create(filed);
  const m = move(filed, 'delivered', { at: world.clock.now().toISOString(), source: 'delivery' });
  if (!m.ok) throw new Error('illegal move');
  await world.requests.recordChanges(m.value);
  return { world, copy: (await world.requests.find(filed.id))! };
}

describe('a status answer and who moved the request', () => {
  it('a callback working from a copy read before a poll moved the request did not move it', async () => {
    const { world, copy } = await deliveredRequest();
    const answer = { status: 'in_progress' as const };
    const now = world.clock.now();
    const byPoll = await applyStatusAnswer(world.ports, copy, answer, 'poll', now);
    const byCallback = await applyStatusAnswer(world.ports, copy, answer, 'callback', now);

    expect(byPoll.moved).toBe(true);
    expect(byCallback.request.status).toBe('in_progress');
    expect(byCallback.moved).toBe(false);
    expect(world.notifier.told).toHaveLength(1); // only the poll tells the person
    expect(world.notifier.told[0].text).toBe(
      statusChangeText(byPoll.request, en, { dpoEmail: 'dpo@example.org' }),
    );
  });

  it('an open request is read again in an hour; a final one leaves the outbox', async () => {
    const { world, copy } = await deliveredRequest();
    const now = world.clock.now();
    await applyStatusAnswer(world.ports, copy, { status: 'in_progress' }, 'poll', now);
    expect(world.outbox.entries.get(copy.id)).toMatchObject({
      op: 'poll',
      dueAt: new Date(now.getTime() + POLL_INTERVAL_MS).toISOString(),
    });
    await applyStatusAnswer(world.ports, copy, { status: 'completed' }, 'callback', now);
    expect(world.outbox.entries.has(copy.id)).toBe(false);
  });
});
