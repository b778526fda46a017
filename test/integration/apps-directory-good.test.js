'use strict';
/**
 * /privacy apps, the good path, in the real runtime: the app reads its own workspace's REST API
 * (/api/apps/installed and /api/apps/marketplace at Site_Url, with a dedicated user's personal
 * access token) and shows every installed app with its privacy facts, its permissions in plain
 * words and in a privacy-minded order; the search, category and refresh controls; German for bruno.
 */
const { translator } = require('../../src/core/i18n/translator');
const { READER_ACCESS, ADMIN_ACCESS } = require('../workspace');
const {
  manifest,
  startDirectoryWorkspace,
  directoryCalls,
  openApps,
  readDirectory,
  entryOf,
  act,
  ageDirectoryCache,
} = require('./helpers/appsDirectory');

jest.setTimeout(60_000);

const en = translator('en').t;
const de = translator('de').t;

/** The fake catalogue's apps and ours: 9 + 1. */
const ALL_APPS = [
  manifest.name,
  'Meeting Notes AI',
  'Standup Bot',
  'Legacy Webhook Relay',
  'HR Onboarding (internal)',
  'Retired Translator',
  'Emoji Pack',
  'Giphy',
  'Jira Cloud',
  'Team Lunch Poll',
];

let workspace;
let host;
beforeAll(async () => {
  workspace = await startDirectoryWorkspace();
  host = workspace.host;
}, 60_000);
afterAll(() => workspace?.stop());

describe('the directory as alice opens it', () => {
  let view;
  beforeAll(async () => {
    // The first /privacy apps reads the workspace while the user waits (empty cache).
    view = await openApps(host, 'alice');
  });

  it('was read from the workspace REST API with the personal access token in the settings', () => {
    expect(directoryCalls(host)).toEqual(
      expect.arrayContaining(['GET /api/apps/installed 200', 'GET /api/apps/marketplace 200']),
    );
    expect(view.surface).toBe('contextualBar');
    expect(view.view.title.text).toBe(en('apps.title'));
    // The token is a password setting: the app never logs it. (The engine itself echoes what
    // onPreSettingUpdate returns, the new value included, in its debug lines: not the app's doing.)
    const appLines = host.logs().filter((entry) => entry.method !== 'app:onPreSettingUpdate');
    expect(JSON.stringify(appLines)).not.toContain(READER_ACCESS.token);
  });

  it('lists every installed app, ours included, and nothing that is only in the Marketplace', () => {
    const { names, head, text } = readDirectory(view);
    expect([...names].sort()).toEqual([...ALL_APPS].sort());
    expect(text).not.toContain('Not Installed Here');
    expect(head).toContain(en('apps.count', { shown: 10, total: 10 }));
    expect(head).toContain(en('apps.updated', { age: en('apps.age.now') }));
  });

  it('puts the apps that send data out and read messages first, then those that do one of the two', () => {
    const { names } = readDirectory(view);
    const rank = (name) => names.indexOf(name);
    // networking + message.read (own or the engine's default set)
    const both = [
      'Meeting Notes AI',
      'Jira Cloud',
      'Retired Translator',
      'Legacy Webhook Relay',
      'Team Lunch Poll',
    ];
    // networking only (Giphy) / neither (Standup Bot, Emoji Pack, HR Onboarding)
    for (const first of both) {
      expect(rank(first)).toBeLessThan(rank('Giphy'));
      expect(rank(first)).toBeLessThan(rank('Standup Bot'));
    }
    expect(rank('Giphy')).toBeLessThan(rank('Standup Bot'));
    expect(rank('Giphy')).toBeLessThan(rank('Emoji Pack'));
    expect(rank('Giphy')).toBeLessThan(rank('HR Onboarding (internal)'));
    expect(names.slice(0, 5).sort()).toEqual([...both].sort());
  });

  it('shows name, version, author, enabled or not, and where the app came from', () => {
    const notes = entryOf(view, 'Meeting Notes AI');
    expect(notes).toContain(`*Meeting Notes AI* 3.2.0 ${en('apps.app.by', { author: 'Notes Labs' })}`);
    expect(notes).toContain(`${en('apps.app.enabled')} · ${en('apps.app.marketplace')}`);

    const retired = entryOf(view, 'Retired Translator');
    expect(retired).toContain(`*Retired Translator* 1.1.0 ${en('apps.app.by', { author: 'Lingo' })}`);
    expect(retired).toContain(`${en('apps.app.disabled')} · ${en('apps.app.marketplace')}`);

    expect(entryOf(view, 'HR Onboarding (internal)')).toContain(
      `${en('apps.app.enabled')} · ${en('apps.app.private')}`,
    );
    expect(entryOf(view, 'Team Lunch Poll')).toContain(
      `${en('apps.app.disabled')} · ${en('apps.app.private')}`,
    );
    const ours = entryOf(view, manifest.name);
    expect(ours).toContain(`*${manifest.name}* ${manifest.version}`);
    expect(ours).toContain(en('apps.app.enabled'));
  });

  it("shows the Marketplace's privacy summary and policy link where it has them", () => {
    const notes = entryOf(view, 'Meeting Notes AI');
    expect(notes).toContain(en('apps.privacy.heading'));
    expect(notes).toContain('Thread text is sent to our language model provider in the EU');
    // The summary is the author's, untranslated: said so.
    expect(notes).toContain(en('apps.privacy.summaryNote'));
    expect(notes).toContain(`<https://noteslabs.example/privacy|${en('apps.privacy.link')}>`);
    expect(notes).not.toContain(en('apps.privacy.none'));
    // A link only, no summary: still published.
    const relay = entryOf(view, 'Legacy Webhook Relay');
    expect(relay).toContain(`<https://old.example/privacy|${en('apps.privacy.link')}>`);
    expect(relay).not.toContain(en('apps.privacy.none'));
    // A disabled app keeps its published policy.
    expect(entryOf(view, 'Retired Translator')).toContain('Messages are sent to Lingo for translation');
  });

  it('marks an app without a published policy, with the author homepage and support contact instead', () => {
    const standup = entryOf(view, 'Standup Bot');
    expect(standup).toContain(en('apps.privacy.none'));
    expect(standup).toContain(`<https://bots.example/|${en('apps.author.homepage')}>`);
    expect(standup).toContain(`<https://bots.example/help|${en('apps.author.support')}>`);
    expect(standup).not.toContain(en('apps.privacy.heading'));

    // A private upload is never in the Marketplace; an email support contact becomes a mailto: link.
    const hr = entryOf(view, 'HR Onboarding (internal)');
    expect(hr).toContain(en('apps.privacy.none'));
    expect(hr).toContain(`<mailto:it-help@acme.example|${en('apps.author.support')}>`);
    expect(hr).not.toContain(en('apps.author.homepage'));

    expect(entryOf(view, 'Jira Cloud')).toContain(
      `<mailto:help@integrations.example|${en('apps.author.support')}>`,
    );
  });

  it('groups permissions by kind of data in plain words, the risky ones first', () => {
    const notes = entryOf(view, 'Meeting Notes AI');
    expect(notes).toContain(en('apps.permissions.heading'));
    expect(notes).not.toContain(en('apps.permissions.default'));
    const groups = ['outside', 'messages', 'files', 'people', 'rooms', 'workspace', 'features'].map(
      (c) => `*${en(`apps.data.${c}`)}*`,
    );
    const positions = groups.map((g) => notes.indexOf(g));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // High risk groups are marked so, and a group's riskiest permission comes first.
    expect(notes).toContain(`*${en('apps.data.outside')}* (${en('apps.risk.high')})`);
    expect(notes).toContain(`*${en('apps.data.people')}* (${en('apps.risk.medium')})`);
    const messages = notes.slice(notes.indexOf(`*${en('apps.data.messages')}*`));
    expect(messages.indexOf(en('permission.message.read'))).toBeLessThan(
      messages.indexOf(en('permission.message.write')),
    );
    for (const name of ['networking', 'message.read', 'threads.read', 'upload.read', 'user.read'])
      expect(notes).toContain(`• ${en(`permission.${name}`)}`);
    expect(notes).not.toContain('message.read');
  });

  it("shows the engine's broad default set, marked as such, for an app that declares no permissions", () => {
    for (const name of ['Legacy Webhook Relay', 'Team Lunch Poll']) {
      const entry = entryOf(view, name);
      expect(entry).toContain(en('apps.permissions.default'));
      expect(entry).toContain(`• ${en('permission.networking')}`);
      expect(entry).toContain(`• ${en('permission.message.read')}`);
      expect(entry).toContain(`• ${en('permission.livechat-visitor.read')}`);
    }
    // An empty list is a declaration: such an app gets nothing, and no default set is shown.
    const emoji = entryOf(view, 'Emoji Pack');
    expect(emoji).not.toContain(en('apps.permissions.default'));
    expect(emoji).not.toContain('•');
    expect(emoji).toContain(en('apps.permissions.none'));
  });

  it('shows a permission the Privacy Center does not know by its name', () => {
    const retired = entryOf(view, 'Retired Translator');
    expect(retired).toContain(`*${en('apps.data.unknown')}*`);
    expect(retired).toContain(en('apps.permission.unknown', { name: 'teleport.beam' }));
  });
});

describe('the search field, category select and refresh button', () => {
  it('narrows the list as alice types, across name, author and the plain words of permissions', async () => {
    let view = await act(host, 'alice', 'apps-search-input', 'jira');
    expect(readDirectory(view).names).toEqual(['Jira Cloud']);
    expect(readDirectory(view).head).toContain(en('apps.count', { shown: 1, total: 10 }));

    view = await act(host, 'alice', 'apps-search-input', 'acme');
    expect(readDirectory(view).names.sort()).toEqual(['HR Onboarding (internal)', 'Team Lunch Poll']);

    // "reads uploaded files": the words the view shows, not the permission's name.
    view = await act(host, 'alice', 'apps-search-input', 'uploaded files');
    const names = readDirectory(view).names;
    expect(names).toEqual(expect.arrayContaining(['Meeting Notes AI', 'Legacy Webhook Relay']));
    expect(names).not.toContain('Giphy');

    view = await act(host, 'alice', 'apps-search-input', 'no such app anywhere');
    expect(readDirectory(view).names).toEqual([]);
    expect(readDirectory(view).text).toContain(en('apps.noMatch'));

    view = await act(host, 'alice', 'apps-search-input', '');
    expect(readDirectory(view).names).toHaveLength(10);
  });

  it('filters by kind of data, together with the search words, and keeps the filter for the next action', async () => {
    let view = await act(host, 'alice', 'apps-category-select', 'files');
    let names = readDirectory(view).names;
    // upload.read: Meeting Notes AI; upload.write: Privacy Center itself (the register export it
    // sends to a handler); the default set: Legacy Webhook Relay, Team Lunch Poll.
    expect(names.sort()).toEqual([
      'Legacy Webhook Relay',
      'Meeting Notes AI',
      'Privacy Center',
      'Team Lunch Poll',
    ]);

    view = await act(host, 'alice', 'apps-search-input', 'acme');
    expect(readDirectory(view).names).toEqual(['Team Lunch Poll']);

    // A value the select never offered is ignored (a forged payload).
    const before = JSON.stringify(view.view.blocks);
    const forged = await host.blockAction('alice', {
      viewId: 'apps-view',
      blockId: 'apps-controls',
      actionId: 'apps-category-select',
      value: 'everything',
    });
    expect(forged.ok).toBe(true);
    expect(JSON.stringify(host.openViews('alice').at(-1).view.blocks)).toBe(before);

    view = await act(host, 'alice', 'apps-category-select', 'all');
    names = readDirectory(view).names;
    expect(names.sort()).toEqual(['HR Onboarding (internal)', 'Team Lunch Poll']);
    view = await act(host, 'alice', 'apps-search-input', '');
  });

  it('/privacy apps with words opens the directory already searched', async () => {
    const view = await openApps(host, 'alice', 'giphy');
    expect(readDirectory(view).names).toEqual(['Giphy']);
  });

  it('refresh reads the workspace again, but not twice within a few seconds', async () => {
    await openApps(host, 'alice');
    // As if the list had been read two minutes ago: the refresh button reads it again now.
    ageDirectoryCache(host, 2);
    let view = await act(host, 'alice', 'apps-refresh', 'refresh');
    expect(readDirectory(view).head).toContain(en('apps.updated', { age: en('apps.age.now') }));
    const before = directoryCalls(host).length;
    view = await act(host, 'alice', 'apps-refresh', 'refresh');
    // Read moments ago: a second press does not hammer the workspace.
    expect(directoryCalls(host).length).toBe(before);
    ageDirectoryCache(host, 2);
    view = await act(host, 'alice', 'apps-refresh', 'refresh');
    expect(directoryCalls(host).slice(before).sort()).toEqual([
      'GET /api/apps/installed 200',
      'GET /api/apps/marketplace 200',
    ]);
  });
});

describe('for bruno, in German', () => {
  it('shows the same directory in German words', async () => {
    const view = await openApps(host, 'bruno');
    expect(de('apps.title')).not.toBe(en('apps.title'));
    expect(view.view.title.text).toBe(de('apps.title'));
    const { head, names } = readDirectory(view);
    expect(names).toHaveLength(10);
    expect(head).toContain(de('apps.intro'));
    expect(head).toContain(de('apps.count', { shown: 10, total: 10 }));
    const notes = entryOf(view, 'Meeting Notes AI');
    expect(notes).toContain(de('apps.app.by', { author: 'Notes Labs' }));
    expect(notes).toContain(`${de('apps.app.enabled')} · ${de('apps.app.marketplace')}`);
    expect(notes).toContain(`*${de('apps.data.outside')}* (${de('apps.risk.high')})`);
    expect(notes).toContain(`• ${de('permission.message.read')}`);
    expect(notes).not.toContain(en('permission.message.read'));
    expect(entryOf(view, 'Standup Bot')).toContain(de('apps.privacy.none'));
    expect(entryOf(view, 'Legacy Webhook Relay')).toContain(de('apps.permissions.default'));
    expect(entryOf(view, 'Retired Translator')).toContain(
      de('apps.permission.unknown', { name: 'teleport.beam' }),
    );
  });

  it('searches in German words', async () => {
    // "liest Nachrichten" or whatever the German catalogue says for message.read
    const words = de('permission.upload.read');
    const view = await act(host, 'bruno', 'apps-search-input', words);
    expect(readDirectory(view).names).toEqual(expect.arrayContaining(['Meeting Notes AI']));
    expect(readDirectory(view).names).not.toContain('Giphy');
  });
});

it('the workspace refuses a wrong token and takes any known personal access token', async () => {
  const site = host.workspace.siteUrl;
  const get = (access) =>
    fetch(`${site}/api/apps/installed`, {
      headers: { 'X-User-Id': access.userId, 'X-Auth-Token': access.token },
    });
  expect((await get({ userId: READER_ACCESS.userId, token: 'wrong' })).status).toBe(401);
  expect((await get(ADMIN_ACCESS)).status).toBe(200);
});
