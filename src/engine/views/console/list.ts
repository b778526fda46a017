/**
 * The console's list ("the register"): every privacy request of the workspace, both tracks, newest
 * first, for the people who handle requests. A modal: it opens over the chat from `/privacy admin`
 * and its filters and pages update it in place. The filter and page the person looks at travel in
 * the view (in each block id after ':' and in the page buttons' values), never in a store.
 * Pure: (data, translator) -> surface.
 */
import type { LayoutBlock, Option } from '@rocket.chat/ui-kit';
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { Translate, Translator } from '../../../core/i18n/translator';
import { formatDate } from '../../../core/i18n/dates';
import { JURISDICTIONS } from '../../../core/policy/jurisdictions';
import type { ListState } from '../../../core/operator/listState';
import {
  ANY,
  dueChoice,
  DUE_WITHIN_CHOICES,
  encodeListState,
  statusChoice,
} from '../../../core/operator/listState';
import type { RegisterPage } from '../../../core/operator/register';
import { DUE_SOON_DAYS, PAGE_SIZE } from '../../../core/operator/register';
import { dueOf, isOverdue, trackStates } from '../../../core/operator/tracks';
import { REQUEST_STATUSES } from '../../../core/requests/lifecycle';
import { OPERATOR_STATES } from '../../../core/requests/operatorMoves';
import { OVERALL_STAGES } from '../../../core/requests/overallState';
import type { PrivacyRequest } from '../../../core/requests/request';
import { REQUEST_TYPES } from '../../../core/requests/types';
import { actions, button, context, divider, option, plain, section, staticSelect } from '../blocks';

export enum ConsoleListIds {
  /** The console modal; the request page may show itself in the same modal. */
  View = 'privacy-console',
  FiltersBlock = 'console.list.filters',
  MoreFiltersBlock = 'console.list.filters2',
  PagesBlock = 'console.list.pages',
  RowBlock = 'console.list.row',
  StatusAction = 'console.list.status',
  TrackAction = 'console.list.track',
  LawAction = 'console.list.law',
  TypeAction = 'console.list.type',
  DueAction = 'console.list.due',
  PrevAction = 'console.list.prev',
  NextAction = 'console.list.next',
  ResetAction = 'console.list.reset',
  /** "Back to the list": its value is a list state (empty: the whole register, first page). */
  ShowAction = 'console.list.show',
  CloseAction = 'console.list.close',
  /** Not handled here: the request page's. Its value is the request id. */
  OpenAction = 'console.request.open',
}

/** A block id carrying the list state: `<block>:<state>`. */
export const stateBlockId = (block: string, state: ListState) => `${block}:${encodeListState(state)}`;

/** The list state a block id carries (the text after the first ':'), as text to parse. */
export function stateTextOf(blockId: string | undefined): string {
  const at = blockId?.indexOf(':') ?? -1;
  return blockId && at >= 0 ? blockId.slice(at + 1) : '';
}

export interface ConsoleListData {
  appId: string;
  register: RegisterPage;
  /** What the person asked for (the page as they asked; `register.page` is the one shown). */
  state: ListState;
  now: Date;
}

export function consoleListView(data: ConsoleListData, translator: Translator): IUIKitSurfaceViewParam {
  const { t } = translator;
  const { appId, register } = data;
  const state: ListState = { filter: data.state.filter, page: register.page };
  const blocks: LayoutBlock[] = [section(countsText(register, t)), ...filterBlocks(appId, state, t)];
  if (register.counts.total === 0) blocks.push(section(t('console.none')));
  else if (register.matching === 0) blocks.push(section(t('console.noMatch')));
  else {
    const from = register.page * PAGE_SIZE + 1;
    blocks.push(
      context(
        t('console.shown', {
          from,
          to: from + register.requests.length - 1,
          matching: register.matching,
          page: register.page + 1,
          pages: register.pages,
        }),
      ),
    );
    register.requests.forEach((request, i) =>
      blocks.push(divider(), rowBlock(appId, request, i, state, data.now, translator)),
    );
  }
  const pager = pagerBlock(appId, state, register, t);
  if (pager) blocks.push(divider(), pager);
  return {
    id: ConsoleListIds.View,
    type: UIKitSurfaceType.MODAL,
    title: plain(t('console.title')),
    blocks,
    close: button(
      { appId, blockId: ConsoleListIds.View, actionId: ConsoleListIds.CloseAction },
      t('console.close'),
    ),
  };
}

function countsText({ counts }: RegisterPage, t: Translate): string {
  return t('console.counts', {
    total: counts.total,
    received: counts.stages.received,
    inProgress: counts.stages.in_progress,
    finished: counts.stages.finished,
    overdue: counts.overdue,
    days: DUE_SOON_DAYS,
    dueSoon: counts.dueSoon,
  });
}

function select(
  appId: string,
  blockId: string,
  actionId: ConsoleListIds,
  placeholder: string,
  options: Option[],
  value: string | undefined,
) {
  return staticSelect({ appId, blockId, actionId }, placeholder, options, value ?? ANY);
}

function filterBlocks(appId: string, state: ListState, t: Translate): LayoutBlock[] {
  const { filter } = state;
  const first = stateBlockId(ConsoleListIds.FiltersBlock, state);
  const second = stateBlockId(ConsoleListIds.MoreFiltersBlock, state);
  const statusOptions = [
    option(ANY, t('console.filter.status.any')),
    ...OVERALL_STAGES.map((stage) =>
      option(`overall.${stage}`, t('console.filter.overall', { stage: t(`console.stage.${stage}`) })),
    ),
    ...OPERATOR_STATES.map((state) =>
      option(`operator.${state}`, t('console.filter.operator', { state: t(`console.operator.${state}`) })),
    ),
    ...REQUEST_STATUSES.map((status) =>
      option(`vendor.${status}`, t('console.filter.vendor', { status: t(`request.status.${status}`) })),
    ),
  ];
  const trackOptions = [
    option(ANY, t('console.filter.track.any')),
    option('vendor', t('console.filter.track.vendor')),
    option('operator', t('console.filter.track.operator')),
    option('both', t('console.filter.track.both')),
  ];
  const dueOptions = [
    option(ANY, t('console.filter.due.any')),
    option('overdue', t('console.filter.due.overdue')),
    ...DUE_WITHIN_CHOICES.map((days) => option(String(days), t('console.filter.due.within', { days }))),
  ];
  const lawOptions = [
    option(ANY, t('console.filter.law.any')),
    ...JURISDICTIONS.map((law) => option(law, t(`jurisdiction.${law}`))),
  ];
  const typeOptions = [
    option(ANY, t('console.filter.type.any')),
    ...REQUEST_TYPES.map((type) => option(type, t(`request.type.${type}`))),
  ];
  return [
    actions(first, [
      select(
        appId,
        first,
        ConsoleListIds.StatusAction,
        t('console.filter.status'),
        statusOptions,
        filter.status && statusChoice(filter.status),
      ),
      select(appId, first, ConsoleListIds.TrackAction, t('console.filter.track'), trackOptions, filter.track),
      select(appId, first, ConsoleListIds.DueAction, t('console.filter.due'), dueOptions, dueChoice(filter)),
    ]),
    actions(second, [
      select(appId, second, ConsoleListIds.LawAction, t('console.filter.law'), lawOptions, filter.law),
      select(appId, second, ConsoleListIds.TypeAction, t('console.filter.type'), typeOptions, filter.type),
    ]),
  ];
}

/** One request in a few lines: reference, law, type, who; each track's state; the due date. */
export function rowText(request: PrivacyRequest, now: Date, { t, language }: Translator): string {
  const states = trackStates(request);
  const tracks = [
    ...(states.vendor ? [t('console.row.vendor', { status: t(`request.status.${states.vendor}`) })] : []),
    ...(states.operator
      ? [t('console.row.operator', { state: t(`console.operator.${states.operator}`) })]
      : []),
  ];
  const due = dueOf(request);
  const dueLine = !due
    ? t('console.row.noDue')
    : t(isOverdue(request, now) ? 'console.row.overdue' : 'console.row.due', {
        date: formatDate(due, language),
      });
  return [
    [
      `*${request.ref}*`,
      t(`jurisdiction.${request.jurisdiction}`),
      t(`request.type.${request.type}`),
      `@${request.username}`,
    ].join(' · '),
    tracks.join(' · '),
    dueLine,
  ].join('\n');
}

function rowBlock(
  appId: string,
  request: PrivacyRequest,
  index: number,
  state: ListState,
  now: Date,
  translator: Translator,
): LayoutBlock {
  const blockId = stateBlockId(`${ConsoleListIds.RowBlock}.${index}`, state);
  return section(rowText(request, now, translator), {
    blockId,
    accessory: button(
      { appId, blockId, actionId: ConsoleListIds.OpenAction },
      translator.t('console.row.open'),
      {
        value: request.id,
      },
    ),
  });
}

function pagerBlock(
  appId: string,
  state: ListState,
  register: RegisterPage,
  t: Translate,
): LayoutBlock | undefined {
  const blockId = stateBlockId(ConsoleListIds.PagesBlock, state);
  const ids = (actionId: ConsoleListIds) => ({ appId, blockId, actionId });
  const elements = [
    ...(register.page > 0
      ? [button(ids(ConsoleListIds.PrevAction), t('console.prev'), { value: String(register.page - 1) })]
      : []),
    ...(register.page < register.pages - 1
      ? [button(ids(ConsoleListIds.NextAction), t('console.next'), { value: String(register.page + 1) })]
      : []),
    ...(Object.keys(state.filter).length > 0
      ? [button(ids(ConsoleListIds.ResetAction), t('console.reset'), { value: 'reset' })]
      : []),
  ];
  return elements.length ? actions(blockId, elements) : undefined;
}
