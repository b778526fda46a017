import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { move } from '../../../../../src/core/requests/lifecycle';
import type { PrivacyRequest } from '../../../../../src/core/requests/request';
import {
  addEvents,
  findByReference,
  findRequest,
  recordChanges,
  requestsOf,
  saveRequest,
} from '../../../../../src/engine/adapters/persistence/requestStore';
import { queuedRequest } from '../../../core/requests/fixtures';

/** Lets the clock move on, so the writes below are stamped in the order they are made. */
const later = () => new Promise((resolve) => setTimeout(resolve, 3));

/** Persistence as the server keeps it: reads match records holding all given associations. */
function store() {
  const records: Array<{ assocs: string[]; data: unknown }> = [];
  let reads = 0;
  const ids = (assocs: Array<{ id: string }>) => assocs.map((a) => a.id);
  const reader = {
    readByAssociations: async (assocs: Array<{ id: string }>) => {
      reads++;
      const wanted = ids(assocs);
      return records.filter((r) => wanted.every((w) => r.assocs.includes(w))).map((r) => r.data);
    },
  } as unknown as IPersistenceRead;
  const persistence = {
    updateByAssociations: async (assocs: Array<{ id: string }>, data: unknown) => {
      const key = ids(assocs).join('|');
      const found = records.find((r) => r.assocs.join('|') === key);
      if (found) found.data = data;
      else records.push({ assocs: ids(assocs), data });
    },
  } as unknown as IPersistence;
  return { reader, persistence, reads: () => reads };
}

const moved = (r: PrivacyRequest, status: PrivacyRequest['status'], source: 'poll' | 'user' | 'delivery') => {
  const m = move(r, status, { at: new Date().toISOString(), source });
  if (!m.ok) throw new Error('illegal move');
  return m.value;
};

describe('the request store: changes as events', () => {
  it('two writers working from the same old copy both keep their change; only one tells the person', async () => {
    const { reader, persistence } = store();
    const filed = queuedRequest();
    await saveRequest(persistence, filed);
    const delivered = moved(filed, 'delivered', 'delivery');
    await recordChanges(reader, persistence, delivered);
    await later();
    const copy = (await findRequest(reader, filed.id))!;
    // A status read and the person's cancel, both from `copy`.
    const byPoll = await recordChanges(reader, persistence, moved(copy, 'in_progress', 'poll'));
    await later();
    const byCancel = await recordChanges(reader, persistence, moved(copy, 'cancelled', 'user'));
    expect(byPoll.moved).toBe(true);
    expect(byCancel.moved).toBe(true);
    const stored = (await findRequest(reader, filed.id))!;
    expect(stored.history.map((h) => h.status)).toEqual(['queued', 'delivered', 'in_progress', 'cancelled']);
    // The same final status said again (a callback after the cancel) moves nothing: nobody is told twice.
    await later();
    expect((await recordChanges(reader, persistence, moved(copy, 'cancelled', 'poll'))).moved).toBe(false);
  });

  it('a cancel asked while a delivery is on its way survives the delivery’s write', async () => {
    const { reader, persistence } = store();
    const filed = queuedRequest();
    await saveRequest(persistence, filed);
    const readByDelivery = (await findRequest(reader, filed.id))!;
    await addEvents(persistence, filed, [{ type: 'cancel-asked' }]);
    const after = await recordChanges(reader, persistence, moved(readByDelivery, 'delivered', 'delivery'));
    expect(after.request.status).toBe('delivered');
    expect(after.request.delivery.cancelRequested).toBe(true);
  });

  it('a user’s requests with their events come in one read, newest first; by reference too', async () => {
    const { reader, persistence, reads } = store();
    const older = queuedRequest();
    const newer = queuedRequest({
      id: '9a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      ref: 'PR-9A2B3C4D',
      submittedAt: '2026-03-03T09:30:00.000Z',
    });
    await saveRequest(persistence, older);
    await saveRequest(persistence, newer);
    await recordChanges(reader, persistence, moved(older, 'delivered', 'delivery'));
    const before = reads();
    const mine = await requestsOf(reader, older.userId);
    expect(reads() - before).toBe(1);
    expect(mine.map((r) => [r.ref, r.status])).toEqual([
      ['PR-9A2B3C4D', 'queued'],
      ['PR-1A2B3C4D', 'delivered'],
    ]);
    expect((await findByReference(reader, 'PR-1A2B3C4D')).map((r) => r.status)).toEqual(['delivered']);
    expect(await requestsOf(reader, 'someone-else')).toEqual([]);
  });

  it('writes the record with its schema version; a stored record that is not a request is skipped and logged', async () => {
    const { reader, persistence } = store();
    const filed = queuedRequest();
    await saveRequest(persistence, filed);
    // Garbage under the same user (a newer version's record, a hand edit): never cast into a request.
    await persistence.updateByAssociations(
      [{ id: 'request:junk' }, { id: `requests-of:${filed.userId}` }] as never,
      { v: 9, id: 'junk' },
    );
    const warned: unknown[] = [];
    const found = await requestsOf(reader, filed.userId, {
      warn: (...items) => warned.push(items.join(' ')),
    });
    expect(found.map((r) => r.id)).toEqual([filed.id]);
    expect(warned).toEqual([`a stored record under requests-of:${filed.userId} is not a request: skipped`]);
    expect(
      ((await reader.readByAssociations([{ id: `request:${filed.id}` }] as never))[0] as { v?: number }).v,
    ).toBe(1);
  });
});
