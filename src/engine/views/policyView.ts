/**
 * The policy view: a contextual bar (it stays beside the conversation and scrolls, which suits a
 * long read). Pure: (policy, translator) -> surface.
 */
import type { LayoutBlock } from '@rocket.chat/ui-kit';
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { ApplicablePolicy } from '../../core/policy/applicablePolicy';
import { POLICY_DEFAULTS } from '../../core/policy/catalog';
import { hostOf } from '../../core/policy/deployment';
import { JURISDICTIONS } from '../../core/policy/jurisdictions';
import { actions, bullets, button, context, divider, option, plain, section, staticSelect } from './blocks';
import { contactBlocks } from './contactBlocks';
import { jurisdictionLines } from './jurisdictionText';
import type { DataMapRecord } from '../../core/dataFlows/map';
import { dataMapBlocks } from './dataMapBlocks';

export enum PolicyViewIds {
  View = 'policy-view',
  JurisdictionBlock = 'policy-jurisdiction',
  JurisdictionAction = 'policy-jurisdiction-select',
  CloseAction = 'policy-close',
  RequestBlock = 'policy-request',
  RequestAction = 'policy-request-open',
}

export interface PolicyViewData {
  appId: string;
  policy: ApplicablePolicy;
  siteUrl?: string;
  /** Where data goes here (the data-map job's record); the section says when it is not read yet. */
  dataMap?: DataMapRecord;
  now?: Date;
}

export function policyView(
  { appId, policy, siteUrl, dataMap, now = new Date() }: PolicyViewData,
  { t, language }: Translator,
): IUIKitSurfaceViewParam {
  const blocks: LayoutBlock[] = [
    section(t('policy.intro', { vendor: POLICY_DEFAULTS.vendor })),
    divider(),
    ...workspaceBlocks(policy, siteUrl, { t, language }),
    divider(),
    section(t('policy.categories.heading')),
    ...policy.categories.map(({ category, processing }) =>
      section(
        `*${t(`category.name.${category}`)}*: ${t(`processing.${processing}`)}\n${t(`category.${category}.${policy.deployment.type}`)}`,
      ),
    ),
    context(t(`policy.categories.note.${policy.deployment.type}`)),
    divider(),
    ...dataMapBlocks(dataMap, now, t),
    divider(),
    section(t('policy.appendices.heading')),
    section(bullets(policy.appendices.map((a) => t(`appendix.${a}`)))),
    divider(),
    section(`${t('policy.jurisdiction.heading')}\n${t('policy.jurisdiction.label')}`, {
      blockId: PolicyViewIds.JurisdictionBlock,
      accessory: staticSelect(
        { appId, blockId: PolicyViewIds.JurisdictionBlock, actionId: PolicyViewIds.JurisdictionAction },
        t('policy.jurisdiction.placeholder'),
        JURISDICTIONS.map((j) => option(j, t(`jurisdiction.${j}`))),
        policy.jurisdiction.id,
      ),
    }),
    section(jurisdictionLines(policy.jurisdiction, t).join('\n')),
    context(t('policy.jurisdiction.hint')),
    actions(PolicyViewIds.RequestBlock, [
      button(
        { appId, blockId: PolicyViewIds.RequestBlock, actionId: PolicyViewIds.RequestAction },
        t('policy.fileRequest'),
        {
          style: 'primary',
        },
      ),
    ]),
    divider(),
    ...contactBlocks(policy, { t, language }),
  ];
  return {
    id: PolicyViewIds.View,
    type: UIKitSurfaceType.CONTEXTUAL_BAR,
    title: plain(t('policy.title')),
    blocks,
    close: button(
      { appId, blockId: PolicyViewIds.View, actionId: PolicyViewIds.CloseAction },
      t('policy.close'),
    ),
  };
}

function workspaceBlocks(
  policy: ApplicablePolicy,
  siteUrl: string | undefined,
  { t, language }: Translator,
): LayoutBlock[] {
  const { type, source, registration } = policy.deployment;
  const date = registration.checkedAt ? formatDate(registration.checkedAt, language) : '';
  const how =
    source === 'admin_setting'
      ? t('deployment.source.admin_setting')
      : source === 'site_url'
        ? t('deployment.source.site_url', { host: hostOf(siteUrl) ?? '' })
        : t(`deployment.source.${registration.outcome}`, { date });
  return [
    section(
      `${t('policy.workspace.heading')}\n*${t(`deployment.type.${type}`)}*\n${t(`deployment.summary.${type}`)}`,
    ),
    context(how),
  ];
}
