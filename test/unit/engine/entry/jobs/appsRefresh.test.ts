import { APPS_REFRESH_JOB, APPS_REFRESH_NOW_JOB } from '../../../../../src/engine/adapters/scheduler/jobIds';
import { callOf } from '../../../fakes';
import { directoryPorts } from '../../../../../src/engine/adapters/appsDirectory/ports';
import { refreshIfDue } from '../../../../../src/app/appsDirectory/refresh';
import { JOB_TIMEOUT_MS } from '../../../../../src/engine/adapters/appsDirectory/workspaceApi';
import { appsRefreshJobs } from '../../../../../src/engine/entry/jobs/appsRefresh';
import type { World } from '../../../fakes';
import { fakeWorld } from '../../../fakes';
import { workspace } from '../../../fixtures/apps';
import { world, age } from '../../../fixtures/appsWorld';

describe('the refresh job', () => {
  const run = async (w: World, id = APPS_REFRESH_JOB) => {
    const job = appsRefreshJobs(w.logger).find((j) => j.id === id)!;
    await job.processor({}, w.read, w.modify, w.http, w.persistence);
  };

  it('is registered to recur, plus a one-off run', () => {
    const [recurring, once] = appsRefreshJobs(fakeWorld().logger);
    expect(recurring).toMatchObject({
      id: APPS_REFRESH_JOB,
      startupSetting: { type: 'recurring', interval: '5 minutes' },
    });
    expect(once.id).toBe(APPS_REFRESH_NOW_JOB);
  });

  it('reads the workspace only when configured and when the list is due, with the job time-out', async () => {
    const unconfigured = fakeWorld({ http: workspace() });
    await run(unconfigured);
    expect(unconfigured.httpCalls).toHaveLength(0);

    const w = world({ http: workspace(), settings: { apps_refresh_minutes: 30 } });
    await run(w, APPS_REFRESH_NOW_JOB);
    expect(w.httpCalls.map((c) => c.request.timeout)).toEqual([JOB_TIMEOUT_MS, JOB_TIMEOUT_MS]);
    await run(w);
    expect(w.httpCalls).toHaveLength(2);
    await age(w, 31);
    await run(w);
    expect(w.httpCalls).toHaveLength(4);
    expect(w.store.has('misc:apps-directory-refresh')).toBe(false);
  });

  it('never runs two refreshes at once', async () => {
    const w = world({ http: workspace() });
    const until = (ms: number) => new Date(Date.now() + ms).toISOString();
    w.store.set('misc:apps-directory-refresh', { holder: 'another-run', until: until(60_000) });
    expect(await refreshIfDue(directoryPorts(callOf(w)), 1000)).toBe('busy');
    expect(w.httpCalls).toHaveLength(0);
    w.store.set('misc:apps-directory-refresh', { holder: 'another-run', until: until(-1) });
    expect(await refreshIfDue(directoryPorts(callOf(w)), 1000)).toBe('refreshed');
    expect(w.store.has('misc:apps-directory-refresh')).toBe(false);
  });
});
