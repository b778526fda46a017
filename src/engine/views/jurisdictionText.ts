/** The rights and clocks of one regime as lines of text, shared by the policy view and messages. */
import { formatDuration } from '../../core/i18n/durations';
import type { Translate } from '../../core/i18n/translator';
import type { MessageKey } from '../../core/i18n/messages/en';
import type { Jurisdiction, JurisdictionFacts, Right } from '../../core/policy/jurisdictions';
import { effectOf } from '../../core/requests/deadlines';
import { bullets } from './blocks';

/** Rights a law words its own way (the LGPD's Art. 18, the CCPA's "right to know"); the rest in the GDPR's terms. */
const OWN_WORDS: Partial<Record<Jurisdiction, Partial<Record<Right, MessageKey>>>> = {
  lgpd: {
    rectification: 'right.lgpd.rectification',
    erasure: 'right.lgpd.erasure',
    sharing_information: 'right.lgpd.sharing_information',
    consent_withdrawal: 'right.lgpd.consent_withdrawal',
  },
  ccpa: {
    access: 'right.ccpa.access',
    erasure: 'right.ccpa.erasure',
    rectification: 'right.ccpa.rectification',
  },
};

export const rightKey = (jurisdiction: Jurisdiction, right: Right): MessageKey =>
  OWN_WORDS[jurisdiction]?.[right] ?? `right.${right}`;

export function jurisdictionLines(facts: JurisdictionFacts, t: Translate): string[] {
  const lines = [
    `*${t(`jurisdiction.${facts.id}`)}*`,
    bullets(facts.rights.map((r) => t(rightKey(facts.id, r)))),
  ];
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
  if (effectOf(facts.id, 'consent_withdrawal') === 'at_once') lines.push(t('deadline.atOnce'));
  if (facts.complaintToAuthority) lines.push(t('jurisdiction.complaint'));
  return lines;
}
