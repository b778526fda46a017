import {
  getJson,
  JOB_TIMEOUT_MS,
  USER_TIMEOUT_MS,
} from '../../../../../src/engine/adapters/appsDirectory/workspaceApi';
import { fakeWorld } from '../../../fakes';
import { workspace } from '../../../fixtures/apps';
import { TOKEN, world, snapshotOf, apiAccess } from '../../../fixtures/appsWorld';

describe('the workspace REST client', () => {
  it("calls the workspace's own API with the token in headers and a time-out well below 30 s", async () => {
    const w = world({ http: workspace() });
    const access = await apiAccess(w.read, snapshotOf(w.read));
    expect(access).toMatchObject({ ok: true, baseUrl: 'https://chat.example.org' });
    if (!access.ok) return;
    const answer = await getJson(w.http, access, '/api/apps/installed', USER_TIMEOUT_MS);
    expect(answer.ok).toBe(true);
    expect(w.httpCalls[0]).toMatchObject({
      method: 'get',
      url: 'https://chat.example.org/api/apps/installed',
      request: { headers: { 'X-User-Id': 'reader-id', 'X-Auth-Token': TOKEN }, timeout: USER_TIMEOUT_MS },
    });
    expect(USER_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    expect(JOB_TIMEOUT_MS).toBeLessThanOrEqual(15_000);
  });

  it('uses the address setting when set, else Site_Url, and reports what is missing', async () => {
    const set = world({ settings: { apps_api_url: 'http://localhost:3000/' } });
    expect(await apiAccess(set.read, snapshotOf(set.read))).toMatchObject({
      baseUrl: 'http://localhost:3000',
    });
    const bad = world({
      settings: { apps_api_url: 'http://intranet.example' },
      server: { Site_Url: 'http://chat.local' },
    });
    expect(await apiAccess(bad.read, snapshotOf(bad.read))).toEqual({ ok: false, missing: ['baseUrl'] });
    expect(await apiAccess(fakeWorld().read, snapshotOf(fakeWorld().read))).toEqual({
      ok: false,
      missing: ['userId', 'token'],
    });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [500, 'unreachable'],
    [503, 'unreachable'],
    [404, 'bad_answer'],
    [302, 'bad_answer'],
  ])('turns HTTP %i into %s', async (status, error) => {
    const w = world({ http: workspace(status) });
    const access = await apiAccess(w.read, snapshotOf(w.read));
    if (!access.ok) throw new Error('configured');
    expect(await getJson(w.http, access, '/api/apps/installed', 1000)).toEqual({ ok: false, error });
  });

  it('treats a time-out or refused connection as unreachable, and an unreadable body as a bad answer', async () => {
    const w = world({
      http: (url) => {
        if (url.endsWith('installed')) throw new Error('ETIMEDOUT');
        return { content: '<html>' };
      },
    });
    const access = await apiAccess(w.read, snapshotOf(w.read));
    if (!access.ok) throw new Error('configured');
    expect(await getJson(w.http, access, '/api/apps/installed', 1000)).toEqual({
      ok: false,
      error: 'unreachable',
    });
    expect(await getJson(w.http, access, '/api/apps/marketplace', 1000)).toEqual({
      ok: false,
      error: 'bad_answer',
    });
    const text = world({ http: () => ({ content: '{"apps":[]}' }) });
    expect(await getJson(text.http, access, '/x', 1000)).toEqual({ ok: true, value: { apps: [] } });
  });
});
