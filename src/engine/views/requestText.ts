/**
 * What the person reads about their request as it moves: the receipt, status changes, where it
 * went (requestHistoryText.ts: the list and the history; requestEmailText.ts: the e-mails). Pure: (request, translator) -> text.
 */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import { jurisdictionFacts } from '../../core/policy/jurisdictions';
import { deadlinesFor, effectOf } from '../../core/requests/deadlines';
import { shownStatus } from '../../core/requests/operatorNotice';
import { shownTracks } from '../../core/requests/shownTracks';
import type { PrivacyRequest, WorkspaceNotice } from '../../core/requests/request';
import type { Routing } from '../../core/requests/routing';
import { quoteInline } from '../../core/text/quote';
import { bullets } from './blocks';

/** How much of a vendor's reason a person reads. */
export const REASON_MAX = 500;

export type Req = Pick<
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
  | 'operatorTrack'
>;

/** The status as the core names it (core/requests/operatorNotice), in the reader's words. */
export function statusLabel(
  request: Pick<Req, 'status' | 'routing'> & Partial<Pick<Req, 'channel'>>,
  { t }: Pick<Translator, 't'>,
): string {
  return t(`request.status.${shownStatus(request)}`);
}

/**
 * Where the request stands on each of its tracks, side by side (core/requests/shownTracks): the
 * vendor's and this workspace's operator's; a request with one track is shown by that one.
 */
export function trackedStatusLabel(
  request: Pick<PrivacyRequest, 'status' | 'routing' | 'operatorTrack' | 'workspaceNotice'> &
    Partial<Pick<PrivacyRequest, 'channel'>>,
  { t }: Pick<Translator, 't'>,
): string {
  const { vendor, operator } = shownTracks(request);
  const vendorLabel = vendor && t(`request.status.${vendor}`);
  const operatorLabel = operator && t(`request.status.${operator}`);
  if (vendorLabel && operatorLabel)
    return t('request.status.tracks', { vendor: vendorLabel, operator: operatorLabel });
  return vendorLabel ?? operatorLabel ?? '';
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
