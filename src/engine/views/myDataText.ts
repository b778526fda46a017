/** `/privacy mydata`: what the app stores about the person, and what their delete did. Pure. */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { DeletionPlan, MyData, StoredRequest } from '../../core/myData/myData';
import { quoteForChat, quoteInline } from '../../core/text/quote';
import { bullets } from './blocks';
import type { Req } from './requestText';
import { trackedStatusLabel } from './requestText';
import { policyReceiptsText } from './policyReceiptsText';

type Shown = Req & StoredRequest;

/** What the person wrote is shown in full (it is theirs), quoted so it cannot pass for the app's words. */
const DETAILS_MAX = 2000;

function requestLines(requests: readonly Shown[], translator: Translator): string[] {
  const { t, language } = translator;
  return requests.flatMap((r) => {
    const head = t('mydata.request', {
      ref: r.ref,
      type: t(`request.type.${r.type}`),
      law: t(`jurisdiction.${r.jurisdiction}`),
      status: trackedStatusLabel(r, translator),
      submitted: formatDate(r.submittedAt, language),
      due: r.due ? formatDate(r.due, language) : t('status.noDue'),
      email: r.email,
    });
    const wrote = r.details.trim()
      ? `${t('mydata.request.wrote')}\n${quoteForChat(r.details, { maxLength: DETAILS_MAX })}`
      : t('mydata.request.noText');
    return [`• ${head}`, wrote];
  });
}

export function myDataText(
  view: { data: MyData<Shown>; plan: DeletionPlan },
  translator: Translator,
): string {
  const { t, language } = translator;
  const { data } = view;
  const parts = [
    t('mydata.title'),
    t('mydata.where'),
    '',
    t('mydata.requests', { count: data.requests.length }),
  ];
  parts.push(...requestLines(data.requests, translator));
  if (data.drafts.length > 0) {
    parts.push('', t('mydata.drafts', { count: data.drafts.length }));
    parts.push(
      bullets(
        data.drafts.map((d) =>
          t('mydata.draft', {
            type: t(`request.type.${d.type}`),
            law: t(`jurisdiction.${d.jurisdiction}`),
            at: d.savedAt ? formatDate(d.savedAt, language) : '–',
          }),
        ),
      ),
    );
  }
  const more: string[] = [];
  if (data.jurisdiction) more.push(t('mydata.law', { law: t(`jurisdiction.${data.jurisdiction}`) }));
  if (data.appsFilter) {
    const words = [
      data.appsFilter.query ? quoteInline(data.appsFilter.query) : '',
      data.appsFilter.category ?? '',
    ]
      .filter(Boolean)
      .join(', ');
    more.push(t('mydata.appsFilter', { filter: words || '–' }));
  }
  const receipts = policyReceiptsText(data.acknowledgements, translator);
  if (receipts) more.push(receipts);
  if (data.noticesShown.length > 0) {
    const list = data.noticesShown
      .map((n) =>
        t('mydata.notice', {
          version: n.version,
          first: formatDate(n.firstAt, language),
          last: formatDate(n.lastAt, language),
        }),
      )
      .join('; ');
    more.push(t('mydata.notices', { list }));
  }
  if (data.claims.length > 0) more.push(t('mydata.claims', { count: data.claims.length }));
  if (more.length > 0) parts.push('', ...more);
  parts.push('', t('mydata.deleteHint'), t('mydata.keptNote'));
  return parts.join('\n');
}

/** What `/privacy mydata delete` deleted, and what it kept (with why). */
export function myDataDeletedText(plan: DeletionPlan, translator: Translator): string {
  const { t } = translator;
  const d = plan.deletable;
  const gone = [
    ...(d.drafts.length > 0 ? [t('mydata.deleted.drafts', { count: d.drafts.length })] : []),
    ...(d.jurisdiction ? [t('mydata.deleted.law')] : []),
    ...(d.appsFilter ? [t('mydata.deleted.appsFilter')] : []),
    ...(d.noticesShown.length > 0 ? [t('mydata.deleted.notices', { count: d.noticesShown.length })] : []),
    ...(d.claims.length > 0 ? [t('mydata.deleted.claims', { count: d.claims.length })] : []),
  ];
  const kept = t('mydata.deleted.kept', {
    open: plan.kept.openRequests,
    finished: plan.kept.finishedRequests,
    acks: plan.kept.acknowledgements,
    claims: plan.kept.claims,
  });
  const head = gone.length > 0 ? [t('mydata.deleted.title'), bullets(gone)] : [t('mydata.deleted.nothing')];
  return [...head, kept, t('mydata.keptNote')].join('\n');
}
