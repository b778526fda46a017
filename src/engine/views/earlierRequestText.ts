/** What the admins read about a request an earlier version left behind: the notice, and why it comes now. */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { PrivacyRequest } from '../../core/requests/request';
import { adminNoticeText } from './requestEmailText';

export function earlierRequestNoticeText(request: PrivacyRequest, t: Translator): string {
  // The admins may have had it from the earlier version: the notice says why it comes now.
  return [
    adminNoticeText(request, t),
    t.t('admin.earlierRequest', { ref: request.ref, date: formatDate(request.submittedAt, t.language) }),
  ].join('\n');
}
