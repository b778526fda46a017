/** The admins' daily due-date alert: reference, law, type and due date of each request, nothing more. Pure. */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { DueAlert, DueItem } from '../../core/operator/dueAlerts';

export function dueAlertText(alert: DueAlert, translator: Translator): string {
  const { t, language } = translator;
  const line = (item: DueItem) =>
    `• ${t('admin.dueAlert.line', {
      ref: item.ref,
      type: t(`request.type.${item.type}`),
      jurisdiction: t(`jurisdiction.${item.jurisdiction}`),
      date: formatDate(item.due, language),
    })}`;
  return [
    t('admin.dueAlert.title'),
    ...(alert.overdue.length ? ['', t('admin.dueAlert.overdue'), ...alert.overdue.map(line)] : []),
    ...(alert.dueSoon.length
      ? ['', t('admin.dueAlert.dueSoon', { days: alert.days }), ...alert.dueSoon.map(line)]
      : []),
  ].join('\n');
}
