/**
 * New posture findings offered in the admins' daily digest: each finding once, all of them on the
 * first run, a finding that comes back is news again, nothing marked told when nobody could be told,
 * and two runs at once (two app instances) never tell a finding twice.
 */
import { offerPostureNews } from '../../../../src/app/dataFlows/postureNews';
import type { PostureNewsPorts } from '../../../../src/app/dataFlows/postureNews';
import { factsOf } from '../../../../src/core/dataFlows/facts';
import type { DataMapRecord } from '../../../../src/core/dataFlows/map';
import { translator } from '../../../../src/core/i18n/translator';
import { leaseOver } from '../../../../src/engine/adapters/persistence/namedLease';
import { postureNewsText } from '../../../../src/engine/views/postureNewsText';
import { RC_DEFAULTS } from '../../core/dataFlows/defaults';
import { interleavingStore } from '../../interleavingStore';
import { memoryNotifier } from '../memoryPorts';

const en = translator('en');
const TRANSLATION = { AutoTranslate_Enabled: true, AutoTranslate_ServiceProvider: 'google-translate' };
const mapOf = (settings: Record<string, unknown>): DataMapRecord => ({
  facts: factsOf({ ...RC_DEFAULTS, ...settings }),
  computedAt: '2026-11-30T08:00:00.000Z',
});

function world(options: { told?: boolean } = {}) {
  let map: DataMapRecord | undefined = mapOf({});
  let stored: string[] | undefined;
  let run = 0;
  const notifier = memoryNotifier();
  const records = interleavingStore(1);
  const clock = { now: () => new Date('2026-11-30T09:00:00Z') };
  const ports: PostureNewsPorts = {
    dataMap: async () => map,
    told: { read: async () => stored, write: async (ids) => void (stored = [...ids]) },
    lease: leaseOver(records.reader, records.persistence, clock, 0),
    clock,
    ids: { next: () => `run-${++run}` },
    notifier:
      options.told === false ? { tellAdmins: async () => false } : { tellAdmins: notifier.tellAdmins },
  };
  const offer = () => offerPostureNews(ports, (news) => (t) => postureNewsText(news, t.t));
  return { ports, notifier, offer, setMap: (m: DataMapRecord | undefined) => (map = m), told: () => stored };
}

describe('posture news in the daily digest', () => {
  it('offers every finding on the first run, then nothing until one is new', async () => {
    const w = world();
    expect((await w.offer()).map((f) => f.id)).toEqual(['no_self_delete']);
    expect(w.notifier.told).toHaveLength(1);
    expect(w.notifier.told[0].text).toContain(en.t('posture.news', { count: '1' }));
    expect(await w.offer()).toEqual([]);
    w.setMap(mapOf(TRANSLATION));
    const news = await w.offer();
    expect(news.map((f) => f.id)).toEqual(['translation']);
    expect(w.notifier.told).toHaveLength(2);
    expect(w.notifier.told[1].text).toContain('Google Translate');
    expect(w.notifier.told[1].text).not.toContain('delete their own account');
  });

  it('a finding that went away is news again when it comes back', async () => {
    const w = world();
    w.setMap(mapOf(TRANSLATION));
    await w.offer();
    w.setMap(mapOf({}));
    expect(await w.offer()).toEqual([]);
    expect(w.told()).toEqual(['no_self_delete']);
    w.setMap(mapOf(TRANSLATION));
    expect((await w.offer()).map((f) => f.id)).toEqual(['translation']);
  });

  it('before the first data map, and when nobody could be told, nothing is marked told', async () => {
    const w = world({ told: false });
    w.setMap(undefined);
    expect(await w.offer()).toEqual([]);
    w.setMap(mapOf({}));
    expect(await w.offer()).toEqual([]);
    expect(w.told()).toBeUndefined();
  });

  it('two runs at once tell each finding once', async () => {
    const w = world();
    const [a, b] = await Promise.all([w.offer(), w.offer()]);
    expect(a.length + b.length).toBe(1);
    expect(w.notifier.told).toHaveLength(1);
  });
});
