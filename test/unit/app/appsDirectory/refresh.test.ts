import { refreshIfDue, refreshNow, REFRESH_LEASE } from '../../../../src/app/appsDirectory/refresh';
import { directoryState } from '../../../../src/app/appsDirectory/state';
import type { Answers } from './memoryPorts';
import { GOOD, memoryPorts } from './memoryPorts';

const installedReads = (calls: Array<{ source: string }>) => calls.filter((c) => c.source === 'installed');

describe('the job refresh', () => {
  it('reads nothing while the directory is not set up', async () => {
    const { ports, calls } = memoryPorts({ settings: { apps_api_token: '' } });
    expect(await refreshIfDue(ports, 1000)).toBe('not_configured');
    expect(calls).toHaveLength(0);
  });

  it('reads both sources when never read, then again only once the list is older than the interval', async () => {
    const { ports, calls, later, stored } = memoryPorts({ settings: { apps_refresh_minutes: 30 } });
    expect(await refreshIfDue(ports, 1234)).toBe('refreshed');
    expect(calls).toEqual([
      { source: 'installed', timeoutMs: 1234 },
      { source: 'marketplace', timeoutMs: 1234 },
    ]);
    expect(stored()?.installed?.apps.map((a) => a.id)).toEqual(['poll', 'translate', 'legacy']);
    later(29);
    expect(await refreshIfDue(ports, 1234)).toBe('not_due');
    later(2);
    expect(await refreshIfDue(ports, 1234)).toBe('refreshed');
    expect(installedReads(calls)).toHaveLength(2);
  });

  it('leaves the read to a refresh that holds the lease, and gives its own up after', async () => {
    const { ports, calls, lease } = memoryPorts();
    lease.held.set(REFRESH_LEASE, 'another-run');
    expect(await refreshIfDue(ports, 1000)).toBe('busy');
    expect(calls).toHaveLength(0);
    lease.held.clear();
    expect(await refreshIfDue(ports, 1000)).toBe('refreshed');
    expect(lease.held.size).toBe(0);
  });

  it('gives the lease up also when the read throws', async () => {
    const { ports, lease } = memoryPorts({
      answers: () => {
        throw new Error('socket closed');
      },
    });
    await expect(refreshIfDue(ports, 1000)).rejects.toThrow('socket closed');
    expect(lease.held.size).toBe(0);
  });

  it('keeps the last good list when a source fails, and says which one, never with the token', async () => {
    let answers: Answers = GOOD;
    const { ports, warnings, later, stored } = memoryPorts({ answers: () => answers });
    await refreshIfDue(ports, 1000);
    answers = {
      installed: { ok: false, error: 'unauthorized' },
      marketplace: { ok: false, error: 'unreachable' },
    };
    later(120);
    expect(await refreshIfDue(ports, 1000)).toBe('refreshed');
    expect(stored()?.installed?.apps).toHaveLength(3);
    expect(stored()?.marketplace?.apps).toHaveLength(2);
    expect(stored()?.lastAttempt).toMatchObject({ installed: 'unauthorized', marketplace: 'unreachable' });
    expect(warnings).toEqual([
      'app directory: /api/apps/installed failed: unauthorized',
      'app directory: /api/apps/marketplace failed: unreachable',
    ]);
    expect(JSON.stringify(warnings)).not.toContain('tok-SECRET');
  });
});

describe('the refresh while the user waits', () => {
  it('reads nothing while the directory is not set up, and says what is missing', async () => {
    const { ports, calls } = memoryPorts({ settings: { apps_api_user_id: '', apps_api_token: '' } });
    const state = await refreshNow(await directoryState(ports), ports, 1000);
    expect(state.access).toEqual({ ok: false, missing: ['userId', 'token'] });
    expect(calls).toHaveLength(0);
  });

  it('reads with the short time-out, but not twice within seconds', async () => {
    const { ports, calls, later } = memoryPorts();
    const first = await refreshNow(await directoryState(ports), ports, 500);
    expect(first.cache?.installed?.apps).toHaveLength(3);
    expect(calls.map((c) => c.timeoutMs)).toEqual([500, 500]);
    later(5 / 60);
    await refreshNow(await directoryState(ports), ports, 500);
    expect(calls).toHaveLength(2);
    later(6 / 60);
    await refreshNow(await directoryState(ports), ports, 500);
    expect(calls).toHaveLength(4);
  });
});

describe('where the directory stands', () => {
  it('uses Site_Url when no address is set, the address setting when it is, and the interval setting', async () => {
    const site = memoryPorts({ settings: { apps_refresh_minutes: 90 } });
    expect(await directoryState(site.ports)).toMatchObject({
      access: { ok: true, baseUrl: 'https://chat.example.org', userId: 'reader-id' },
      refreshMinutes: 90,
    });
    const set = memoryPorts({ settings: { apps_api_url: 'http://localhost:3000/' } });
    expect((await directoryState(set.ports)).access).toMatchObject({ baseUrl: 'http://localhost:3000' });
  });
});
