'use strict';
/**
 * The host's own bridges behave as the server's do, and the host knows no app of its own: who
 * the workspace holds and what its REST API lists come from the fixtures it is given (no app
 * needed for these).
 */
const http = require('node:http');
const { freshStoreDir } = require('./helpers/workspace');
const { JsonStore } = require('../workspace/host/store');
const { WorkspaceHttpBridge } = require('../workspace/host/bridges/http');
const { WorkspaceSchedulerBridge, intervalMs } = require('../workspace/host/bridges/scheduler');
const { WorkspacePersistenceBridge } = require('../workspace/host/bridges/persistence');
const { parseCommandLine } = require('../workspace/host/command-line');
const { Workspace } = require('../workspace/host/workspace');
const { appsRestAnswer } = require('../workspace/host/apps-rest');
const { GenericWorkspaceHost, WorkspaceHost, SEED_USERS } = require('../workspace');

jest.setTimeout(20_000);

describe('HTTP bridge', () => {
  let server;
  let url;
  const timers = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url.startsWith('/slow')) return timers.push(setTimeout(() => res.end('late'), 2000));
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.writeHead(429, { 'Retry-After': '7', 'Content-Type': 'application/json', 'X-Mixed-Case': 'yes' });
        res.end(
          JSON.stringify({ method: req.method, url: req.url, body, type: req.headers['content-type'] }),
        );
      });
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${server.address().port}`;
  });
  afterAll(() => {
    timers.forEach(clearTimeout);
    server.closeAllConnections();
    server.close();
  });

  it('makes the real call and answers with lower-case header names, text and parsed JSON', async () => {
    const bridge = new WorkspaceHttpBridge();
    const answer = await bridge.call({
      method: 'POST',
      url: `${url}/dsr/requests`,
      request: { params: { a: '1' }, data: { x: 1 } },
    });
    expect(answer.statusCode).toBe(429);
    expect(answer.headers['retry-after']).toBe('7');
    expect(answer.headers['x-mixed-case']).toBe('yes');
    expect(Object.keys(answer.headers).every((h) => h === h.toLowerCase())).toBe(true);
    expect(answer.data).toEqual({
      method: 'POST',
      url: '/dsr/requests?a=1',
      body: '{"x":1}',
      type: 'application/json',
    });
    expect(JSON.parse(answer.content)).toEqual(answer.data);
  });

  it('fails a call that outlives its timeout, and a refused connection', async () => {
    const bridge = new WorkspaceHttpBridge();
    await expect(
      bridge.call({ method: 'GET', url: `${url}/slow`, request: { timeout: 200 } }),
    ).rejects.toThrow(/timeout of 200ms/);
    await expect(bridge.call({ method: 'GET', url: 'http://127.0.0.1:9/', request: {} })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});

describe('scheduler bridge', () => {
  it('runs a one-time job on its own when its time comes, once, and keeps recurring jobs', async () => {
    const store = new JsonStore(freshStoreDir());
    const scheduler = new WorkspaceSchedulerBridge(store, { tickMs: 50 });
    scheduler.paused = false;
    const runs = [];
    await scheduler.registerProcessors([{ id: 'once_app', processor: async (ctx) => runs.push(ctx) }], 'app');
    await scheduler.scheduleOnce({ id: 'once_app', when: 'in 0.3 seconds', data: { n: 1 } }, 'app');
    expect(runs).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 700));
    expect(runs).toEqual([expect.objectContaining({ n: 1, jobId: expect.any(String) })]);
    expect(scheduler.jobs()).toEqual([]);

    await scheduler.scheduleRecurring({ id: 'once_app', interval: '1 hour', skipImmediate: true }, 'app');
    expect(await scheduler.runDue()).toEqual([]);
    expect(await scheduler.runAll()).toHaveLength(1);
    expect(scheduler.jobs()).toHaveLength(1);
    // A second process over the same store sees the job.
    const other = new WorkspaceSchedulerBridge(store);
    expect(other.jobs()[0]).toMatchObject({ name: 'once_app', type: 'recurring', every: 3_600_000 });
    other.stop();
    scheduler.stop();
  });

  it('understands Agenda-style intervals and says so when it does not', () => {
    expect(intervalMs('30 seconds')).toBe(30_000);
    expect(intervalMs('24 hours')).toBe(86_400_000);
    expect(() => intervalMs('*/5 * * * *')).toThrow(/understands intervals like/);
  });
});

describe('persistence bridge', () => {
  it('reads by all associations, updates by the exact list, and keeps the data on disk', async () => {
    const dir = freshStoreDir();
    const bridge = new WorkspacePersistenceBridge(new JsonStore(dir));
    const user = { model: 'user', id: 'u1' };
    const misc = { model: 'misc', id: 'pref' };
    await bridge.createWithAssociations({ v: 1 }, [user, misc], 'app');
    await bridge.createWithAssociations({ v: 2 }, [user], 'app');
    expect(await bridge.readByAssociations([user], 'app')).toEqual([{ v: 1 }, { v: 2 }]);
    await bridge.updateByAssociations([misc, user], { v: 3 }, true, 'app'); // other order: a new record
    expect(await bridge.readByAssociations([user, misc], 'app')).toEqual([{ v: 1 }, { v: 3 }]);
    const reopened = new WorkspacePersistenceBridge(new JsonStore(dir));
    expect(await reopened.readByAssociations([misc], 'app')).toHaveLength(2);
    await expect(reopened.update('x', {}, false, 'app')).rejects.toThrow('Not implemented.');
  });
});

describe('store', () => {
  it('two processes over one store lose none of each other’s writes (as cluster instances)', async () => {
    const dir = freshStoreDir();
    const storeModule = require.resolve('../workspace/host/store');
    const script = `const { JsonStore } = require(${JSON.stringify(storeModule)});
      const store = new JsonStore(${JSON.stringify(dir)});
      for (let i = 0; i < 150; i++) store.update('counter', () => ({ n: 0 }), (c) => { c.n += 1; });`;
    const { spawn } = require('node:child_process');
    const run = () => new Promise((resolve) => spawn(process.execPath, ['-e', script]).on('exit', resolve));
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(new JsonStore(dir).read('counter', () => null)).toEqual({ n: 300 });
  });
});

describe('composer line', () => {
  it('splits a slash command as the client does', () => {
    expect(parseCommandLine('  /Privacy   policy  now ')).toEqual({
      command: 'privacy',
      args: ['policy', 'now'],
    });
    expect(parseCommandLine('hello')).toBeUndefined();
  });
});

describe('fixtures', () => {
  it('the generic host holds nobody of its own: without fixtures it says what it needs', () => {
    expect(() => new GenericWorkspaceHost(undefined)).toThrow(
      "A WorkspaceHost needs fixtures (users, installAs): require('test/workspace') makes one with this app's.",
    );
    expect(new WorkspaceHost().fixtures.users).toBe(SEED_USERS);
  });

  it('a fresh workspace holds the fixtures’ users, all in #general, created by the first admin', () => {
    const users = [
      { id: 'u-1', username: 'zoe', name: 'Zoe', roles: ['user'], email: 'zoe@example.org' },
      { id: 'u-2', username: 'root', name: 'Root', roles: ['admin'], language: 'fr', email: 'r@example.org' },
    ];
    const workspace = new Workspace(new JsonStore(freshStoreDir()), { users });
    expect(workspace.users().map((u) => [u.username, u.settings.preferences.language])).toEqual([
      ['zoe', undefined],
      ['root', 'fr'],
    ]);
    expect(workspace.roomRecordById('GENERAL')).toMatchObject({ userIds: ['u-1', 'u-2'], creatorId: 'u-2' });
    expect(workspace.toIUser(workspace.userRecordByUsername('zoe')).emails).toEqual([
      { address: 'zoe@example.org', verified: true },
    ]);
  });

  it('the apps REST API lists the apps the host runs, then the catalogue it is given, to a token it knows', () => {
    const catalogue = { installed: [{ id: 'other', name: 'Other' }], marketplace: [{ appId: 'other' }] };
    const tokens = [{ userId: 'u-1', token: 't-1' }];
    const ask = (pathname, token = 't-1') =>
      appsRestAnswer({
        pathname,
        headers: { 'x-user-id': 'u-1', 'x-auth-token': token },
        ours: [{ id: 'ours', name: 'Ours' }],
        catalogue,
        tokens,
      });
    expect(ask('/api/apps/installed')).toEqual({
      status: 200,
      body: {
        apps: [
          { id: 'ours', name: 'Ours' },
          { id: 'other', name: 'Other' },
        ],
        success: true,
      },
    });
    expect(ask('/api/apps/marketplace/')).toEqual({ status: 200, body: [{ appId: 'other' }] });
    expect(ask('/api/apps/installed', 'wrong').status).toBe(401);
  });
});
