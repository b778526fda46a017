import type { DirectoryApp, InstalledEntry, MarketplaceEntry } from '../../../../src/core/apps/directory';
import {
  filterApps,
  mergeDirectory,
  orderApps,
  parseInstalled,
  parseInstalledApp,
  parseMarketplace,
  parseMarketplaceApp,
  readsMessages,
  safeText,
  safeUrl,
  sendsDataOut,
  supportLink,
} from '../../../../src/core/apps/directory';
import { DEFAULT_PERMISSIONS } from '../../../../src/core/apps/permissions';

const installedApp = (over: Record<string, unknown> = {}) => ({
  id: 'app-1',
  name: 'Poll',
  nameSlug: 'poll',
  version: '2.1.0',
  author: { name: 'Poll Co', homepage: 'https://poll.example', support: 'help@poll.example' },
  status: 'auto_enabled',
  private: false,
  permissions: [{ name: 'message.read' }, { name: 'ui.interact' }],
  ...over,
});

describe('reading /api/apps/installed', () => {
  it('keeps what the directory shows', () => {
    expect(parseInstalled({ apps: [installedApp()], success: true })).toEqual([
      {
        id: 'app-1',
        name: 'Poll',
        version: '2.1.0',
        author: { name: 'Poll Co', homepage: 'https://poll.example/', support: 'mailto:help@poll.example' },
        enabled: true,
        source: 'marketplace',
        permissions: ['message.read', 'ui.interact'],
      },
    ]);
  });

  it('tells enabled from disabled and Marketplace from private', () => {
    expect(parseInstalledApp(installedApp({ status: 'manually_enabled' }))?.enabled).toBe(true);
    for (const status of ['manually_disabled', 'disabled', 'error_disabled', 'initialized', undefined])
      expect([status, parseInstalledApp(installedApp({ status }))?.enabled]).toEqual([status, false]);
    expect(parseInstalledApp(installedApp({ private: true }))?.source).toBe('private');
  });

  it('distinguishes "declares no permissions" from "declares an empty list"', () => {
    expect(parseInstalledApp(installedApp({ permissions: undefined }))).not.toHaveProperty('permissions');
    expect(parseInstalledApp(installedApp({ permissions: [] }))?.permissions).toEqual([]);
    expect(
      parseInstalledApp(
        installedApp({ permissions: ['networking', { name: 'networking' }, { nope: 1 }, null, ''] }),
      )?.permissions,
    ).toEqual(['networking']);
  });

  it('skips entries without an id, fills a missing name and author, and refuses other shapes', () => {
    expect(parseInstalled({ apps: [null, 'x', { name: 'No id' }, { id: 'bare' }] })).toEqual([
      { id: 'bare', name: 'bare', version: '', author: { name: '' }, enabled: false, source: 'marketplace' },
    ]);
    expect(parseInstalled([])).toBeUndefined();
    expect(parseInstalled(null)).toBeUndefined();
    expect(parseInstalled({ success: false })).toBeUndefined();
  });

  it('makes third-party text safe for mrkdwn', () => {
    const app = parseInstalledApp(
      installedApp({
        name: 'Evil <https://phish.example|Click>\u0007 app',
        author: { homepage: 'javascript:alert(1)' },
      }),
    );
    expect(app?.name).toBe('Evil https://phish.example|Click app');
    expect(app?.author).toEqual({ name: '' });
  });
});

describe('reading /api/apps/marketplace', () => {
  const entry = {
    appId: 'app-1',
    latest: {
      id: 'app-1',
      privacyPolicySummary: 'We keep poll answers for 30 days.',
      privacyLink: 'https://poll.example/privacy',
      documentationUrl: 'https://poll.example/docs',
      author: { name: 'Poll Co', homepage: 'https://poll.example', support: 'https://poll.example/help' },
    },
  };

  it('takes the privacy summary and policy link', () => {
    expect(parseMarketplace([entry])).toEqual([
      {
        id: 'app-1',
        author: { name: 'Poll Co', homepage: 'https://poll.example/', support: 'https://poll.example/help' },
        privacy: { summary: 'We keep poll answers for 30 days.', policyUrl: 'https://poll.example/privacy' },
      },
    ]);
  });

  it('accepts the list under `apps` and flattened entries, and refuses other shapes', () => {
    expect(parseMarketplace({ apps: [entry] })?.[0].id).toBe('app-1');
    expect(parseMarketplaceApp({ id: 'flat', privacyPolicySummary: 'S' })).toEqual({
      id: 'flat',
      privacy: { summary: 'S' },
    });
    expect(parseMarketplaceApp({ latest: {} })).toBeUndefined();
    expect(parseMarketplaceApp(7)).toBeUndefined();
    expect(parseMarketplace({ 0: entry })).toBeUndefined();
    expect(parseMarketplace('nope')).toBeUndefined();
  });

  it('drops a policy link that is not a web link and clips a long summary', () => {
    const parsed = parseMarketplaceApp({
      appId: 'x',
      latest: { privacyLink: 'javascript:alert(1)', privacyPolicySummary: `${'a'.repeat(700)}` },
    });
    expect(parsed?.privacy.policyUrl).toBeUndefined();
    expect(parsed?.privacy.summary?.length).toBe(600);
    expect(parsed?.privacy.summary?.endsWith('…')).toBe(true);
  });
});

describe('safe text and links', () => {
  it('keeps paragraphs when asked, never control characters', () => {
    expect(safeText('a\n\n\n\nb\tc', 100, true)).toBe('a\n\nb c');
    expect(safeText('a\nb', 100)).toBe('a b');
    expect(safeText(42, 10)).toBe('');
  });

  it('accepts only http and https links that cannot break a mrkdwn link', () => {
    expect(safeUrl('https://a.example/p?q=1')).toBe('https://a.example/p?q=1');
    expect(safeUrl('http://a.example')).toBe('http://a.example/');
    for (const bad of [
      'ftp://a.example',
      'https://a.example/|x',
      'not a url',
      '',
      `https://a.example/${'x'.repeat(2100)}`,
      3,
    ])
      expect([bad, safeUrl(bad)]).toEqual([bad, undefined]);
  });

  it('turns a support email address into a mailto link', () => {
    expect(supportLink('mailto:help@a.example')).toBe('mailto:help@a.example');
    expect(supportLink('https://a.example/support')).toBe('https://a.example/support');
    expect(supportLink('call us')).toBeUndefined();
    expect(supportLink(undefined)).toBeUndefined();
  });
});

const entryOf = (id: string, over: Partial<InstalledEntry> = {}): InstalledEntry => ({
  id,
  name: id,
  version: '1.0.0',
  author: { name: `${id} author` },
  enabled: true,
  source: 'marketplace',
  permissions: [],
  ...over,
});

describe('the merged directory', () => {
  const marketplace: MarketplaceEntry[] = [
    { id: 'published', privacy: { summary: 'Short summary' } },
    { id: 'linked', privacy: { policyUrl: 'https://l.example/privacy' } },
    {
      id: 'silent',
      author: {
        name: 'Market name',
        homepage: 'https://silent.example/',
        support: 'mailto:s@silent.example',
      },
      privacy: {},
    },
    { id: 'uploaded', privacy: { summary: 'Should never show: private apps are not in the Marketplace' } },
  ];

  it('shows a published policy, "none" when the Marketplace has none, and private uploads as none', () => {
    const apps = mergeDirectory(
      [
        entryOf('published'),
        entryOf('linked'),
        entryOf('silent', { author: { name: '' } }),
        entryOf('uploaded', { source: 'private' }),
        entryOf('unlisted'),
      ],
      marketplace,
    );
    expect(apps.map((a) => [a.id, a.privacyStatus])).toEqual([
      ['published', 'published'],
      ['linked', 'published'],
      ['silent', 'none'],
      ['uploaded', 'none'],
      ['unlisted', 'none'],
    ]);
    expect(apps[0].privacy).toEqual({ summary: 'Short summary' });
    expect(apps[2].author).toEqual({
      name: 'Market name',
      homepage: 'https://silent.example/',
      support: 'mailto:s@silent.example',
    });
    expect(apps[3].privacy).toEqual({});
  });

  it('says "unknown", not "none", for Marketplace apps when the Marketplace was never read', () => {
    const apps = mergeDirectory([entryOf('a'), entryOf('b', { source: 'private' })], undefined);
    expect(apps.map((a) => a.privacyStatus)).toEqual(['unknown', 'none']);
  });

  it("gives an app that declares no permissions the engine's default set, marked as such", () => {
    const [declared, undeclared] = mergeDirectory(
      [
        entryOf('declared', { permissions: ['ui.interact'] }),
        entryOf('undeclared', { permissions: undefined }),
      ],
      [],
    );
    expect(declared.permissions).toEqual({ names: ['ui.interact'], isDefault: false });
    expect(undeclared.permissions).toEqual({ names: [...DEFAULT_PERMISSIONS], isDefault: true });
    expect(sendsDataOut(undeclared) && readsMessages(undeclared)).toBe(true);
  });
});

const app = (id: string, names: string[], over: Partial<DirectoryApp> = {}): DirectoryApp => ({
  ...mergeDirectory([entryOf(id, { permissions: names })], [])[0],
  ...over,
});

describe('order and filter', () => {
  const apps = [
    app('Zeta quiet', ['persistence']),
    app('reader', ['message.read']),
    app('both', ['networking', 'message.read']),
    app('sender', ['networking']),
    app('Alpha quiet', ['ui.interact']),
    app('files', ['upload.read', 'user.write']),
  ];

  it('puts apps that can send data out and read messages first, then the riskiest, then by name', () => {
    expect(orderApps(apps).map((a) => a.id)).toEqual([
      'both',
      'sender',
      'reader',
      'files',
      'Alpha quiet',
      'Zeta quiet',
    ]);
  });

  it('breaks a tie of equal names by id', () => {
    const twins = [app('b', [], { name: 'Same' }), app('a', [], { name: 'same' })];
    expect(orderApps(twins).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('filters by words (all of them, any case) in name, author, id and permissions', () => {
    expect(filterApps(apps, { query: 'QUIET' }).map((a) => a.id)).toEqual(['Zeta quiet', 'Alpha quiet']);
    expect(filterApps(apps, { query: 'zeta author' }).map((a) => a.id)).toEqual(['Zeta quiet']);
    expect(filterApps(apps, { query: 'networking' }).map((a) => a.id)).toEqual(['both', 'sender']);
    expect(filterApps(apps, { query: '  ' })).toHaveLength(apps.length);
    expect(filterApps(apps, {})).toHaveLength(apps.length);
  });

  it('filters by data category, and by words the view adds (translated descriptions)', () => {
    expect(filterApps(apps, { category: 'files' }).map((a) => a.id)).toEqual(['files']);
    expect(filterApps(apps, { category: 'outside', query: 'both' }).map((a) => a.id)).toEqual(['both']);
    expect(
      filterApps(apps, { query: 'nachrichten' }, (a) => (readsMessages(a) ? ['Nachrichten'] : [])).map(
        (a) => a.id,
      ),
    ).toEqual(['reader', 'both']);
  });
});
