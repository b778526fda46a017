/** The rights and clocks of one regime as lines of text, shared by the policy view and messages. */
import { formatDuration } from '../../core/i18n/durations';
import type { Translate } from '../../core/i18n/translator';
import type { JurisdictionFacts } from '../../core/policy/jurisdictions';
import { bullets } from './blocks';

export function jurisdictionLines(facts: JurisdictionFacts, t: Translate): string[] {
  const lines = [`*${t(`jurisdiction.${facts.id}`)}*`, bullets(facts.rights.map((r) => t(`right.${r}`)))];
  lines.push(
    facts.answerDue
      ? t('deadline.answer', { duration: formatDuration(facts.answerDue, t) })
      : t('deadline.none'),
  );
  if (facts.extension) lines.push(t('deadline.extension', { duration: formatDuration(facts.extension, t) }));
  if (facts.acknowledgement)
    lines.push(t('deadline.acknowledgement', { duration: formatDuration(facts.acknowledgement, t) }));
  if (facts.optOutDue) lines.push(t('deadline.optOut', { duration: formatDuration(facts.optOutDue, t) }));
  if (facts.acknowledgement || facts.optOutDue) lines.push(`_${t('deadline.about')}_`);
  if (facts.complaintToAuthority) lines.push(t('jurisdiction.complaint'));
  return lines;
}
