/** The admins' message about new posture findings (app/dataFlows/postureNews). Pure. */
import type { Finding } from '../../core/dataFlows/posture';
import type { Translate } from '../../core/i18n/translator';
import { findingLines } from './dataMapText';

export function postureNewsText(news: Finding[], t: Translate): string {
  return [t('posture.news', { count: String(news.length) }), ...news.map((f) => findingLines(f, t))].join(
    '\n\n',
  );
}
