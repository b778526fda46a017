/** A person's requests as they read them: the list, and one request with its history. Pure. */
import { formatDate, formatDateTime } from '../../core/i18n/dates';
import type { Translate, Translator } from '../../core/i18n/translator';
import type { HistoryEntry } from '../../core/requests/lifecycle';
import { effectOf } from '../../core/requests/deadlines';
import { isAppReason } from '../../core/requests/operatorNotice';
import { quoteInline } from '../../core/text/quote';
import { bullets } from './blocks';
import type { Req } from './requestText';
import {
  statusLabel,
  categoryList,
  routingLines,
  dueLines,
  REASON_MAX,
  trackedStatusLabel,
} from './requestText';

export function requestListText(requests: Req[], translator: Translator, limit: number): string {
  const { t, language } = translator;
  if (requests.length === 0) return t('status.none');
  const shown = requests.slice(0, limit).map((r) =>
    t(r.due && effectOf(r.jurisdiction, r.type) === 'at_once' ? 'status.lineAtOnce' : 'status.line', {
      ref: r.ref,
      type: t(`request.type.${r.type}`),
      status: trackedStatusLabel(r, translator),
      due: r.due ? formatDate(r.due, language) : t('status.noDue'),
    }),
  );
  const more = requests.length > limit ? [t('status.more', { count: requests.length - limit })] : [];
  return [t('status.title'), bullets(shown), ...more, t('status.hint')].join('\n');
}

/** Reasons the app writes are codes (core/requests/operatorNotice), shown in the reader's language. */
function historyReason(entry: HistoryEntry, t: Translate): string {
  if (isAppReason(entry.reason)) return t(`history.reason.${entry.reason}`);
  // Records stored before kept the last error here: the person reads only the app's words.
  if (entry.status === 'failed') return t('history.reason.undeliverable');
  // A refusal of the create is the endpoint's error text, not a decision about the person: never shown.
  if (entry.status === 'rejected' && entry.source === 'delivery') return t('history.reason.endpoint_refused');
  return t('history.reason.given', { reason: quoteInline(entry.reason ?? '', { maxLength: REASON_MAX }) });
}

/** A history line; an operator-only request's steps are told as the operator's, never the vendor's. */
function historyLine(
  h: HistoryEntry,
  request: Pick<Req, 'routing' | 'channel'>,
  translator: Translator,
  utcOffset?: number,
) {
  const { t, language } = translator;
  const operatorOnly = !request.routing.vendor;
  const source =
    operatorOnly && h.source === 'delivery' ? t('history.source.operator') : t(`history.source.${h.source}`);
  return (
    t('status.history', {
      date: formatDateTime(h.at, language, utcOffset),
      status: statusLabel(
        { status: h.status, routing: request.routing, channel: request.channel },
        translator,
      ),
      source,
    }) + (h.reason ? ` (${historyReason(h, t)})` : '')
  );
}

/** The operator's moves the person may read (an internal note is not one of them). */
function operatorLines(request: Pick<Req, 'operatorTrack'>, translator: Translator, utcOffset?: number) {
  const { t, language } = translator;
  return (request.operatorTrack?.moves ?? []).flatMap((m) => {
    const date = formatDateTime(m.at, language, utcOffset);
    switch (m.move) {
      case 'take':
        return [{ at: m.at, line: t('status.operator.taken', { date }) }];
      case 'extend':
        return [
          { at: m.at, line: t('status.operator.extended', { date, due: formatDate(m.due, language) }) },
        ];
      case 'answer':
        return [
          {
            at: m.at,
            line: t('status.operator.answered', {
              date,
              status: t(`request.status.operator_answered_${m.outcome}`),
            }),
          },
        ];
      case 'withdraw':
        return [{ at: m.at, line: t('status.operator.withdrawn', { date }) }];
      case 'note':
        return [];
    }
  });
}

/** `utcOffset`: the reader's time zone in hours (their profile's), so history times are theirs. */
export function requestDetailText(request: Req, translator: Translator, utcOffset?: number): string {
  const { t } = translator;
  // Both tracks' steps in time order; each line says which track moved (the operator's: no names).
  const history = [
    ...request.history.map((h) => ({ at: h.at, line: historyLine(h, request, translator, utcOffset) })),
    ...operatorLines(request, translator, utcOffset),
  ]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((h) => h.line);
  return [
    t('status.detail.title', { ref: request.ref, status: trackedStatusLabel(request, translator) }),
    t('request.receipt.asked', {
      type: t(`request.type.${request.type}`),
      jurisdiction: t(`jurisdiction.${request.jurisdiction}`),
    }),
    t('request.receipt.data', { categories: categoryList(request, translator) }),
    bullets(routingLines(request.routing, translator, 'record', request.workspaceNotice, request.ref)),
    ...dueLines(request, translator),
    ...(request.operatorTrack?.due
      ? [t('status.operatorDue', { date: formatDate(request.operatorTrack.due, translator.language) })]
      : []),
    t('status.detail.history'),
    bullets(history),
  ].join('\n');
}
