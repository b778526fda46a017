/**
 * What the user and the admins read about a request: receipt, status changes, the list, one
 * request with its history, and the ready-to-send email. Pure: (request, translator) -> text.
 */
import { formatDate } from '../../core/i18n/dates';
import type { Translate, Translator } from '../../core/i18n/translator';
import type { HistoryEntry } from '../../core/requests/lifecycle';
import { jurisdictionFacts } from '../../core/policy/jurisdictions';
import { deadlinesFor } from '../../core/requests/deadlines';
import type { PrivacyRequest } from '../../core/requests/request';
import type { Routing } from '../../core/requests/routing';
import { quoteForChat, quoteForEmail, quoteInline } from '../../core/text/quote';
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
>;

/** A workspace-only request that reached the operator is "with the operator", not "received by the vendor". */
export function statusLabel(request: Pick<Req, 'status' | 'routing'>, { t }: Pick<Translator, 't'>): string {
  return request.status === 'delivered' && !request.routing.vendor
    ? t('request.status.with_operator')
    : t(`request.status.${request.status}`);
}

export function categoryList(request: Pick<Req, 'categories'>, { t }: Translator): string {
  return request.categories.length
    ? request.categories.map((c) => t(`category.name.${c}`)).join(', ')
    : t('request.categories.none');
}

/** `preview`: in the modal, before sending (it can point at the vendor checkbox); `record`: after. */
export function routingLines(
  routing: Routing,
  { t }: Translator,
  when: 'preview' | 'record' = 'record',
): string[] {
  const lines: string[] = [];
  if (routing.vendor) lines.push(t(`routing.vendor.${routing.vendor.reason}`));
  if (routing.workspace) lines.push(t(`routing.workspace.${routing.workspace.reason}`));
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
  if (request.due) {
    lines.push(
      t(approximate ? 'request.dueAbout' : 'request.due', { date: formatDate(request.due, language) }),
    );
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
    bullets(routingLines(request.routing, translator)),
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
  // The vendor's words are quoted: they cannot mention, link or pass for the app's own lines.
  if (extra.reason)
    lines.push(t('request.reason', { reason: quoteInline(extra.reason, { maxLength: REASON_MAX }) }));
  if (extra.resultsUrl) lines.push(t('request.results', { url: extra.resultsUrl }));
  if (request.status === 'rejected' && jurisdictionFacts(request.jurisdiction).complaintToAuthority)
    lines.push(t('request.complaint'));
  if (request.status === 'failed')
    lines.push(t('request.failed.contact', { email: extra.dpoEmail, ref: request.ref }));
  return lines.join('\n');
}

export function requestListText(requests: Req[], translator: Translator, limit: number): string {
  const { t, language } = translator;
  if (requests.length === 0) return t('status.none');
  const shown = requests.slice(0, limit).map((r) =>
    t('status.line', {
      ref: r.ref,
      type: t(`request.type.${r.type}`),
      status: statusLabel(r, translator),
      due: r.due ? formatDate(r.due, language) : t('status.noDue'),
    }),
  );
  const more = requests.length > limit ? [t('status.more', { count: requests.length - limit })] : [];
  return [t('status.title'), bullets(shown), ...more, t('status.hint')].join('\n');
}

/** Reasons the app writes are codes, shown in the reader's language; the vendor's own words are quoted. */
const APP_REASONS = ['emailed_to_dpo', 'no_endpoint_no_email', 'passed_to_operator'] as const;
/** How much of a vendor's reason a person reads. */
const REASON_MAX = 500;

function historyReason(entry: HistoryEntry, t: Translate): string {
  const code = APP_REASONS.find((r) => r === entry.reason);
  if (code) return t(`history.reason.${code}`);
  if (entry.status === 'failed') return t('history.reason.undeliverable', { detail: entry.reason ?? '' });
  // A refusal of the create is the endpoint's error text, not a decision about the person: never shown.
  if (entry.status === 'rejected' && entry.source === 'delivery') return t('history.reason.endpoint_refused');
  return t('history.reason.given', { reason: quoteInline(entry.reason ?? '', { maxLength: REASON_MAX }) });
}

export function requestDetailText(request: Req, translator: Translator): string {
  const { t, language } = translator;
  const history = request.history.map(
    (h) =>
      t('status.history', {
        date: formatDate(h.at, language),
        status: t(`request.status.${h.status}`),
        source: t(`history.source.${h.source}`),
      }) + (h.reason ? ` (${historyReason(h, t)})` : ''),
  );
  return [
    t('status.detail.title', { ref: request.ref, status: statusLabel(request, translator) }),
    t('request.receipt.asked', {
      type: t(`request.type.${request.type}`),
      jurisdiction: t(`jurisdiction.${request.jurisdiction}`),
    }),
    t('request.receipt.data', { categories: categoryList(request, translator) }),
    bullets(routingLines(request.routing, translator)),
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
): { subject: string; text: string } {
  const { t, language } = translator;
  const subject = t('email.subject', { ref: request.ref, type: t(`request.type.${request.type}`) });
  const text = [
    t('email.greeting'),
    t('email.intro', { workspace }),
    '',
    `${t('email.field.reference')}: ${request.ref}`,
    `${t('email.field.type')}: ${t(`request.type.${request.type}`)}`,
    `${t('email.field.law')}: ${t(`jurisdiction.${request.jurisdiction}`)}`,
    // Only what the vendor track carries, as in the endpoint's body.
    `${t('email.field.data')}: ${categoryList({ categories: request.routing.vendor?.categories ?? [] }, translator)}`,
    `${t('email.field.user')}: ${request.username} <${request.email}>`,
    `${t('email.field.submitted')}: ${formatDate(request.submittedAt, language)}`,
    ...(request.due ? [`${t('email.field.due')}: ${formatDate(request.due, language)}`] : []),
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
    t('request.receipt.data', { categories: categoryList(request, translator) }),
    ...dueLines(request, translator),
    // What the person typed, quoted: it cannot mention, link or pass for the app's own lines.
    ...(request.details ? [t('admin.details'), quoteForChat(request.details)] : []),
    t('admin.operatorMustAnswer', { email: request.email }),
  ].join('\n');
}
