/**
 * A request's page in the admin console (a modal): who asked what under which law, when it is due,
 * both tracks, the whole history with who did what, and the moves valid in the request's state.
 * The only place that shows the person's name and email. Pure: (data, translator) -> surface.
 */
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { ButtonElement, LayoutBlock } from '@rocket.chat/ui-kit';
import { formatDate, formatDateTime } from '../../../core/i18n/dates';
import type { Translator } from '../../../core/i18n/translator';
import type { OperatorMove } from '../../../core/requests/operatorMoves';
import { isFinalOperatorState } from '../../../core/requests/operatorMoves';
import { isFinal } from '../../../core/requests/lifecycle';
import type { HistoryEntry } from '../../../core/requests/lifecycle';
import type { PrivacyRequest } from '../../../core/requests/request';
import { quoteForChat, quoteInline } from '../../../core/text/quote';
import { actions, bullets, button, divider, plain, section } from '../blocks';
import { categoryList, REASON_MAX, statusLabel } from '../requestText';
import { CONSOLE_LIST_SHOW, ConsoleRequestIds, pageViewId } from './requestIds';

export interface RequestPageData {
  appId: string;
  request: PrivacyRequest;
  /** The server's clock: what is overdue. */
  now: Date;
  /** User id -> username, for the person and whoever moved the request (absent: the account is gone). */
  accountNames: Record<string, string>;
  /** The person's display name, as their account says now. */
  personName?: string;
  /** A vendor delivery of this request is waiting in the outbox (the retry button). */
  retryable: boolean;
  /** What the last action did, shown at the top. */
  notice?: string;
  /** The reader's time zone (hours), for history times. */
  utcOffset?: number;
}

/** The due date in force: the operator's extended one, else the law's. */
export const dueOf = (request: Pick<PrivacyRequest, 'due' | 'operatorTrack'>) =>
  request.operatorTrack?.due ?? request.due;

/** Open on either track, so a due date that passed is overdue. */
function stillOpen(request: PrivacyRequest): boolean {
  const track = request.operatorTrack;
  if (request.routing.workspace) return !track || !isFinalOperatorState(track.state);
  return !isFinal(request.status);
}

function who(userId: string, data: RequestPageData, { t }: Translator): string {
  const name = data.accountNames[userId];
  return name ? `@${name}` : t('console.request.unknownUser');
}

type Line = { at: string; text: string };

function statusLine(h: HistoryEntry, data: RequestPageData, translator: Translator): Line {
  const { t, language } = translator;
  const { request } = data;
  const status = statusLabel(
    { status: h.status, routing: request.routing, channel: request.channel },
    translator,
  );
  const reason = h.reason ? ` ${quoteInline(h.reason, { maxLength: REASON_MAX })}` : '';
  return {
    at: h.at,
    text:
      t('console.history.status', {
        date: formatDateTime(h.at, language, data.utcOffset),
        status,
        source: t(`console.source.${h.source}`),
      }) + reason,
  };
}

function moveLine(m: OperatorMove, data: RequestPageData, translator: Translator): Line {
  const { t, language } = translator;
  const date = formatDateTime(m.at, language, data.utcOffset);
  const by = who(m.by, data, translator);
  const written = m.text?.trim() ? `\n${quoteForChat(m.text.trim())}` : '';
  switch (m.move) {
    case 'take':
      return { at: m.at, text: t('console.history.take', { date, who: by }) };
    case 'extend':
      return {
        at: m.at,
        text: t('console.history.extend', { date, who: by, due: formatDate(m.due, language) }) + written,
      };
    case 'answer': {
      const link = m.link ? `\n${t('console.history.link', { link: m.link })}` : '';
      const outcome = t(`console.operator.outcome.${m.outcome}`);
      return { at: m.at, text: t('console.history.answer', { date, who: by, outcome }) + written + link };
    }
    case 'note':
      return { at: m.at, text: t('console.history.note', { date, who: by }) + written };
    case 'withdraw':
      return { at: m.at, text: t('console.history.withdraw', { date }) };
  }
}

/** Both tracks' history, oldest first. */
export function historyLines(data: RequestPageData, translator: Translator): string[] {
  const lines = [
    ...data.request.history.map((h) => statusLine(h, data, translator)),
    ...(data.request.operatorTrack?.moves ?? []).map((m) => moveLine(m, data, translator)),
  ];
  return lines.sort((a, b) => a.at.localeCompare(b.at)).map((l) => l.text);
}

function personLine(data: RequestPageData, { t }: Translator): string {
  const { username, email } = data.request;
  return data.personName
    ? t('console.request.person', { username, name: data.personName, email })
    : t('console.request.personNoName', { username, email });
}

function trackLines(data: RequestPageData, translator: Translator): string[] {
  const { t, language } = translator;
  const { request } = data;
  const lines: string[] = [];
  const { vendor, workspace } = request.routing;
  if (vendor) {
    lines.push(
      t('console.request.vendorTrack', {
        status: statusLabel(request, translator),
        categories: categoryList(vendor, translator),
      }),
    );
    const { failures, nextAttemptAt } = request.delivery;
    if (failures > 0 && nextAttemptAt)
      lines.push(
        t('console.request.vendorFailures', {
          count: failures,
          date: formatDateTime(nextAttemptAt, language, data.utcOffset),
        }),
      );
  } else lines.push(t('console.request.vendorTrack.none'));
  if (workspace) {
    const track = request.operatorTrack;
    lines.push(
      t('console.request.operatorTrack', {
        state: t(`console.operator.state.${track?.state ?? 'new'}`),
        categories: categoryList(workspace, translator),
      }),
    );
    if (track?.takenBy)
      lines.push(t('console.request.takenBy', { who: who(track.takenBy, data, translator) }));
    if (track?.outcome)
      lines.push(t('console.request.outcome', { outcome: t(`console.operator.outcome.${track.outcome}`) }));
  } else lines.push(t('console.request.operatorTrack.none'));
  return lines;
}

/** The moves valid in the request's state, then the resend and the way back. */
export function pageButtons(data: RequestPageData, { t }: Translator): ButtonElement[] {
  const { appId, request } = data;
  const state = request.routing.workspace ? (request.operatorTrack?.state ?? 'new') : undefined;
  const make = (actionId: string, key: Parameters<Translator['t']>[0], extra: Partial<ButtonElement> = {}) =>
    button({ appId, blockId: ConsoleRequestIds.ActionsBlock, actionId }, t(key), {
      value: request.id,
      ...extra,
    });
  const buttons: ButtonElement[] = [];
  if (state === 'new')
    buttons.push(make(ConsoleRequestIds.Take, 'console.action.take', { style: 'primary' }));
  if (state === 'in_progress') {
    buttons.push(make(ConsoleRequestIds.Answer, 'console.action.answer', { style: 'primary' }));
    buttons.push(make(ConsoleRequestIds.Extend, 'console.action.extend'));
  }
  if (state) buttons.push(make(ConsoleRequestIds.Note, 'console.action.note'));
  if (data.retryable) buttons.push(make(ConsoleRequestIds.Retry, 'console.action.retry'));
  buttons.push(make(ConsoleRequestIds.Resend, 'console.action.resend'));
  buttons.push(make(CONSOLE_LIST_SHOW, 'console.action.back', { value: '' }));
  return buttons;
}

export function requestPage(data: RequestPageData, translator: Translator): IUIKitSurfaceViewParam {
  const { t, language } = translator;
  const { request } = data;
  const due = dueOf(request);
  const overdue = !!due && new Date(due).getTime() < data.now.getTime() && stillOpen(request);
  const dueLine = due
    ? t(overdue ? 'console.request.overdue' : 'console.request.due', { date: formatDate(due, language) })
    : t('console.request.noDue');
  const details = request.details.trim()
    ? quoteForChat(request.details.trim())
    : t('console.request.noDetails');
  const blocks: LayoutBlock[] = [
    ...(data.notice ? [section(data.notice), divider()] : []),
    section(
      [
        t('console.request.heading', {
          ref: request.ref,
          type: t(`request.type.${request.type}`),
          law: t(`jurisdiction.${request.jurisdiction}`),
        }),
        t('console.request.submitted', {
          date: formatDateTime(request.submittedAt, language, data.utcOffset),
        }),
        dueLine,
        personLine(data, translator),
        ...(request.emailVerified ? [] : [t('console.request.unverified')]),
      ].join('\n'),
    ),
    section([t('console.request.details'), details].join('\n')),
    section(trackLines(data, translator).join('\n')),
    actions(ConsoleRequestIds.ActionsBlock, pageButtons(data, translator)),
    divider(),
    section(t('console.request.history')),
    section(bullets(historyLines(data, translator))),
  ];
  return {
    id: pageViewId(request.id),
    type: UIKitSurfaceType.MODAL,
    title: plain(t('console.request.title', { ref: request.ref })),
    close: button(
      { appId: data.appId, blockId: 'close', actionId: 'console.request.close' },
      t('console.action.close'),
    ),
    blocks,
  };
}

/** For a handler who opened a request that is not there (a forged or stale id). */
export function requestNotFound(appId: string, { t }: Translator): IUIKitSurfaceViewParam {
  return {
    id: ConsoleRequestIds.NotFoundView,
    type: UIKitSurfaceType.MODAL,
    title: plain(t('console.notFound.title')),
    close: button({ appId, blockId: 'close', actionId: 'console.request.close' }, t('console.action.close')),
    blocks: [
      section(t('console.notFound')),
      actions(ConsoleRequestIds.ActionsBlock, [
        button(
          { appId, blockId: ConsoleRequestIds.ActionsBlock, actionId: CONSOLE_LIST_SHOW },
          t('console.action.back'),
          { value: '' },
        ),
      ]),
    ],
  };
}
