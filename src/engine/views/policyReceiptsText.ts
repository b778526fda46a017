/** What a person has read of the policy, one short line for `/privacy status`. Pure. */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { Acknowledgement } from '../../core/policyUpdates/notice';
import type { AcknowledgementCount } from '../../core/policyUpdates/counts';
import { bullets } from './blocks';

/** '' when they have acknowledged nothing. Newest first. */
export function policyReceiptsText(acks: readonly Acknowledgement[], { t, language }: Translator): string {
  if (acks.length === 0) return '';
  const list = [...acks]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((a) =>
      t('status.policyReceipt', {
        version: a.version,
        date: formatDate(a.effectiveDate, language),
        at: formatDate(a.at, language),
      }),
    )
    .join('; ');
  return t('status.policyReceipts', { list });
}

/** `/privacy admin acks`: how many of how many active users acknowledged each edition. */
export function acknowledgementCountsText(
  counts: readonly AcknowledgementCount[],
  { t, language }: Translator,
): string {
  if (counts.length === 0) return [t('admin.acks.title'), t('admin.acks.none')].join('\n');
  const lines = counts.map((c) =>
    t('admin.acks.line', {
      version: c.version,
      date: formatDate(c.effectiveDate, language),
      acknowledged: c.acknowledged,
      active: c.active,
    }),
  );
  return [t('admin.acks.title'), bullets(lines), t('admin.acks.note')].join('\n');
}
