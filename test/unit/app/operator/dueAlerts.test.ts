/**
 * The daily due-date alerts: one message per run naming the operator-track requests overdue or due
 * soon (reference, law, type, due date only), each request once a day, again the next day; two
 * runs at once (two app instances) never name a request twice.
 */
import { alertDueRequests } from '../../../../src/app/operator/dueAlerts';
import type { DueAlertPorts } from '../../../../src/app/operator/dueAlerts';
import { translator } from '../../../../src/core/i18n/translator';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { fixedSettings, SettingId } from '../../../../src/core/settings/snapshot';
import { leaseOver } from '../../../../src/engine/adapters/persistence/namedLease';
import { dueAlertText } from '../../../../src/engine/views/dueAlertText';
import { operatorOnlyRequest, queuedRequest } from '../../core/requests/fixtures';
import { interleavingStore } from '../../interleavingStore';
import { memoryNotifier, memoryRequests } from '../memoryPorts';

const en = translator('en');
const DAY = 86_400_000;
const START = new Date('2026-04-10T08:00:00Z');
const inDays = (days: number) => new Date(START.getTime() + days * DAY).toISOString();

function request(n: number, overrides: Partial<PrivacyRequest>): PrivacyRequest {
  const id = `${String(n).padStart(8, '0')}-5e6f-4a7b-8c9d-0e1f2a3b4c5d`;
  return operatorOnlyRequest({
    id,
    ref: `PR-${String(n).padStart(8, '0')}`,
    username: `person${n}`,
    email: `person${n}@example.org`,
    details: `secret details ${n}`,
    ...overrides,
  });
}

const OVERDUE = request(1, { due: inDays(-2) });
const SOON = request(2, { due: inDays(3) });
const LATER = request(3, { due: inDays(20) });
const ANSWERED = request(4, {
  due: inDays(1),
  operatorTrack: { state: 'answered', outcome: 'done', extensions: 0, moves: [] },
});
const VENDOR_ONLY = queuedRequest({
  id: '00000005-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  ref: 'PR-00000005',
  due: inDays(1),
  routing: {
    vendor: { categories: ['usage'], reason: 'registered_services' },
    vendorOptional: false,
    uncertain: false,
  },
});
const EXTENDED = request(6, {
  due: inDays(2),
  operatorTrack: { state: 'in_progress', extensions: 1, moves: [], due: inDays(40) },
});
const CANCELLED = request(7, { due: inDays(1), status: 'cancelled' });

async function world(requests: PrivacyRequest[], settings: Record<string, unknown> = {}) {
  const store = memoryRequests();
  for (const r of requests) await store.create(r);
  const notifier = memoryNotifier();
  let now = START;
  let run = 0;
  const records = interleavingStore(1);
  const clock = { now: () => now };
  const ports: DueAlertPorts = {
    requests: store,
    notifier,
    lease: leaseOver(records.reader, records.persistence, clock, 0),
    clock,
    ids: { next: () => `run-${++run}` },
    settings: fixedSettings(settings),
  };
  const runAlerts = () => alertDueRequests(ports, (a) => (t) => dueAlertText(a, t));
  return { ports, notifier, runAlerts, move: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const ALL = [OVERDUE, SOON, LATER, ANSWERED, VENDOR_ONLY, EXTENDED, CANCELLED];

describe('the due-date alerts', () => {
  it('name the overdue and the due-soon operator requests in one message, with only ref, law, type and due date', async () => {
    const { notifier, runAlerts } = await world(ALL);
    const alert = await runAlerts();
    expect(alert.overdue.map((i) => i.ref)).toEqual([OVERDUE.ref]);
    expect(alert.dueSoon.map((i) => i.ref)).toEqual([SOON.ref]);
    expect(notifier.told).toHaveLength(1);
    const text = notifier.told[0].text;
    expect(notifier.told[0].to).toBe('admins');
    expect(text).toBe(dueAlertText(alert, en));
    expect(text).toContain(en.t('admin.dueAlert.title'));
    expect(text).toContain('`/privacy admin`');
    expect(text).toContain(
      en.t('admin.dueAlert.line', {
        ref: OVERDUE.ref,
        type: en.t('request.type.access'),
        jurisdiction: en.t('jurisdiction.gdpr'),
        date: 'April 8, 2026',
      }),
    );
    expect(text).toContain(en.t('admin.dueAlert.dueSoon', { days: 7 }));
    for (const left of [LATER, ANSWERED, VENDOR_ONLY, EXTENDED, CANCELLED])
      expect(text).not.toContain(left.ref);
    expect(text).not.toMatch(/person\d|example\.org|secret details/);
  });

  it('follow the setting: due within 30 days names the later one too; an extension moves the date', async () => {
    const { runAlerts } = await world(ALL, { [SettingId.DueAlertDays]: 30 });
    const alert = await runAlerts();
    expect(alert.dueSoon.map((i) => i.ref)).toEqual([SOON.ref, LATER.ref]);
  });

  it('a value outside 1 to 90 reads as the default, 7', async () => {
    const { runAlerts } = await world(ALL, { [SettingId.DueAlertDays]: 500 });
    expect((await runAlerts()).days).toBe(7);
  });

  it('name a request once a day: a second run the same day says nothing; the next day, again', async () => {
    const { notifier, runAlerts, move } = await world(ALL);
    await runAlerts();
    move(6 * 3_600_000); // 14:00 the same day
    const again = await runAlerts();
    expect(again.overdue.length + again.dueSoon.length).toBe(0);
    expect(notifier.told).toHaveLength(1);
    move(12 * 3_600_000); // 02:00 the next day
    const next = await runAlerts();
    expect(next.overdue.map((i) => i.ref)).toEqual([OVERDUE.ref]);
    expect(next.dueSoon.map((i) => i.ref)).toEqual([SOON.ref]);
    expect(notifier.told).toHaveLength(2);
  });

  it('a request that becomes due soon later the same day is named then, alone', async () => {
    const { notifier, runAlerts, ports } = await world([OVERDUE]);
    await runAlerts();
    await (ports.requests as ReturnType<typeof memoryRequests>).create(SOON);
    const alert = await runAlerts();
    expect(alert.overdue).toEqual([]);
    expect(alert.dueSoon.map((i) => i.ref)).toEqual([SOON.ref]);
    expect(notifier.told).toHaveLength(2);
    expect(notifier.told[1].text).not.toContain(OVERDUE.ref);
  });

  it('nothing due: no message', async () => {
    const { notifier, runAlerts } = await world([LATER, ANSWERED]);
    await runAlerts();
    expect(notifier.told).toEqual([]);
  });

  it('nobody could be told: the claims are given up, and the next run names them', async () => {
    const { notifier, runAlerts } = await world([OVERDUE]);
    const tell = notifier.tellAdmins;
    notifier.tellAdmins = async () => false;
    expect((await runAlerts()).overdue).toEqual([]);
    notifier.tellAdmins = tell;
    expect((await runAlerts()).overdue.map((i) => i.ref)).toEqual([OVERDUE.ref]);
    expect(notifier.told).toHaveLength(1);
  });
});

describe('two alert runs at once (two app instances over one store)', () => {
  it('in 25 interleavings, each request is named exactly once', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const store = memoryRequests();
      for (const r of ALL) await store.create(r);
      const records = interleavingStore(seed);
      const clock = { now: () => START };
      const runner = (name: string) => {
        const notifier = memoryNotifier();
        const ports: DueAlertPorts = {
          requests: store,
          notifier,
          lease: leaseOver(records.reader, records.persistence, clock, 5),
          clock,
          ids: { next: () => name },
          settings: fixedSettings({}),
        };
        return { notifier, run: () => alertDueRequests(ports, (a) => (t) => dueAlertText(a, t)) };
      };
      const [a, b] = [runner('run-a'), runner('run-b')];
      const alerts = await Promise.all([a.run(), b.run()]);
      const named = alerts.flatMap((x) => [...x.overdue, ...x.dueSoon].map((i) => i.ref)).sort();
      expect({ seed, named }).toEqual({ seed, named: [OVERDUE.ref, SOON.ref] });
      expect(a.notifier.told.length + b.notifier.told.length).toBeLessThanOrEqual(2);
    }
  });
});
