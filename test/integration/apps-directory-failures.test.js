'use strict';
/**
 * /privacy apps when things are not right, in the real runtime, one workspace in sequence: access
 * not configured (the view names exactly the settings to set, and no HTTP call is made), a 401 or
 * 403, the Marketplace down, a stale list that cannot be read again (the last good list is shown
 * with its age), an answer the app does not understand, and the recovery.
 */
const { translator } = require('../../src/core/i18n/translator');
const { READER_ACCESS } = require('../workspace');
const {
  startDirectoryWorkspace,
  configureAccess,
  directoryCalls,
  appLogLines,
  openApps,
  readDirectory,
  entryOf,
  act,
  ageDirectoryCache,
} = require('./helpers/appsDirectory');

jest.setTimeout(60_000);

const en = translator('en').t;
const de = translator('de').t;

let workspace;
let host;
beforeAll(async () => {
  workspace = await startDirectoryWorkspace({ configure: false, manualJobs: true });
  host = workspace.host;
}, 60_000);
afterAll(() => workspace?.stop());

/** The names of the app's scheduled jobs (the engine stores `<processor id>_<app id>`). */
const jobNames = () => host.jobs().map((j) => j.name.replace(/_[0-9a-f-]{36}$/, ''));

/** Runs every job, as the scheduler would once their time comes. */
const runJobs = () => host.runJobs();

/** Lets the next refresh read again (the button waits 10 s between two reads). */
const later = (minutes = 1) => ageDirectoryCache(host, minutes);

describe('access not configured', () => {
  it('says exactly which settings to set and why, instead of an empty list, and calls nothing', async () => {
    await runJobs();
    const view = await openApps(host, 'alice');
    const { text, names } = readDirectory(view);
    expect(names).toEqual([]);
    expect(text).toContain(en('apps.notConfigured.title'));
    expect(text).toContain(en('apps.notConfigured.why'));
    // Site_Url is http://127.0.0.1:<port>, a usable address: only the user id and token are missing.
    expect(text).toContain(`• ${en('apps.notConfigured.userId')}`);
    expect(text).toContain(`• ${en('apps.notConfigured.token')}`);
    expect(text).not.toContain(en('apps.notConfigured.baseUrl'));
    expect(text).not.toContain(en('apps.none'));

    await act(host, 'alice', 'apps-refresh', 'refresh');
    await runJobs();
    expect(directoryCalls(host)).toEqual([]);
  });

  it('names the address setting too when Site_Url cannot carry the token, and only what is still missing', async () => {
    const site = host.workspace.selfHostedUrl;
    host.workspace.selfHostedUrl = 'http://chat.example.org';
    try {
      await host.setAppSetting('apps_api_user_id', READER_ACCESS.userId);
      const { text } = readDirectory(await openApps(host, 'alice'));
      expect(text).toContain(`• ${en('apps.notConfigured.baseUrl')}`);
      expect(text).toContain(`• ${en('apps.notConfigured.token')}`);
      expect(text).not.toContain(en('apps.notConfigured.userId'));
      expect(directoryCalls(host)).toEqual([]);
    } finally {
      host.workspace.selfHostedUrl = site;
      await host.setAppSetting('apps_api_user_id', '');
    }
  });

  it('says it in German for bruno', async () => {
    const { text } = readDirectory(await openApps(host, 'bruno'));
    expect(de('apps.notConfigured.title')).not.toBe(en('apps.notConfigured.title'));
    expect(text).toContain(de('apps.notConfigured.title'));
    expect(text).toContain(`• ${de('apps.notConfigured.userId')}`);
    expect(text).toContain(`• ${de('apps.notConfigured.token')}`);
  });
});

describe('the workspace refuses the token', () => {
  it('401 on the first read: says the token was refused and that there is no earlier list', async () => {
    await configureAccess(host);
    host.setAppsApiFailure('unauthorized');
    const view = await openApps(host, 'alice');
    expect(directoryCalls(host).sort()).toEqual([
      'GET /api/apps/installed 401',
      'GET /api/apps/marketplace 401',
    ]);
    const { text, names } = readDirectory(view);
    expect(names).toEqual([]);
    expect(text).toContain(en('apps.error.unauthorized'));
    expect(text).toContain(en('apps.error.nothing'));
    expect(text).not.toContain(en('apps.notConfigured.title'));
    // The admins find why in the app's logs (Administration > Apps > Logs), without the token.
    expect(appLogLines(host)).toEqual(
      expect.arrayContaining([
        'slashcommand:privacy:executor warning app directory: /api/apps/installed failed: unauthorized',
        'slashcommand:privacy:executor warning app directory: /api/apps/marketplace failed: unauthorized',
      ]),
    );
    expect(appLogLines(host).join('\n')).not.toContain(READER_ACCESS.token);
  });

  it('403 reads the same way (set through the playground API)', async () => {
    const failure = (mode) =>
      fetch(`${host.workspace.siteUrl}/api/apps-api/failure`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mode }),
      });
    expect((await failure('sometimes')).status).toBe(400);
    const answer = await failure('forbidden');
    expect(await answer.json()).toEqual({ ok: true, failure: 'forbidden' });
    later();
    const view = await act(host, 'alice', 'apps-refresh', 'refresh');
    expect(directoryCalls(host).slice(-2).sort()).toEqual([
      'GET /api/apps/installed 403',
      'GET /api/apps/marketplace 403',
    ]);
    expect(readDirectory(view).text).toContain(en('apps.error.unauthorized'));
  });
});

describe('the Marketplace cannot be read', () => {
  it('lists the apps, with their privacy marked unknown rather than "no policy published"', async () => {
    host.setAppsApiFailure('marketplace_down');
    later();
    const view = await act(host, 'alice', 'apps-refresh', 'refresh');
    const { head, names } = readDirectory(view);
    expect(names).toHaveLength(10);
    expect(head).toContain(en('apps.marketplace.failed'));
    expect(head).not.toContain(en('apps.error.unauthorized'));
    const notes = entryOf(view, 'Meeting Notes AI');
    expect(notes).toContain(en('apps.privacy.unknown'));
    expect(notes).not.toContain(en('apps.privacy.none'));
    expect(notes).toContain(`<https://noteslabs.example/|${en('apps.author.homepage')}>`);
    // A private upload is never in the Marketplace: its answer is known.
    expect(entryOf(view, 'HR Onboarding (internal)')).toContain(en('apps.privacy.none'));
  });
});

describe('a stale list that cannot be read again', () => {
  it('starts from a good read', async () => {
    host.setAppsApiFailure(undefined);
    later();
    const view = await act(host, 'alice', 'apps-refresh', 'refresh');
    expect(readDirectory(view).head).toContain(en('apps.updated', { age: en('apps.age.now') }));
    expect(readDirectory(view).head).not.toContain(en('apps.marketplace.failed'));
    expect(entryOf(view, 'Meeting Notes AI')).toContain('Thread text is sent');
  });

  it('opens at once with the old list and its age, and asks a job to read it again', async () => {
    ageDirectoryCache(host, 3 * 60 + 5); // read 3 hours ago; the refresh interval is 60 minutes
    host.setAppsApiFailure('server_error');
    const calls = directoryCalls(host).length;
    const view = await openApps(host, 'alice');
    // The view did not wait on the network.
    expect(directoryCalls(host).length).toBe(calls);
    const { head, names } = readDirectory(view);
    expect(names).toHaveLength(10);
    expect(head).toContain(en('apps.updated', { age: en('apps.age.hours.other', { n: 3 }) }));
    expect(head).toContain(en('apps.stale'));
    expect(jobNames()).toContain('apps-directory-refresh-now');
  });

  it('after the failed read, shows the last good list with its age and says what went wrong', async () => {
    await runJobs();
    expect(directoryCalls(host).slice(-2).sort()).toEqual([
      'GET /api/apps/installed 500',
      'GET /api/apps/marketplace 500',
    ]);
    // Whichever refresh job ran first (the recurring one is due too) logged why.
    expect(appLogLines(host)).toContainEqual(
      expect.stringMatching(
        /^scheduler:apps-directory-refresh(-now)? warning app directory: \/api\/apps\/installed failed: unreachable$/,
      ),
    );
    const view = await openApps(host, 'alice');
    const { head, names } = readDirectory(view);
    expect(head).toContain(en('apps.error.unreachable'));
    expect(head).toContain(en('apps.error.lastGood', { age: en('apps.age.hours.other', { n: 3 }) }));
    expect(head).not.toContain(en('apps.stale'));
    expect(names).toHaveLength(10);
    // What the Marketplace said last time is kept too.
    expect(entryOf(view, 'Meeting Notes AI')).toContain('Thread text is sent');
    // The failure was just now: no new read is asked for at once.
    expect(jobNames()).not.toContain('apps-directory-refresh-now');
  });

  it('in German for bruno, with the age in German', async () => {
    const { head, names } = readDirectory(await openApps(host, 'bruno'));
    expect(head).toContain(de('apps.error.unreachable'));
    expect(head).toContain(de('apps.error.lastGood', { age: de('apps.age.hours.other', { n: 3 }) }));
    expect(names).toHaveLength(10);
  });

  it('an answer that is not the REST API (an HTML page) is told apart, the old list still shown', async () => {
    host.setAppsApiFailure('bad_answer');
    later();
    const view = await act(host, 'alice', 'apps-refresh', 'refresh');
    const { head, names } = readDirectory(view);
    expect(head).toContain(en('apps.error.bad_answer'));
    expect(head).toContain(en('apps.error.lastGood', { age: en('apps.age.hours.other', { n: 3 }) }));
    expect(names).toHaveLength(10);
  });

  it('the refresh button brings the new list once the workspace answers again', async () => {
    host.setAppsApiFailure(undefined);
    later();
    const view = await act(host, 'alice', 'apps-refresh', 'refresh');
    const { head, names } = readDirectory(view);
    expect(head).toContain(en('apps.updated', { age: en('apps.age.now') }));
    expect(head).not.toContain(en('apps.error.unreachable'));
    expect(head).not.toContain(en('apps.error.bad_answer'));
    expect(names).toHaveLength(10);
  });
});
