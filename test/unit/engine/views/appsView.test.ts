import { mergeDirectory, parseInstalled, parseMarketplace } from '../../../../src/core/apps/directory';
import { translator } from '../../../../src/core/i18n/translator';
import type { AppsViewData } from '../../../../src/engine/views/appsView';
import { ageText, appsView, AppsViewIds, MAX_APPS_SHOWN } from '../../../../src/engine/views/appsView';
import { INSTALLED, MARKETPLACE } from '../../fixtures/apps';

const en = translator('en');
const apps = mergeDirectory(parseInstalled(INSTALLED)!, parseMarketplace(MARKETPLACE));
const fresh = { age: { unit: 'minutes' as const, n: 3 }, ageMinutes: 3, stale: false };
const render = (data: Partial<AppsViewData>) =>
  appsView({ appId: 'app-id', filter: {}, apps, readAt: fresh, ...data }, en);
const text = (view: ReturnType<typeof appsView>) => JSON.stringify(view.blocks);
const sections = (view: ReturnType<typeof appsView>) =>
  (view.blocks as any[]).filter((b) => b.type === 'section').map((b) => b.text.text as string);

describe('the apps view', () => {
  it('is a contextual bar with a search field, a category select with a placeholder, a refresh button and a close button', () => {
    const view = render({});
    expect(view).toMatchObject({
      id: AppsViewIds.View,
      type: 'contextualBar',
      title: { text: 'Installed apps' },
    });
    expect(view.close).toMatchObject({ actionId: AppsViewIds.CloseAction });
    const blocks = view.blocks as any[];
    for (const block of blocks)
      expect(['section', 'context', 'divider', 'actions', 'input']).toContain(block.type);
    const search = blocks.find((b) => b.blockId === AppsViewIds.SearchBlock);
    expect(search).toMatchObject({
      type: 'input',
      optional: true,
      element: {
        type: 'plain_text_input',
        appId: 'app-id',
        blockId: AppsViewIds.SearchBlock,
        actionId: AppsViewIds.SearchAction,
        dispatchActionConfig: ['on_character_entered'],
      },
    });
    const controls = blocks.find((b) => b.blockId === AppsViewIds.ControlsBlock);
    expect(controls.elements[0]).toMatchObject({
      type: 'static_select',
      actionId: AppsViewIds.CategoryAction,
      placeholder: { text: 'Kind of data' },
      initialValue: 'all',
    });
    expect(controls.elements[0].options).toHaveLength(11);
    expect(controls.elements[1]).toMatchObject({ type: 'button', actionId: AppsViewIds.RefreshAction });
  });

  it('lists apps that send data out and read messages first, with version, author, state and source', () => {
    const list = sections(render({}));
    // Both send data out and read messages; the default set has more high-risk permissions.
    const order = ['Old bot', 'Translator', 'Poll'].map((name) =>
      list.findIndex((s) => s.startsWith(`*${name}*`)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(list.find((s) => s.startsWith('*Translator*'))).toContain(
      '*Translator* 1.0.0 by Lingo\nEnabled · From the Marketplace',
    );
    expect(list.find((s) => s.startsWith('*Old bot*'))).toContain(
      'Disabled · Private upload, not from the Marketplace',
    );
  });

  it('shows the Marketplace\'s privacy summary and link, else the author\'s contacts marked "no privacy policy published"', () => {
    const list = sections(render({}));
    const translatorApp = list.find((s) => s.startsWith('*Translator*'))!;
    expect(translatorApp).toContain('Messages are sent to our translation service and not stored.');
    expect(translatorApp).toContain('<https://lingo.example/privacy|Read the privacy policy>');
    const poll = list.find((s) => s.startsWith('*Poll*'))!;
    expect(poll).toContain(
      '*No privacy policy published.* Ask the author: <https://poll.example/|Homepage> · <mailto:help@poll.example|Support>',
    );
    const legacy = list.find((s) => s.startsWith('*Old bot*'))!;
    expect(legacy).toContain('*No privacy policy published.*');
    expect(legacy).toContain('The author gave no homepage or support contact.');
  });

  it('says the privacy policy is unknown when the Marketplace was never read', () => {
    const unread = mergeDirectory(parseInstalled(INSTALLED)!, undefined);
    const list = sections(render({ apps: unread, marketplaceFailed: true }));
    expect(list.find((s) => s.startsWith('*Translator*'))).toContain('*The Marketplace could not be read*');
    expect(text(render({ apps: unread, marketplaceFailed: true }))).toContain(
      'privacy summaries may be missing',
    );
  });

  it('shows permissions in plain words grouped by data category, risky first, unknown ones by name', () => {
    const list = sections(render({}));
    const permissions = list.find(
      (s) => s.startsWith('*What it can touch*\n') && s.includes('reads messages'),
    )!;
    expect(permissions).toBe(
      [
        '*What it can touch*',
        '*Data leaving the workspace* (high risk)',
        '• can send data to, and fetch data from, any address outside the workspace',
        '*Messages* (high risk)',
        '• reads messages',
        '*Other permissions* (medium risk)',
        '• `teleport.write`, a permission the Privacy Center does not know',
      ].join('\n'),
    );
  });

  it("shows the engine's default set for an app that declares none, marked as the default", () => {
    const list = sections(render({}));
    const legacy = list[list.findIndex((s) => s.startsWith('*Old bot*')) + 1];
    expect(legacy).toMatch(
      /^\*What it can touch\*: this app declares no permissions, so the apps engine gives it its broad default set\./,
    );
    expect(legacy).toContain('reads messages');
    expect(legacy).toContain('can send data to, and fetch data from, any address outside the workspace');
    expect(legacy.indexOf('Data leaving the workspace')).toBeLessThan(legacy.indexOf('Workspace settings'));
  });

  it('filters by words and category, keeping the choice in the controls', () => {
    const view = render({ filter: { query: 'poll', category: 'features' } });
    const list = sections(view);
    expect(list.filter((s) => /^\*(Poll|Translator|Old bot)\*/.test(s)).map((s) => s.split('*')[1])).toEqual([
      'Poll',
    ]);
    const blocks = view.blocks as any[];
    expect(blocks.find((b) => b.blockId === AppsViewIds.SearchBlock).element.initialValue).toBe('poll');
    expect(blocks.find((b) => b.blockId === AppsViewIds.ControlsBlock).elements[0].initialValue).toBe(
      'features',
    );
    expect(text(render({ filter: { query: 'nothing-like-this' } }))).toContain('No app matches this search.');
    expect(text(render({ filter: { query: 'messages' } }))).toContain('*Translator*');
  });

  it('says how old the list is, and that a stale one is being read again', () => {
    expect(text(render({}))).toContain('List read 3 minutes ago.');
    expect(text(render({ readAt: { ...fresh, stale: true }, refreshing: true }))).toContain(
      'It is being read again in the background',
    );
    expect(text(render({ apps: [] }))).toContain('No app is installed in this workspace.');
  });

  it('shows at most a screenful of apps and says so', () => {
    const many = Array.from({ length: MAX_APPS_SHOWN + 5 }, (_, i) => ({
      ...apps[0],
      id: `a${i}`,
      name: `App ${i}`,
    }));
    const view = render({ apps: many });
    expect(text(view)).toContain(
      `Showing the first ${MAX_APPS_SHOWN} of ${MAX_APPS_SHOWN + 5} matching apps`,
    );
    expect(sections(view).filter((s) => s.startsWith('*App '))).toHaveLength(MAX_APPS_SHOWN);
    expect(text(render({}))).toContain('Showing 3 of 3 installed apps.');
  });

  it('says exactly which settings to set, and why, when not configured', () => {
    const view = render({
      apps: undefined,
      readAt: undefined,
      problem: { kind: 'not_configured', missing: ['userId', 'token'] },
    });
    const [, notice] = sections(view);
    expect(notice).toContain('*The app directory is not set up yet.*');
    expect(notice).toContain('Apps cannot see which other apps are installed');
    expect(notice).toContain('section "App directory"');
    expect(notice).toContain('• *REST API user id*');
    expect(notice).toContain('• *Personal access token*');
    expect(notice).not.toContain('Workspace REST API address');
  });

  it('says the workspace refused or could not be reached, and shows the last good list with its age', () => {
    const old = { age: { unit: 'hours' as const, n: 5 }, ageMinutes: 300, stale: true };
    const refused = render({ problem: { kind: 'failed', error: 'unauthorized' }, readAt: old });
    expect(sections(refused)[1]).toContain(
      "*The workspace refused the app's access token* (it answered 401 or 403)",
    );
    expect(sections(refused)[1]).toContain('This is the list as it was read 5 hours ago.');
    expect(text(refused)).toContain('*Translator*');
    const down = render({
      problem: { kind: 'failed', error: 'unreachable' },
      apps: undefined,
      readAt: undefined,
    });
    expect(sections(down)[1]).toContain("*The workspace's REST API could not be reached*");
    expect(sections(down)[1]).toContain('There is no earlier list to show.');
    expect(text(render({ problem: { kind: 'failed', error: 'bad_answer' } }))).toContain(
      'does not understand',
    );
  });

  it('has a button per app that opens the request modal with that app', () => {
    const view = render({});
    const buttons = (view.blocks as any[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements)
      .filter((e: any) => e.actionId === AppsViewIds.RequestAction);
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b).toMatchObject({ type: 'button', appId: expect.any(String), value: expect.any(String) });
      expect(b.text.text).toBe('File a request about this app');
    }
    expect(new Set(buttons.map((b: any) => b.value)).size).toBe(buttons.length);
  });

  it('says ages in words', () => {
    expect(ageText({ unit: 'now', n: 0 }, en.t)).toBe('just now');
    expect(ageText({ unit: 'minutes', n: 1 }, en.t)).toBe('1 minute ago');
    expect(ageText({ unit: 'days', n: 2 }, en.t)).toBe('2 days ago');
  });
});

describe('an app entry', () => {
  const only = (installed: object, marketplace: object[] = []) =>
    mergeDirectory(parseInstalled({ apps: [installed] })!, parseMarketplace(marketplace));
  const entry = (list: ReturnType<typeof only>, language: 'en' | 'de' = 'en') =>
    (appsView({ appId: 'app-id', filter: {}, apps: list }, translator(language)).blocks as any[])
      .filter((b) => b.type === 'section' || b.type === 'context')
      .map((b) => (b.text ? b.text.text : b.elements.map((e: any) => e.text).join(' ')))
      .join('\n');

  it('says that an app declaring an empty list of permissions can touch nothing, rather than an empty heading', () => {
    const text = entry(only({ id: 'emoji', name: 'Emoji Pack', status: 'auto_enabled', permissions: [] }));
    expect(text).not.toMatch(/\*What it can touch\*\s*(\n|$)/);
    expect(text).toContain(en.t('apps.permissions.none'));
  });

  it('marks a Marketplace summary as the author’s own words, not translated', () => {
    const list = only({ id: 'translate', name: 'Translator', status: 'auto_enabled', permissions: [] }, [
      { appId: 'translate', latest: { id: 'translate', privacyPolicySummary: 'Messages are not stored.' } },
    ]);
    const german = entry(list, 'de');
    expect(german).toContain('Messages are not stored.');
    expect(german).toContain(translator('de').t('apps.privacy.summaryNote'));
  });
});
