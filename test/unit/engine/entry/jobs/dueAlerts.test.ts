/** The due-date alerts job over the engine's accessors: registered daily; one message, not repeated the same day. */
import { DUE_ALERTS_JOB } from '../../../../../src/engine/adapters/scheduler/jobIds';
import { saveRequest } from '../../../../../src/engine/adapters/persistence/requestStore';
import { dueAlertsJob } from '../../../../../src/engine/entry/jobs/dueAlerts';
import type { World } from '../../../fakes';
import { fakeUser, fakeWorld } from '../../../fakes';
import { operatorOnlyRequest } from '../../../core/requests/fixtures';

const run = (w: World) => dueAlertsJob(w.logger).processor({}, w.read, w.modify, w.http, w.persistence);

describe('the due-date alerts job', () => {
  it('is registered to recur daily', () => {
    expect(dueAlertsJob(fakeWorld().logger)).toMatchObject({
      id: DUE_ALERTS_JOB,
      startupSetting: { type: 'recurring', interval: '24 hours' },
    });
  });

  it('tells the named admins once a day about an overdue request, without the person', async () => {
    const w = fakeWorld({ users: [fakeUser('ada', 'en', ['admin'])], settings: { admin_usernames: 'ada' } });
    const overdue = operatorOnlyRequest({ due: new Date(Date.now() - 86_400_000).toISOString() });
    await saveRequest(w.persistence, overdue);
    await run(w);
    await run(w);
    const told = w.sent.filter((m) => m.to === 'ada');
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain(overdue.ref);
    expect(told[0].text).toContain('Overdue');
    expect(told[0].text).not.toMatch(/alice|example\.org|everything/);
  });
});
