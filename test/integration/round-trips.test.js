'use strict';
/**
 * The hot paths' round trips between the app's Deno process and the server (host.countRoundTrips):
 * each accessor or bridge call is a hop between two processes, and their count is most of what a
 * call costs next to a bare app (issue 14). Each bound is the count the app reaches today, every
 * trip named: one more read on a hot path fails this file. The person still reads the same texts.
 *
 * Steady state, as on a server that has been running: the app user is known to the app process
 * (read once per process), the direct-message rooms of the admin and the people exist (a person's
 * first receipt creates theirs: two more trips, the room made and read back), no policy update
 * was ever announced (the notice then costs one read), no admin room is picked (the admins named
 * in the settings are told by direct message).
 */
const {
  useRequestsWorkspace,
  fileRequest,
  openRequest,
  modalState,
  wordsFor,
  aboutRef,
} = require('./helpers/requests');
const { fromApp, textOf } = require('./helpers/workspace');
const { WorkspaceHost, startWorkspace, freshStoreDir } = require('../workspace');

jest.setTimeout(120_000);

let host;
useRequestsWorkspace({ settings: { admin_usernames: 'admin' } }, (started) => ({ host } = started));

const refs = [];
beforeAll(async () => {
  // Alice has a few requests to follow; Bruno filed one before (his receipts' room exists).
  for (const [jurisdiction, type] of [
    ['gdpr', 'access'],
    ['ccpa', 'deletion'],
    ['lgpd', 'access'],
  ])
    refs.push((await fileRequest(host, 'alice', { jurisdiction, type })).ref);
  await fileRequest(host, 'bruno', { jurisdiction: 'gdpr', type: 'access' });
});

/** `ROUND_TRIPS_REPORT=1` prints each path's trips by method (what to look at when a bound fails). */
const report = (name, trips) => {
  if (process.env.ROUND_TRIPS_REPORT) console.log(name, JSON.stringify(trips, null, 1));
};
async function tripsOf(fn) {
  const trips = await host.countRoundTrips(fn);
  report(expect.getState().currentTestName, trips);
  return trips;
}
const lastNotice = (username) => fromApp(host, username).at(-1);

describe('settings held between calls (issue 14)', () => {
  const settingTrips = (trips) =>
    trips.byMethod['accessor:getReader:getEnvironmentReader:getSettings:getValueById'] ?? 0;

  it('a second /privacy policy reads no setting; after a save the new value is read and shown', async () => {
    await host.runCommand('carla', '/privacy policy');
    const warm = await tripsOf(() => host.runCommand('carla', '/privacy policy'));
    // The 11 settings of the first call are held by the app's process: none is read again.
    expect(settingTrips(warm)).toBe(0);
    expect(warm.total).toBeLessThanOrEqual(6);

    await host.setAppSetting('dpo_email', 'held-then-changed@acme.example');
    const afterSave = await tripsOf(() => host.runCommand('carla', '/privacy policy'));
    expect(settingTrips(afterSave)).toBeGreaterThan(0);
    const [view] = host.openViews('carla').filter((v) => v.viewId === 'policy-view');
    expect(textOf(view.view)).toContain('held-then-changed@acme.example');
  });
});

describe('round trips per hot path', () => {
  it('/privacy help: 3 (the announced updates, who handles requests, the notice)', async () => {
    const trips = await tripsOf(() => host.runCommand('alice', '/privacy help'));
    // 1 readByAssociations policy-updates: nothing announced, so the edition in force is not read
    // 1 getValueById handler_roles: the admin-only lines are shown to handlers only
    // 1 doNotifyUser: the answer
    expect(trips.total).toBeLessThanOrEqual(3);
    expect(lastNotice('alice').text).toContain(wordsFor('alice')('help.cmd.status'));
  });

  it('/privacy status with three requests: 4 (the announced updates, the requests, the policies read, the notice)', async () => {
    const trips = await tripsOf(() => host.runCommand('alice', '/privacy status'));
    // 1 readByAssociations policy-updates (the notice check)
    // 1 readByAssociations requests-of:<user>: all of the person's requests in one read
    // 1 readByAssociations <user>+policy-ack: the policy versions this person has read
    // 1 doNotifyUser
    expect(trips.total).toBeLessThanOrEqual(4);
    const text = lastNotice('alice').text;
    expect(text).toContain(wordsFor('alice')('status.title'));
    for (const ref of refs) expect(text).toContain(ref);
  });

  it('/privacy policy: 17 (every fact the contextual bar shows, each read once)', async () => {
    const trips = await tripsOf(() => host.runCommand('alice', '/privacy policy'));
    // 1 readByAssociations policy-updates (the notice check)
    // 11 getValueById: 5 document links, version, effective date, DPO address, deployment override,
    //    default law, admin usernames (the settings API reads one value per trip)
    // 1 getServerSettings Site_Url (names the host, tells cloud from self-hosted)
    // 3 readByAssociations: the registration check, the person's remembered law, the data map
    // 1 openSurfaceView
    expect(trips.total).toBeLessThanOrEqual(17);
    const [view] = host.openViews('alice').filter((v) => v.viewId === 'policy-view');
    expect(view.view.title.text).toBe(wordsFor('alice')('policy.title'));
    expect(textOf(view.view)).toContain('https://rocket.chat/privacy');
  });

  it('/privacy request (the modal opens): 19', async () => {
    const trips = await tripsOf(() => host.runCommand('alice', '/privacy request'));
    // 1 readByAssociations policy-updates (the notice check)
    // 3 the daily limit said before typing: getValueById requests_per_day, the person's claims, their requests
    // 6 the law and deployment (not the policy's documents): getValueById deployment_override and
    //   default_jurisdiction, Site_Url, the registration check, the remembered law, the data map
    // 2 readByAssociations: the new reference is not in use, the apps one can ask about
    // 1 getValueById dpo_email (named when the admins are told)
    // 2 the draft (the id issued to this person): written, then the person's drafts read to keep the newest few
    // 3 whether an admin can be told: getValueById admin_room, admin_usernames, getByUsername
    // 1 openSurfaceView
    expect(trips.total).toBeLessThanOrEqual(19);
    const modal = host.openViews('alice').find((v) => v.viewId.startsWith('privacy-request:'));
    expect(modal.view.title.text).toBe(wordsFor('alice')('request.modal.title'));
  });

  it('submitting a request (the vendor and the workspace tracks): 30, and the person reads the receipt', async () => {
    const form = { jurisdiction: 'gdpr', type: 'access', categories: ['account', 'usage'] };
    const opened = await openRequest(host, 'bruno', form);
    const trips = await tripsOf(async () => {
      const submitted = await host.submitView('bruno', opened.viewId, modalState(form, opened.view));
      if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    });
    // 3 side by side: filed before? (request:<id>), the person's drafts, the apps one can ask about
    // 4 the daily limit (a race guard): getValueById requests_per_day, the claim written and the
    //   person's claims read back, the person's requests
    // 3 where the workspace runs: getValueById deployment_override, the registration check, Site_Url
    // 4 filed once (two submits at once): request:<id> again after the claim, the filing lease
    //   read, written, read back
    // 2 stored: the outbox entry (the vendor is asked), then the request
    // 7 the admins told: getValueById dpo_email, admin_room, admin_usernames, getByUsername, the
    //   server's Language (the admin's), getDirectByUsernames, doCreate
    // 3 who was told, recorded as an event: the request read, the event written, read back
    // 2 the receipt: getDirectByUsernames, doCreate
    // 1 scheduleOnce: the outbox woken
    // 1 removeByAssociations: the draft
    expect(trips.total).toBeLessThanOrEqual(30);
    const t = wordsFor('bruno');
    const [receipt] = aboutRef(host, 'bruno', opened.ref);
    expect(receipt.text).toContain(t('request.receipt.title', { ref: opened.ref }));
  });

  it('install and enable: 34 (the settings, buttons, jobs, command and endpoint the app declares)', async () => {
    const fresh = new WorkspaceHost();
    const trips = await fresh.countRoundTrips(() =>
      startWorkspace({ host: fresh, storeDir: freshStoreDir(), schedulerTickMs: 3_600_000 }),
    );
    await fresh.stop();
    report('install', trips);
    // 28 provideSetting: the engine takes one setting per call (no list form)
    // 2 registerButton, 1 registerProcessors (every job in one call; their start-up runs are
    //   scheduled by the engine from `startupSetting`, no trip of the app's), 1 provideSlashCommand
    // 1 getValueById dsr_callbacks_reachable (the endpoint is offered only when it can be reached)
    // 1 updateByAssociations installer (who installed it: told when no admin is named)
    expect(trips.total).toBeLessThanOrEqual(34);
  });
});
