/** A request as the DPO and the admins read it: the e-mail, the ready-to-send e-mail, the admins' notice. Pure. */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import { effectOf } from '../../core/requests/deadlines';
import { addressForEmail, quoteForEmail } from '../../core/text/quote';
import type { Req } from './requestText';
import { categoryList, dueLines } from './requestText';

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

/**
 * The admins' notice of a new request, posted in a room: the reference, law, type, what each track
 * got and the due date, nothing more. Who asked and what they wrote are for the console alone
 * (`/privacy admin`), never a room many people read (data minimisation, issue 11).
 */
export function adminNoticeText(request: Req, translator: Translator): string {
  const { t } = translator;
  return [
    t('admin.newRequest', {
      ref: request.ref,
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
    t('admin.operatorMustAnswer'),
  ].join('\n');
}
