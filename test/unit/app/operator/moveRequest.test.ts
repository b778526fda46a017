/** The operator's moves as the console makes them: checked, recorded as events, the person told. */
import { moveRequest } from '../../../../src/app/operator/moveRequest';
import type { MovePorts } from '../../../../src/app/operator/moveRequest';
import { translator } from '../../../../src/core/i18n/translator';
import type { OperatorMove } from '../../../../src/core/requests/operatorMoves';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { operatorMoveText } from '../../../../src/engine/views/operatorMoveText';
import { operatorOnlyRequest, queuedRequest } from '../../core/requests/fixtures';
import { memoryNotifier, memoryRequests } from '../memoryPorts';

const texts = (request: PrivacyRequest, move: OperatorMove) =>
  operatorMoveText(request, move, translator('en')) === undefined
    ? undefined
    : (t: ReturnType<typeof translator>) => operatorMoveText(request, move, t)!;
const AT = '2026-03-05T10:00:00.000Z';
const take = (by = 'admin-1', at = AT): OperatorMove => ({ move: 'take', by, at });

async function world(request: PrivacyRequest = operatorOnlyRequest({ status: 'delivered' })) {
  const requests = memoryRequests();
  const notifier = memoryNotifier('de');
  const logs: string[] = [];
  const log = {
    debug: () => undefined,
    info: (...items: unknown[]) => void logs.push(items.join(' ')),
    warn: (...items: unknown[]) => void logs.push(items.join(' ')),
    error: (...items: unknown[]) => void logs.push(items.join(' ')),
  };
  const ports: MovePorts = { requests, notifier, log };
  await requests.create(request);
  return { requests, notifier, logs, ports, request };
}

describe('moving the operator track', () => {
  it('take: recorded as an event, the track in progress, the person told in their language', async () => {
    const w = await world();
    const result = await moveRequest(w.ports, texts, w.request.id, take());
    expect(result).toMatchObject({ ok: true, told: true });
    const stored = (await w.requests.find(w.request.id))!;
    expect(stored.operatorTrack).toMatchObject({ state: 'in_progress', takenBy: 'admin-1' });
    expect(w.requests.events.map((e) => e.change.type)).toEqual(['operator-moved']);
    expect(w.notifier.told).toEqual([
      { to: w.request.userId, text: operatorMoveText(stored, take(), translator('de')) },
    ]);
    expect(w.notifier.told[0].text).toContain('Ihr Datenschutzantrag PR-1A2B3C4D');
  });

  it('two admins take the same request at once: one move lands, the other is refused, one message', async () => {
    const w = await world();
    const [a, b] = await Promise.all([
      moveRequest(w.ports, texts, w.request.id, take('admin-1')),
      moveRequest(w.ports, texts, w.request.id, take('admin-2')),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = [a, b].find((r) => !r.ok)!;
    expect(refused).toMatchObject({ ok: false, refusal: 'already_taken' });
    const stored = (await w.requests.find(w.request.id))!;
    expect(stored.operatorTrack!.moves).toHaveLength(1);
    expect(w.notifier.told).toHaveLength(1);
    expect(w.logs.join('\n')).toContain('overtaken');
  });

  it('an extension LGPD does not allow is refused: nothing recorded, nobody told', async () => {
    const w = await world(operatorOnlyRequest({ status: 'delivered', jurisdiction: 'lgpd' }));
    await moveRequest(w.ports, texts, w.request.id, take());
    const result = await moveRequest(w.ports, texts, w.request.id, {
      move: 'extend',
      by: 'admin-1',
      at: AT,
      due: '2026-05-01T00:00:00.000Z',
      text: 'Many files',
    });
    expect(result).toMatchObject({ ok: false, refusal: 'law_allows_none' });
    expect(w.requests.events).toHaveLength(1);
    expect(w.notifier.told).toHaveLength(1);
  });

  it('a GDPR extension: the new date and the reasons reach the person', async () => {
    const w = await world();
    await moveRequest(w.ports, texts, w.request.id, take());
    const due = '2026-05-20T09:30:00.000Z';
    const result = await moveRequest(w.ports, texts, w.request.id, {
      move: 'extend',
      by: 'admin-1',
      at: AT,
      due,
      text: 'Three archives to search',
    });
    expect(result).toMatchObject({ ok: true, told: true });
    expect((await w.requests.find(w.request.id))!.operatorTrack!.due).toBe(due);
    const said = w.notifier.told[1].text;
    expect(said).toContain('Three archives to search');
    expect(said).toContain('20. Mai 2026');
  });

  it('a GDPR refusal names the right to complain; a move from the final state is refused', async () => {
    const w = await world();
    await moveRequest(w.ports, texts, w.request.id, take());
    const answer: OperatorMove = {
      move: 'answer',
      by: 'admin-1',
      at: AT,
      outcome: 'refused',
      text: 'Manifestly unfounded',
    };
    expect(await moveRequest(w.ports, texts, w.request.id, answer)).toMatchObject({ ok: true });
    const said = w.notifier.told[1].text;
    expect(said).toContain('beantwortet: abgelehnt');
    expect(said).toContain('Manifestly unfounded');
    expect(said).toContain('Datenschutz-Aufsichtsbehörde');
    const again = await moveRequest(w.ports, texts, w.request.id, { ...answer, outcome: 'done' });
    expect(again).toMatchObject({ ok: false, refusal: 'final_state' });
    expect(await moveRequest(w.ports, texts, w.request.id, take('admin-2'))).toMatchObject({
      ok: false,
      refusal: 'final_state',
    });
    expect(w.notifier.told).toHaveLength(2);
  });

  it('a note is internal: recorded, even after the answer, and the person is not told', async () => {
    const w = await world();
    await moveRequest(w.ports, texts, w.request.id, take());
    const note: OperatorMove = { move: 'note', by: 'admin-2', at: AT, text: 'Checked the archive' };
    expect(await moveRequest(w.ports, texts, w.request.id, note)).toMatchObject({ ok: true, told: false });
    expect(w.notifier.told).toHaveLength(1);
    const empty = await moveRequest(w.ports, texts, w.request.id, { ...note, text: '  ' });
    expect(empty).toMatchObject({ ok: false, refusal: 'reasons_required' });
  });

  it('an unknown request, and one without an operator track, are refused', async () => {
    const w = await world(
      queuedRequest({
        routing: {
          vendor: { categories: ['usage'], reason: 'vendor_hosts' },
          vendorOptional: false,
          uncertain: false,
        },
      }),
    );
    expect(await moveRequest(w.ports, texts, 'no-such-id', take())).toMatchObject({ refusal: 'not_found' });
    expect(await moveRequest(w.ports, texts, w.request.id, take())).toMatchObject({
      refusal: 'no_operator_track',
    });
    expect(w.requests.events).toHaveLength(0);
  });

  it('a message that fails is logged; the move stands', async () => {
    const w = await world();
    w.ports.notifier = { tellRequester: () => Promise.reject(new Error('room gone')) };
    expect(await moveRequest(w.ports, texts, w.request.id, take())).toMatchObject({ ok: true, told: false });
    expect(w.logs.join('\n')).toContain('telling the person of a move failed');
    expect((await w.requests.find(w.request.id))!.operatorTrack!.state).toBe('in_progress');
  });
});
