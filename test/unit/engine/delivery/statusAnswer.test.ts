/**
 * A status answer (a poll or a callback) says whether it was its own event that moved the
 * request: the callback endpoint answers `applied` from that, not from a copy read earlier.
 */
import { fixedSettings } from '../../../../src/core/settings/snapshot';
import type { ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { move } from '../../../../src/core/requests/lifecycle';
import {
  findRequest,
  recordChanges,
  saveRequest,
} from '../../../../src/engine/adapters/persistence/requestStore';
import { applyStatusAnswer } from '../../../../src/engine/delivery/statusUpdate';
import { queuedRequest } from '../../core/requests/fixtures';

function world() {
  const records: Array<{ assocs: string[]; data: unknown }> = [];
  const ids = (assocs: Array<{ id: string }>) => assocs.map((a) => a.id);
  const persistence = {
    readByAssociations: async (assocs: Array<{ id: string }>) => {
      const wanted = ids(assocs);
      return records.filter((r) => wanted.every((w) => r.assocs.includes(w))).map((r) => r.data);
    },
    updateByAssociations: async (assocs: Array<{ id: string }>, data: unknown) => {
      const key = ids(assocs).join('|');
      const found = records.find((r) => r.assocs.join('|') === key);
      if (found) found.data = data;
      else records.push({ assocs: ids(assocs), data });
    },
    removeByAssociations: async (assocs: Array<{ id: string }>) => {
      const key = ids(assocs).join('|');
      for (let i = records.length - 1; i >= 0; i--)
        if (records[i].assocs.join('|') === key) records.splice(i, 1);
    },
  };
  const told: string[] = [];
  const read = {
    getPersistenceReader: () => persistence,
    getEnvironmentReader: () => ({ getSettings: () => ({ getValueById: async () => undefined }) }),
    // The person's account is gone: nobody is messaged, which is all these tests need.
    getUserReader: () => ({ getById: async (id: string) => void told.push(id) }),
  } as unknown as IRead;
  return { read, persistence: persistence as unknown as IPersistence, modify: {} as IModify, told };
}

describe('a status answer and who moved the request', () => {
  it('a callback working from a copy read before a poll moved the request did not move it', async () => {
    const { read, persistence, modify, told } = world();
    const filed = queuedRequest();
    await saveRequest(persistence, filed);
    const m = move(filed, 'delivered', { at: new Date().toISOString(), source: 'delivery' });
    if (!m.ok) throw new Error('illegal move');
    await recordChanges(read.getPersistenceReader(), persistence, m.value);
    const copy = (await findRequest(read.getPersistenceReader(), filed.id))!;
    const answer = { status: 'in_progress' as const };

    const logger = { warn: () => undefined } as unknown as ILogger;
    const call = { read, modify, persistence, logger, settings: fixedSettings({}) };
    const byPoll = await applyStatusAnswer(call, copy, answer, 'poll', new Date());
    const byCallback = await applyStatusAnswer(call, copy, answer, 'callback', new Date());

    expect(byPoll.moved).toBe(true);
    expect(byCallback.request.status).toBe('in_progress');
    expect(byCallback.moved).toBe(false);
    expect(told).toHaveLength(1); // only the poll tells the person
  });
});
