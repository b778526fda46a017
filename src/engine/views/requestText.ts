/**
 * What the user and the admins read about a request: receipt, status changes, the list, one
 * request with its history, and the ready-to-send email. Pure: (request, translator) -> text.
 */
import { formatDate, formatDateTime } from '../../core/i18n/dates';
import type { Translate, Translator } from '../../core/i18n/translator';
import type { HistoryEntry } from '../../core/requests/lifecycle';
import { jurisdictionFacts } from '../../core/policy/jurisdictions';
import { deadlinesFor, effectOf } from '../../core/requests/deadlines';
import { isAppReason, shownStatus } from '../../core/requests/operatorNotice';
import type { PrivacyRequest, WorkspaceNotice } from '../../core/requests/request';
import type { Routing } from '../../core/requests/routing';
import { addressForEmail, quoteForChat, quoteForEmail, quoteInline } from '../../core/text/quote';
import { bullets } from './blocks';

type Req = Pick<
  PrivacyRequest,
  | 'ref'
  | 'type'
  | 'jurisdiction'
  | 'categories'
  | 'details'
  | 'routing'
  | 'due'
  | 'acknowledgeBy'
  | 'emailVerified'
  | 'status'
  | 'history'
  | 'submittedAt'
  | 'username'
  | 'email'
  | 'apps'
  | 'channel'
  | 'workspaceNotice'
>;

/** The status as the core names it (core/requests/operatorNotice), in the reader's words. */
export function statusLabel(
  request: Pick<Req, 'status' | 'routing'> & Partial<Pick<Req, 'channel'>>,
  { t }: Pick<Translator, 't'>,
): string {
  return t(`request.status.${shownStatus(request)}`);
}

export function categoryList(request: Pick<Req, 'categories'>, { t }: Translator): string {
  return request.categories.length
    ? request.categories.map((c) => t(`category.name.${c}`)).join(', ')
    : t('request.categories.none');
}

/** Who is (preview) or was (record) told about the workspace track; nothing when it is not known. */
function noticeLine(
  notice: WorkspaceNotice | undefined,
  { t }: Translator,
  when: 'preview' | 'record',
  ref: string,
): string[] {
  if (!notice) return [];
  if (when === 'preview')
    return notice.told === 'admins'
      ? [t('routing.admins.preview.admins')]
      : [t('routing.admins.preview.dpo_email', { email: notice.dpoEmail })];
  if (notice.told === 'admins') return [t('routing.admins.admins')];
  if (notice.told === 'dpo_email') return [t('routing.admins.dpo_email', { email: notice.dpoEmail })];
  return [t('routing.admins.nobody', { email: notice.dpoEmail, ref })];
}

/**
 * `preview`: in the modal, before sending (it can point at the vendor checkbox); `record`: after.
 * Each track names exactly the kinds of data it gets.
 */
export function routingLines(
  routing: Routing,
  translator: Translator,
  when: 'preview' | 'record' = 'record',
  notice?: WorkspaceNotice,
  ref = '',
): string[] {
  const { t } = translator;
  const gets = (track: Pick<Req, 'categories'>) =>
    t('routing.data', { categories: categoryList(track, translator) });
  const lines: string[] = [];
  if (routing.vendor) lines.push(`${t(`routing.vendor.${routing.vendor.reason}`)} ${gets(routing.vendor)}`);
  if (routing.workspace)
    lines.push(
      [
        t(`routing.workspace.${routing.workspace.reason}`),
        gets(routing.workspace),
        ...noticeLine(notice, translator, when, ref),
      ].join(' '),
    );
  if (!routing.vendor && routing.vendorOptional)
    lines.push(t(when === 'preview' ? 'routing.vendor.left_out' : 'routing.vendor.not_sent'));
  if (routing.uncertain) lines.push(t('routing.uncertain'));
  return lines;
}

export function dueLines(
  request: Pick<Req, 'due' | 'acknowledgeBy' | 'jurisdiction' | 'type' | 'submittedAt'>,
  { t, language }: Translator,
): string[] {
  const lines: string[] = [];
  const { approximate } = deadlinesFor(request.jurisdiction, request.type, new Date(request.submittedAt));
  const effect = effectOf(request.jurisdiction, request.type);
  if (request.due) {
    const date = formatDate(request.due, language);
    // What takes effect on receipt is not presented as something to wait a month for.
    if (effect === 'at_once') lines.push(t('request.dueAtOnce', { date }));
    else if (effect === 'direct_marketing_at_once') lines.push(t('request.dueDirectMarketing', { date }));
    else lines.push(t(approximate ? 'request.dueAbout' : 'request.due', { date }));
  } else {
    lines.push(t('request.noDeadline'));
  }
  if (request.acknowledgeBy)
    lines.push(t('request.acknowledgeBy', { date: formatDate(request.acknowledgeBy, language) }));
  return lines;
}

export function receiptText(request: Req, translator: Translator): string {
  const { t } = translator;
  const lines = [
    t('request.receipt.title', { ref: request.ref }),
    t('request.receipt.asked', {
      type: t(`request.type.${request.type}`),
      jurisdiction: t(`jurisdiction.${request.jurisdiction}`),
    }),
    t('request.receipt.data', { categories: categoryList(request, translator) }),
    ...(request.apps?.length
      ? [t('request.receipt.apps', { apps: request.apps.map((a) => a.name).join(', ') })]
      : []),
    bullets(routingLines(request.routing, translator, 'record', request.workspaceNotice, request.ref)),
    ...dueLines(request, translator),
  ];
  if (!request.emailVerified) lines.push(t('request.unverifiedEmail'));
  lines.push(t('request.receipt.follow', { ref: request.ref }));
  return lines.join('\n');
}

export function statusChangeText(
  request: Req,
  translator: Translator,
  extra: { reason?: string; resultsUrl?: string; dpoEmail: string },
): string {
  const { t } = translator;
  const lines = [
    t('request.changed', {
      ref: request.ref,
      type: t(`request.type.${request.type}`),
      status: statusLabel(request, translator),
    }),
  ];
  // Only the vendor gives reasons here (a status read or its callback): its words, marked and quoted.
  if (extra.reason)
    lines.push(t('request.reason.vendor', { reason: quoteInline(extra.reason, { maxLength: REASON_MAX }) }));
  if (extra.resultsUrl) lines.push(t('request.results', { url: extra.resultsUrl }));
  if (request.status === 'rejected' && jurisdictionFacts(request.jurisdiction).complaintToAuthority)
    lines.push(t('request.complaint'));
  if (request.status === 'failed')
    lines.push(t('request.failed.contact', { email: extra.dpoEmail, ref: request.ref }));
  return lines.join('\n');
}

/** A request the endpoint could not take in (a 400), passed on to the DPO by email: no vendor wording. */
export function handedOverText(request: Req, translator: Translator, dpoEmail: string): string {
  const { t } = translator;
  return t('request.handedOver', {
    ref: request.ref,
    type: t(`request.type.${request.type}`),
    email: dpoEmail,
  });
}

export function requestListText(requests: Req[], translator: Translator, limit: number): string {
  const { t, language } = translator;
  if (requests.length === 0) return t('status.none');
  const shown = requests.slice(0, limit).map((r) =>
    t(r.due && effectOf(r.jurisdiction, r.type) === 'at_once' ? 'status.lineAtOnce' : 'status.line', {
      ref: r.ref,
      type: t(`request.type.${r.type}`),
      status: statusLabel(r, translator),
      due: r.due ? formatDate(r.due, language) : t('status.noDue'),
    }),
  );
  const more = requests.length > limit ? [t('status.more', { count: requests.length - limit })] : [];
  return [t('status.title'), bullets(shown), ...more, t('status.hint')].join('\n');
}

/** Reasons the app writes are codes (core/requests/operatorNotice), shown in the reader's language. */
/** How much of a vendor's reason a person reads. */
const REASON_MAX = 500;

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

/** `utcOffset`: the reader's time zone in hours (their profile's), so history times are theirs. */
export function requestDetailText(request: Req, translator: Translator, utcOffset?: number): string {
  const { t } = translator;
  const history = request.history.map((h) => historyLine(h, request, translator, utcOffset));
  return [
    t('status.detail.title', { ref: request.ref, status: statusLabel(request, translator) }),
    t('request.receipt.asked', {
      type: t(`request.type.${request.type}`),
      jurisdiction: t(`jurisdiction.${request.jurisdiction}`),
    }),
    t('request.receipt.data', { categories: categoryList(request, translator) }),
    bullets(routingLines(request.routing, translator, 'record', request.workspaceNotice, request.ref)),
    ...dueLines(request, translator),
    t('status.detail.history'),
    bullets(history),
  ].join('\n');
}

/** A request written out as an email to the DPO, in the requester's language. */
export function requestEmail(
  request: Req,
  translator: Translator,
  workspace: string,
  track: 'vendor' | 'workspace' = 'vendor',
): { subject: string; text: string } {
  const { t, language } = translator;
  // Two parts of one request reach the same DPO: each says which part it is.
  const twoParts = Boolean(request.routing.vendor && request.routing.workspace);
  const subject = t(twoParts ? `email.subject.${track}` : 'email.subject', {
    ref: request.ref,
    type: t(`request.type.${request.type}`),
  });
  const effect = effectOf(request.jurisdiction, request.type);
  // What takes effect on receipt says so, as in the chat texts; other requests carry their due date.
  const due = !request.due
    ? []
    : effect
      ? dueLines(request, translator).slice(0, 1)
      : [`${t('email.field.due')}: ${formatDate(request.due, language)}`];
  const text = [
    t('email.greeting'),
    t('email.intro', { workspace }),
    ...(twoParts ? [t(`email.part.${track}`)] : []),
    '',
    `${t('email.field.reference')}: ${request.ref}`,
    `${t('email.field.type')}: ${t(`request.type.${request.type}`)}`,
    `${t('email.field.law')}: ${t(`jurisdiction.${request.jurisdiction}`)}`,
    // Only what the track carries (for the vendor track, as in the endpoint's body).
    `${t('email.field.data')}: ${categoryList({ categories: request.routing[track]?.categories ?? [] }, translator)}`,
    // As the DPO needs it (a plain-text e-mail renders no markdown), on one line and without controls.
    `${t('email.field.user')}: ${request.username} ${addressForEmail(request.email)}`,
    `${t('email.field.submitted')}: ${formatDate(request.submittedAt, language)}`,
    ...due,
    '',
    request.details ? `${t('email.field.details')}:\n${quoteForEmail(request.details)}` : '',
  ]
    .join('\n')
    .trim();
  return { subject, text };
}

export function readyToSendText(
  request: Req,
  translator: Translator,
  dpoEmail: string,
  workspace: string,
): string {
  const { subject, text } = requestEmail(request, translator, workspace);
  return [
    translator.t('email.readyToSend', { email: dpoEmail }),
    '```',
    `${translator.t('email.to')}: ${dpoEmail}`,
    `${translator.t('email.subjectLabel')}: ${subject}`,
    '',
    // A code fence in the details must not close this one.
    text.replace(/`/g, 'ˋ'),
    '```',
  ].join('\n');
}

export function adminNoticeText(request: Req, translator: Translator): string {
  const { t } = translator;
  return [
    t('admin.newRequest', {
      ref: request.ref,
      username: request.username,
      type: t(`request.type.${request.type}`),
      jurisdiction: t(`jurisdiction.${request.jurisdiction}`),
    }),
    // Exactly what each track got: the operator (these admins) and, when it has a track, the vendor.
    t('request.receipt.data', {
      categories: categoryList(request.routing.workspace ?? request, translator),
    }),
    ...(request.routing.vendor
      ? [t('admin.vendorGets', { categories: categoryList(request.routing.vendor, translator) })]
      : []),
    ...dueLines(request, translator),
    // What the person typed, quoted: it cannot mention, link or pass for the app's own lines.
    ...(request.details ? [t('admin.details'), quoteForChat(request.details)] : []),
    t('admin.operatorMustAnswer', { email: quoteInline(request.email) }),
  ].join('\n');
}
