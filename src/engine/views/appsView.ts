/**
 * The installed-apps directory: a contextual bar. It stays open beside the conversation while a
 * reader scrolls a long list, and its filter and refresh update it in place (a modal would stack
 * on the conversation and suggest a form to submit, which this is not). Pure: (data, translator) -> surface.
 */
import type { InputBlock, LayoutBlock, PlainTextInputElement } from '@rocket.chat/ui-kit';
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { AccessSetting } from '../../core/apps/access';
import type { Age, FetchError, Freshness } from '../../core/apps/cache';
import type { DirectoryApp, DirectoryFilter } from '../../core/apps/directory';
import { filterApps, orderApps, permissionGroups } from '../../core/apps/directory';
import type { PermissionGroup } from '../../core/apps/permissions';
import { PERMISSION_CATEGORIES } from '../../core/apps/permissions';
import type { Translate, Translator } from '../../core/i18n/translator';
import {
  actions,
  bullets,
  button,
  context,
  divider,
  link,
  option,
  plain,
  section,
  staticSelect,
} from './blocks';

export enum AppsViewIds {
  View = 'apps-view',
  SearchBlock = 'apps-search',
  SearchAction = 'apps-search-input',
  ControlsBlock = 'apps-controls',
  CategoryAction = 'apps-category-select',
  RefreshAction = 'apps-refresh',
  CloseAction = 'apps-close',
  /** One per app; its value is the app's id. Opens the request modal with that app chosen. */
  RequestAction = 'apps-request',
}

/** The category select's value for "no category filter". */
export const ALL_CATEGORIES = 'all';
/** Apps shown at once; more would make a very long bar. The count says how many were left out. */
export const MAX_APPS_SHOWN = 25;

export type DirectoryProblem =
  | { kind: 'not_configured'; missing: AccessSetting[] }
  | { kind: 'failed'; error: Exclude<FetchError, 'not_configured'> };

export interface AppsViewData {
  appId: string;
  /** The whole directory; undefined when the workspace was never read. */
  apps?: DirectoryApp[];
  filter: DirectoryFilter;
  problem?: DirectoryProblem;
  /** The age of the list shown. */
  readAt?: Freshness;
  /** A background refresh was asked for. */
  refreshing?: boolean;
  /** The Marketplace could not be read on the last attempt. */
  marketplaceFailed?: boolean;
}

export function appsView(data: AppsViewData, { t }: Translator): IUIKitSurfaceViewParam {
  const { appId } = data;
  const blocks: LayoutBlock[] = [
    section(t('apps.intro')),
    ...problemBlocks(data, t),
    searchBlock(appId, data.filter.query ?? '', t),
    actions(AppsViewIds.ControlsBlock, [
      staticSelect(
        { appId, blockId: AppsViewIds.ControlsBlock, actionId: AppsViewIds.CategoryAction },
        t('apps.category.placeholder'),
        [
          option(ALL_CATEGORIES, t('apps.category.all')),
          ...PERMISSION_CATEGORIES.map((c) => option(c, t(`apps.data.${c}`))),
        ],
        data.filter.category ?? ALL_CATEGORIES,
      ),
      button(
        { appId, blockId: AppsViewIds.ControlsBlock, actionId: AppsViewIds.RefreshAction },
        t('apps.refresh'),
        {
          value: 'refresh',
        },
      ),
    ]),
    ...listBlocks(data, t),
  ];
  return {
    id: AppsViewIds.View,
    type: UIKitSurfaceType.CONTEXTUAL_BAR,
    title: plain(t('apps.title')),
    blocks,
    close: button({ appId, blockId: AppsViewIds.View, actionId: AppsViewIds.CloseAction }, t('apps.close')),
  };
}

/** A search field that reports each change (the client sends a block action as the reader types). */
function searchBlock(appId: string, query: string, t: Translate): InputBlock {
  const element: PlainTextInputElement & { dispatchActionConfig: string[] } = {
    type: 'plain_text_input',
    appId,
    blockId: AppsViewIds.SearchBlock,
    actionId: AppsViewIds.SearchAction,
    placeholder: plain(t('apps.filter.placeholder')),
    ...(query ? { initialValue: query } : {}),
    dispatchActionConfig: ['on_character_entered'],
  };
  return {
    type: 'input',
    blockId: AppsViewIds.SearchBlock,
    label: plain(t('apps.filter.label')),
    element,
    optional: true,
  };
}

function problemBlocks(
  { problem, apps, readAt, marketplaceFailed }: AppsViewData,
  t: Translate,
): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  if (problem?.kind === 'not_configured') {
    blocks.push(
      section(
        [
          t('apps.notConfigured.title'),
          t('apps.notConfigured.why'),
          bullets(problem.missing.map((setting) => t(`apps.notConfigured.${setting}`))),
        ].join('\n'),
      ),
    );
  } else if (problem?.kind === 'failed') {
    const earlier =
      apps && readAt ? t('apps.error.lastGood', { age: ageText(readAt.age, t) }) : t('apps.error.nothing');
    blocks.push(section(`${t(`apps.error.${problem.error}`)}\n${earlier}`));
  }
  if (marketplaceFailed && !problem && apps) blocks.push(context(t('apps.marketplace.failed')));
  return blocks;
}

function listBlocks(data: AppsViewData, t: Translate): LayoutBlock[] {
  const { apps, filter, readAt, refreshing, appId } = data;
  if (!apps) return [];
  const notes: string[] = [];
  if (readAt && !data.problem) notes.push(t('apps.updated', { age: ageText(readAt.age, t) }));
  if (refreshing) notes.push(t('apps.stale'));
  const blocks: LayoutBlock[] = notes.length ? [context(notes.join(' '))] : [];
  if (apps.length === 0) return [...blocks, section(t('apps.none'))];
  const matching = orderApps(filterApps(apps, filter, (app) => searchWords(app, t)));
  if (matching.length === 0) return [...blocks, section(t('apps.noMatch'))];
  const shown = matching.slice(0, MAX_APPS_SHOWN);
  blocks.push(
    context(
      matching.length > shown.length
        ? t('apps.count.capped', { shown: shown.length, matching: matching.length, total: apps.length })
        : t('apps.count', { shown: shown.length, total: apps.length }),
    ),
  );
  for (const app of shown) blocks.push(divider(), ...appBlocks(app, t, appId));
  return blocks;
}

export function appBlocks(app: DirectoryApp, t: Translate, appId: string): LayoutBlock[] {
  const heading = [
    `*${app.name}*`,
    app.version,
    app.author.name ? t('apps.app.by', { author: app.author.name }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const status = [
    t(app.enabled ? 'apps.app.enabled' : 'apps.app.disabled'),
    t(app.source === 'private' ? 'apps.app.private' : 'apps.app.marketplace'),
  ].join(' · ');
  const request = button(
    { appId, blockId: `${AppsViewIds.RequestAction}:${app.id}`, actionId: AppsViewIds.RequestAction },
    t('apps.app.request'),
    { value: app.id },
  );
  return [
    section([heading, status, privacyText(app, t)].join('\n')),
    section(permissionsText(app, t)),
    actions(`${AppsViewIds.RequestAction}:${app.id}`, [request]),
  ];
}

function privacyText(app: DirectoryApp, t: Translate): string {
  if (app.privacyStatus === 'published') {
    const lines = [t('apps.privacy.heading')];
    // The Marketplace has one summary per app, in the author's words: marked so, since it is not translated.
    if (app.privacy.summary) lines.push(app.privacy.summary, `_${t('apps.privacy.summaryNote')}_`);
    lines.push(
      app.privacy.policyUrl ? link(app.privacy.policyUrl, t('apps.privacy.link')) : t('apps.privacy.noLink'),
    );
    return lines.join('\n');
  }
  const intro = t(app.privacyStatus === 'unknown' ? 'apps.privacy.unknown' : 'apps.privacy.none');
  const contacts = [
    app.author.homepage ? link(app.author.homepage, t('apps.author.homepage')) : '',
    app.author.support ? link(app.author.support, t('apps.author.support')) : '',
  ].filter(Boolean);
  return `${intro} ${contacts.length ? contacts.join(' · ') : t('apps.author.noContact')}`;
}

function permissionsText(app: DirectoryApp, t: Translate): string {
  // An empty list is a declaration: the engine grants such an app nothing.
  if (!app.permissions.isDefault && app.permissions.names.length === 0) return t('apps.permissions.none');
  const heading = t(app.permissions.isDefault ? 'apps.permissions.default' : 'apps.permissions.heading');
  return [heading, ...permissionGroups(app).map((group) => groupText(group, t))].join('\n');
}

function groupText(group: PermissionGroup, t: Translate): string {
  return `*${t(`apps.data.${group.category}`)}* (${t(`apps.risk.${group.risk}`)})\n${bullets(
    group.permissions.map((p) =>
      p.known ? t(`permission.${p.name}`) : t('apps.permission.unknown', { name: p.name }),
    ),
  )}`;
}

/** The translated words a reader may search for: data categories and what the permissions allow. */
function searchWords(app: DirectoryApp, t: Translate): string[] {
  return permissionGroups(app).flatMap((group) => [
    t(`apps.data.${group.category}`),
    ...group.permissions.map((p) => (p.known ? t(`permission.${p.name}`) : p.name)),
  ]);
}

export function ageText(age: Age, t: Translate): string {
  if (age.unit === 'now') return t('apps.age.now');
  return t(`apps.age.${age.unit}.${age.n === 1 ? 'one' : 'other'}`, { n: age.n });
}
