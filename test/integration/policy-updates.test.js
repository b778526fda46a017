'use strict';
/**
 * Policy updates in the real runtime: an admin's new version is announced in the picked room, each
 * person gets a notice at login or /privacy until they say they have read it (at most once a day:
 * the day passes by ageing the stored "shown" time, never by sleeping), receipts in /privacy
 * status, counts for the admins; the same or an earlier version saved again announces nothing.
 */
const { startWorkspace, fromApp, findElement } = require('./helpers/workspace');

jest.setTimeout(90_000);

const NOTICE_EN = 'The privacy policy changes: version 7.0, in effect from';
const NOTICE_DE = 'Die Datenschutzerklärung ändert sich: Version 7.0, gültig ab';
let host;

/** What the app wrote that carries the policy-update notice, in any room the user reads. */
const seen = (username, words = NOTICE_EN) => fromApp(host, username).filter((m) => m.text.includes(words));
const announcementsInGeneral = () =>
  seen('admin').filter((m) => m.roomId === 'GENERAL' && m.kind === 'message');
/** The notices to this person (not the announcement everyone in #general reads). */
const notices = (username, words = NOTICE_EN) =>
  seen(username, words).filter((m) => !(m.roomId === 'GENERAL' && m.kind === 'message'));

/** A day passes for the notices already shown. */
function aDayPasses() {
  const past = new Date(Date.now() - 25 * 3600_000).toISOString();
  host.bridges.persistence.change((records) => {
    for (const r of records)
      if (r.appId === host.appId && r.associations.some((a) => a.id === 'policy-notice'))
        r.data.lastAt = past;
  });
}

async function save(id, value) {
  await host.saveAppSetting(id, value);
  await host.runDueJobs();
}

beforeAll(async () => {
  host = await startWorkspace();
  await host.setAppSetting('policy_updates_room', 'GENERAL');
  await host.setAppSetting('policy_what_changed', 'New processor: Acme Analytics (EU). Ping @all');
});
afterAll(async () => {
  await host?.stop();
});

describe('policy updates', () => {
  it('nothing is noticed before an update is announced', async () => {
    await host.login('alice');
    await host.runCommand('carla', '/privacy help');
    expect(fromApp(host, 'alice').filter((m) => m.kind === 'message')).toEqual([]);
    expect(notices('carla')).toEqual([]);
  });

  it('a new version is announced in the picked room, with what changed (quoted), the link and the button', async () => {
    await save('policy_version', '7.0');
    const [announcement, ...more] = announcementsInGeneral();
    expect(more).toEqual([]);
    expect(announcement.text).toContain('What changed:');
    expect(announcement.text).toContain('> New processor: Acme Analytics (EU). Ping ＠all');
    expect(announcement.text).toContain('The full policy: https://rocket.chat/privacy');
    expect(findElement(announcement, 'policy-update-ack').text.text).toBe('I have read it');
  });

  it('saving the same version again, or going back and forth, announces nothing', async () => {
    await save('policy_version', '7.0');
    await save('policy_version', '6.5');
    await save('policy_version', '7.0');
    expect(announcementsInGeneral()).toHaveLength(1);
  });

  it('the notice comes at login until acknowledged, at most once a day', async () => {
    await host.login('alice');
    expect(notices('alice')).toHaveLength(1);
    await host.login('alice');
    await host.runCommand('alice', '/privacy help');
    expect(notices('alice')).toHaveLength(1); // not again the same day
    aDayPasses();
    await host.login('alice');
    const shown = notices('alice');
    expect(shown).toHaveLength(2);
    const last = shown.at(-1);
    const button = findElement(last, 'policy-update-ack');
    const clicked = await host.blockAction('alice', {
      blockId: 'policy-update',
      actionId: 'policy-update-ack',
      value: button.value,
      messageId: last.id,
    });
    expect(clicked.ok).toBe(true);
    expect(fromApp(host, 'alice').at(-1).text).toContain('your reading of version 7.0');
    aDayPasses();
    await host.login('alice');
    await host.runCommand('alice', '/privacy help');
    expect(notices('alice')).toHaveLength(2); // acknowledged: never again
  });

  it('shows at /privacy too, in the person’s language', async () => {
    await host.runCommand('bruno', '/privacy help');
    const [notice] = notices('bruno', NOTICE_DE);
    expect(notice.kind).toBe('ephemeral');
    expect(findElement(notice, 'policy-update-ack').text.text).toBe('Ich habe sie gelesen');
  });

  it('the person sees their receipt in /privacy status', async () => {
    await host.runCommand('alice', '/privacy status');
    expect(fromApp(host, 'alice').at(-1).text).toMatch(/Policy versions you have read: 7\.0 \(.+\), on /);
  });

  it('admins see how many of how many active users acknowledged', async () => {
    await host.runCommand('admin', '/privacy admin acks');
    // alice acknowledged; bruno and the admin (at this command) were shown the notice.
    expect(fromApp(host, 'admin').at(-1).text).toMatch(/Version 7\.0 \(.+\): 1 of 3 active users/);
  });

  it('admins get the list of who acknowledged which version, as a CSV file in their direct messages', async () => {
    const before = host.uploads().length;
    await host.runCommand('admin', '/privacy admin acks export');
    const [upload, ...more] = host.uploads().slice(before);
    expect(more).toEqual([]);
    expect(upload.name).toMatch(/^policy-acknowledgements-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(fromApp(host, 'admin').at(-1).text).toBe(
      `The list of acknowledgements is in your direct messages: ${upload.name}.`,
    );
    const rows = Buffer.from(upload.content, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(rows[0]).toBe('"Version","Effective date","Username","Acknowledged at"');
    expect(rows.slice(1).filter(Boolean)).toEqual([expect.stringMatching(/^"7\.0","[^"]+","alice","\d{4}-/)]);
    // Anyone else: the refusal, and no file.
    const uploads = host.uploads().length;
    await host.runCommand('alice', '/privacy admin acks export');
    expect(host.uploads()).toHaveLength(uploads);
  });
});
