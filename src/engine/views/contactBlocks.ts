/** The DPO contact, the policy documents and the version: in the policy view and `/privacy contact`. */
import type { LayoutBlock } from '@rocket.chat/ui-kit';
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { ApplicablePolicy } from '../../core/policy/applicablePolicy';
import { POLICY_LINKS } from '../../core/policy/applicablePolicy';
import { bullets, context, link, section } from './blocks';

export function contactLines(
  policy: Pick<ApplicablePolicy, 'contact' | 'version'>,
  { t, language }: Translator,
): string[] {
  const links = POLICY_LINKS.filter((key) => policy.contact.links[key]).map((key) =>
    link(policy.contact.links[key] as string, t(`link.${key}`)),
  );
  return [
    `${t('policy.contact.heading')}\n${t('contact.dpo', { email: `<mailto:${policy.contact.dpoEmail}|${policy.contact.dpoEmail}>` })}`,
    `${t('policy.documents.heading')}\n${links.length ? bullets(links) : t('contact.noLinks')}`,
    t('contact.version', {
      version: policy.version.version,
      date: formatDate(policy.version.effectiveDate, language),
    }),
  ];
}

export function contactBlocks(
  policy: Pick<ApplicablePolicy, 'contact' | 'version'>,
  translator: Translator,
): LayoutBlock[] {
  const [dpo, documents, version] = contactLines(policy, translator);
  return [section(dpo), section(documents), context(version)];
}
