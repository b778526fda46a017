import { APPS_REFRESH_NOW_JOB } from '../../../../../src/engine/adapters/scheduler/jobIds';
import { PrivacyCommand } from '../../../../../src/engine/entry/commands/PrivacyCommand';
import { readDirectoryCache } from '../../../../../src/engine/adapters/appsDirectory/appsDirectory';
import { USER_TIMEOUT_MS } from '../../../../../src/engine/adapters/appsDirectory/workspaceApi';
import { AppsViewIds } from '../../../../../src/engine/views/appsView';
import { fakeRoom, fakeWorld } from '../../../fakes';
import { workspace } from '../../../fixtures/apps';
import { alice, world, command, act, lastView, age, noSecretIn } from '../../../fixtures/appsWorld';

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
