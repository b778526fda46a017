import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ALLOWED_SETTING_IDS } from '../../../../../src/core/dataFlows/allowList';
import {
  cachedDataMap,
  computeDataMap,
  readServerFacts,
} from '../../../../../src/engine/adapters/server/dataMap';
import { fakeWorld } from '../../../fakes';
import { RC_DEFAULTS } from '../../../core/dataFlows/defaults';

const now = new Date('2026-11-30T08:00:00.000Z');

/** A server that records every id asked, refuses `refused` and throws on ids it does not know. */
function serverReading(values: Record<string, unknown>, refused: string[] = []) {
  const asked: string[] = [];
  const read = {
    getEnvironmentReader: () => ({
      getServerSettings: () => ({
        getValueById: async (id: string) => {
          asked.push(id);
          if (refused.includes(id) || !(id in values))
            throw new Error(`The setting "${id}" is not readable.`);
          return values[id];
        },
      }),
    }),
  } as unknown as IRead;
  return { read, asked };
}

describe('reading the server settings for the data map', () => {
  it('asks for each allow-listed id once, and for nothing else', async () => {
    const { read, asked } = serverReading({ ...RC_DEFAULTS, SMTP_Password: 'hunter2' });
    await readServerFacts(read);
    expect([...asked].sort()).toEqual([...ALLOWED_SETTING_IDS].sort());
  });

  it('reads a refusal or a throw as unknown, and keeps only the facts', async () => {
    const { read } = serverReading(
      { ...RC_DEFAULTS, SMTP_Host: 'https://relay-user:hunter2@smtp.example.org:587' },
      ['E2E_Enable'],
    );
    const facts = await readServerFacts(read);
    expect(facts.E2E_Enable).toBeUndefined();
    expect(facts.SMTP_Host).toBe('smtp.example.org');
    expect(facts.RetentionPolicy_MaxAge_DMs).toBeUndefined();
    expect(JSON.stringify(facts)).not.toMatch(/hunter2|relay-user/);
  });

  it('stores one record with its time; before the first run there is none', async () => {
    const world = fakeWorld({ server: RC_DEFAULTS });
    expect(await cachedDataMap(world.read.getPersistenceReader())).toBeUndefined();
    const record = await computeDataMap(world.read, world.persistence, now);
    expect(record.computedAt).toBe(now.toISOString());
    expect(await cachedDataMap(world.read.getPersistenceReader())).toEqual(record);
  });
});
