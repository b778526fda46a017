import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { APPS_REFRESH_JOB, APPS_REFRESH_NOW_JOB } from '../../../../../src/engine/adapters/scheduler/jobIds';
import { callOf } from '../../../fakes';
import type { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import { settingsOf } from '../../../../../src/engine/adapters/settings/reader';
import { workspaceApiOver } from '../../../../../src/engine/adapters/appsDirectory/workspaceApi';
const snapshotOf = (read: IRead) => settingsOf(read.getEnvironmentReader().getSettings());
const apiAccess = (read: IRead, settings = snapshotOf(read)) =>
  accessOf({ settings, workspace: workspaceApiOver({} as never, read) });
import type { UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { PrivacyCommand } from '../../../../../src/engine/entry/commands/PrivacyCommand';
import { readDirectoryCache } from '../../../../../src/engine/adapters/appsDirectory/appsDirectory';
import { directoryPorts } from '../../../../../src/engine/adapters/appsDirectory/ports';
import { refreshIfDue } from '../../../../../src/app/appsDirectory/refresh';
import { apiAccess as accessOf } from '../../../../../src/app/appsDirectory/state';
import {
  getJson,
  JOB_TIMEOUT_MS,
  USER_TIMEOUT_MS,
} from '../../../../../src/engine/adapters/appsDirectory/workspaceApi';
import { handleBlockAction } from '../../../../../src/engine/entry/interactions/blockActions';
import { appsRefreshJobs } from '../../../../../src/engine/entry/jobs/appsRefresh';
import type { IConfigurationModify } from '@rocket.chat/apps-engine/definition/accessors';
import { SETTINGS } from '../../../../../src/engine/adapters/settings/definitions';
import { checkSettingSave, SECRET_MASK } from '../../../../../src/engine/entry/settings/onSave';
import { AppsViewIds } from '../../../../../src/engine/views/appsView';
import type { World, WorldOptions } from '../../../fakes';
import { fakeRoom, fakeUser, fakeWorld } from '../../../fakes';
import { CONFIGURED, workspace } from '../../../fixtures/apps';

const alice = fakeUser('alice', 'en');
const TOKEN = CONFIGURED.apps_api_token;

function world(options: WorldOptions = {}) {
  return fakeWorld({ ...options, settings: { ...CONFIGURED, ...options.settings } });
}

function command(w: World, args: string[] = [], triggerId: string | undefined = 'trigger-1') {
  const context = {
    getSender: () => alice,
    getRoom: () => fakeRoom(),
    getArguments: () => ['apps', ...args],
    getTriggerId: () => triggerId,
  } as unknown as SlashCommandContext;
  return new PrivacyCommand('app-id', w.logger).executor(context, w.read, w.modify, w.http, w.persistence);
}

function act(w: World, actionId: string, value?: string) {
  const context = {
    getInteractionData: () => ({
      actionId,
      value,
      user: alice,
      triggerId: 't-2',
      blockId: AppsViewIds.ControlsBlock,
    }),
    getInteractionResponder: () => ({ successResponse: () => ({ success: true }) }),
  } as unknown as UIKitBlockInteractionContext;
  return handleBlockAction({ ...callOf(w), appId: 'app-id' }, context);
}

const lastView = (w: World) => JSON.stringify(w.views[w.views.length - 1]?.view.blocks);
const age = async (w: World, minutes: number) => {
  const record = w.store.get('misc:apps-directory') as any;
  const past = new Date(Date.now() - minutes * 60_000).toISOString();
  record.installed.fetchedAt = past;
  record.lastAttempt.at = past;
};
const noSecretIn = (w: World) =>
  expect(JSON.stringify([w.logs, w.sent, w.views, w.scheduled])).not.toContain(TOKEN);

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

describe('/privacy apps', () => {
  it('is in the help', async () => {
    const w = world();
    await new PrivacyCommand('app-id', w.logger).executor(
      {
        getSender: () => alice,
        getRoom: () => fakeRoom(),
        getArguments: () => ['help'],
        getTriggerId: () => 't',
      } as any,
      w.read,
      w.modify,
      w.http,
      w.persistence,
    );
    expect(w.sent[0].text).toContain('`/privacy apps`');
  });

  it('says which settings to set, without calling anything, when not configured', async () => {
    const w = fakeWorld({ http: workspace() });
    await command(w);
    expect(w.httpCalls).toHaveLength(0);
    expect(w.views[0]).toMatchObject({
      op: 'open',
      triggerId: 'trigger-1',
      view: { id: AppsViewIds.View, type: 'contextualBar' },
    });
    expect(lastView(w)).toContain('The app directory is not set up yet.');
    expect(lastView(w)).toContain('REST API user id');
  });

  it('reads the workspace once, with a short time-out, when nothing is cached, and keeps the answer', async () => {
    const w = world({ http: workspace() });
    await command(w);
    expect(w.httpCalls.map((c) => [c.url, c.request.timeout])).toEqual([
      ['https://chat.example.org/api/apps/installed', USER_TIMEOUT_MS],
      ['https://chat.example.org/api/apps/marketplace', USER_TIMEOUT_MS],
    ]);
    expect(lastView(w)).toContain('*Translator*');
    expect(lastView(w)).toContain('List read just now.');
    const cache = await readDirectoryCache(w.read.getPersistenceReader());
    expect(cache?.installed?.apps.map((a) => a.id)).toEqual(['poll', 'translate', 'legacy']);
    expect(cache?.marketplace?.apps.map((a) => a.id)).toEqual(['translate', 'poll']);
    noSecretIn(w);
  });

  it('opens from a fresh cache without any call, and from a stale one while a job reads it again', async () => {
    const w = world({ http: workspace() });
    await command(w);
    w.httpCalls.length = 0;
    await command(w);
    expect(w.httpCalls).toHaveLength(0);
    expect(w.scheduled).toHaveLength(0);
    await age(w, 61);
    await command(w);
    expect(w.httpCalls).toHaveLength(0);
    expect(w.scheduled).toEqual([{ id: APPS_REFRESH_NOW_JOB, when: 'now' }]);
    expect(lastView(w)).toContain('List read 1 hour ago.');
    expect(lastView(w)).toContain('being read again in the background');
  });

  it('says the token was refused, and keeps showing the last good list with its age', async () => {
    let status = 200;
    const w = world({ http: (url, req) => workspace(status)(url, req) });
    await command(w);
    await age(w, 120);
    status = 401;
    await act(w, AppsViewIds.RefreshAction);
    expect(w.httpCalls).toHaveLength(4);
    expect(lastView(w)).toContain("The workspace refused the app's access token");
    expect(lastView(w)).toContain('This is the list as it was read 2 hours ago.');
    expect(lastView(w)).toContain('*Translator*');
    expect(w.logs.some((l) => l.level === 'warn' && String(l.items[0]).includes('unauthorized'))).toBe(true);
    noSecretIn(w);
  });

  it('says the workspace could not be reached when the first read times out', async () => {
    const w = world({
      http: () => {
        throw new Error('ETIMEDOUT');
      },
    });
    await command(w);
    expect(lastView(w)).toContain("The workspace's REST API could not be reached");
    expect(lastView(w)).toContain('There is no earlier list to show.');
  });

  it('reads the workspace again, and says so in the log, when the stored list does not parse', async () => {
    const w = world({ http: workspace() });
    w.store.set('misc:apps-directory', { installed: { apps: 'poll', fetchedAt: new Date().toISOString() } });
    await command(w);
    expect(w.httpCalls).toHaveLength(2);
    expect(lastView(w)).toContain('*Translator*');
    expect(w.logs.some((l) => l.level === 'warn' && String(l.items[0]).includes('does not parse'))).toBe(
      true,
    );
    expect(w.store.get('misc:apps-directory')).toMatchObject({ v: 1 });
  });

  it("keeps the reader's filter with its record version, and reads one kept before versions", async () => {
    const w = world({ http: workspace() });
    await command(w, ['poll']);
    expect(w.store.get('user:id-alice|misc:apps-filter')).toEqual({ query: 'poll', v: 1 });
    w.store.set('user:id-alice|misc:apps-filter', { query: 'lingo', category: 'nonsense' });
    await act(w, AppsViewIds.CategoryAction, 'all');
    expect(lastView(w)).toContain('*Translator*');
    expect(lastView(w)).not.toContain('*Poll*');
  });

  it('starts a search with the words after the command', async () => {
    const w = world({ http: workspace() });
    await command(w, ['poll']);
    expect(lastView(w)).toContain('*Poll*');
    expect(lastView(w)).not.toContain('*Translator*');
  });

  it('explains when the client cannot open a view', async () => {
    const w = world({ http: workspace() });
    await command(w, [], '');
    expect(w.views).toHaveLength(0);
    expect(w.sent[0].text).toContain('cannot open the app directory');
  });
});

describe('the apps view actions', () => {
  async function opened() {
    const w = world({ http: workspace() });
    await command(w);
    w.httpCalls.length = 0;
    return w;
  }

  it('filters as the reader types, and by category, remembering both for that reader', async () => {
    const w = await opened();
    await act(w, AppsViewIds.SearchAction, 'lingo');
    expect(w.views[1]).toMatchObject({ op: 'update', triggerId: 't-2' });
    expect(lastView(w)).toContain('*Translator*');
    expect(lastView(w)).not.toContain('*Poll*');
    await act(w, AppsViewIds.CategoryAction, 'files');
    expect(lastView(w)).toContain('No app matches this search.');
    await act(w, AppsViewIds.SearchAction, '');
    expect(lastView(w)).toContain('*Old bot*');
    expect(lastView(w)).not.toContain('*Translator*');
    await act(w, AppsViewIds.CategoryAction, 'all');
    expect(lastView(w)).toContain('*Translator*');
    expect(w.httpCalls).toHaveLength(0);
  });

  it('ignores a category that was never offered', async () => {
    const w = await opened();
    await act(w, AppsViewIds.CategoryAction, 'everything');
    expect(w.views).toHaveLength(1);
  });

  it('refreshes on the button, but not twice within seconds', async () => {
    const w = await opened();
    await act(w, AppsViewIds.RefreshAction);
    expect(w.httpCalls).toHaveLength(0);
    await age(w, 1);
    await act(w, AppsViewIds.RefreshAction);
    expect(w.httpCalls).toHaveLength(2);
    expect(lastView(w)).toContain('List read just now.');
  });
});

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

describe('the app directory settings', () => {
  it('keeps the token in a password setting and the interval in a number setting', () => {
    const byId = Object.fromEntries(SETTINGS.map((s) => [s.id, s]));
    expect(byId.apps_api_token).toMatchObject({
      type: 'password',
      section: 'section_app_directory',
      packageValue: '',
    });
    expect(byId.apps_refresh_minutes).toMatchObject({ type: 'int', packageValue: 60 });
    expect(byId.apps_api_url).toMatchObject({ type: 'string', packageValue: '' });
    expect(byId.apps_api_user_id.section).toBe('section_app_directory');
  });

  it('never echoes the token in force when a new one is refused', async () => {
    const w = world();
    const token = SETTINGS.find((s) => s.id === 'apps_api_token')!;
    const saved = await checkSettingSave(
      { oldSetting: { ...token, value: TOKEN }, newSetting: { ...token, value: 'x'.repeat(2000) } },
      w.configuration as unknown as IConfigurationModify,
      w.logger,
    );
    expect(saved?.value).toBe(TOKEN);
    expect(w.scheduled[0].data).toMatchObject({
      settingId: 'apps_api_token',
      problem: 'too_long',
      current: SECRET_MASK,
    });
    noSecretIn(w);
  });

  it('falls back to the default interval for a value out of range', async () => {
    const w = world({ http: workspace(), settings: { apps_refresh_minutes: 1 } });
    await command(w);
    await age(w, 30);
    await command(w);
    expect(w.scheduled).toHaveLength(0);
    await age(w, 60);
    await command(w);
    expect(w.scheduled).toHaveLength(1);
  });
});
