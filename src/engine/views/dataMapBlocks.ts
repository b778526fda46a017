/**
 * "Where your data goes here", the section of the policy view: the flows to the vendor and to the
 * services the operator chose, what the person can do themselves, and how long messages are kept.
 * Pure: (the stored map, now, translator) -> blocks.
 */
import type { LayoutBlock } from '@rocket.chat/ui-kit';
import type { DataMapRecord } from '../../core/dataFlows/map';
import { flowsOf } from '../../core/dataFlows/flows';
import { selfServiceFor, selfServiceOf } from '../../core/dataFlows/selfService';
import type { SelfServicePath } from '../../core/dataFlows/selfService';
import type { Translate } from '../../core/i18n/translator';
import { POLICY_DEFAULTS } from '../../core/policy/catalog';
import { bullets, context, section } from './blocks';
import { flowLine, keepingLines, mapAge, offLine, selfServiceLine } from './dataMapText';

export const DATA_MAP_BLOCK = 'policy-data-map';

/** Every path the workspace allows, once each, in the order of the rights they serve. */
export function allSelfService(record: DataMapRecord): SelfServicePath[] {
  const self = selfServiceOf(record.facts);
  const paths = (['access', 'erasure', 'rectification'] as const).flatMap((type) =>
    selfServiceFor(type, self),
  );
  return paths.filter((p, i) => paths.findIndex((q) => q.path === p.path) === i);
}

export function dataMapBlocks(record: DataMapRecord | undefined, now: Date, t: Translate): LayoutBlock[] {
  if (!record) return [section(t('map.heading'), { blockId: DATA_MAP_BLOCK }), context(t('map.notYet'))];
  const flows = flowsOf(record.facts);
  const lines = (recipient: 'vendor' | 'third_party') =>
    flows
      .filter((f) => f.recipient === recipient)
      .map((f) => flowLine(f, t))
      .filter((line): line is string => line !== undefined);
  const vendor = lines('vendor');
  const third = lines('third_party');
  const off = offLine(flows, t);
  const self = allSelfService(record).map((p) => selfServiceLine(p, t));
  return [
    section(`${t('map.heading')}\n${t('map.intro')}`, { blockId: DATA_MAP_BLOCK }),
    context(t('map.asOf', { age: mapAge(record, now, t) })),
    section(
      `${t('map.vendor.heading', { vendor: POLICY_DEFAULTS.vendor })}\n${vendor.length ? bullets(vendor) : t('map.none')}`,
    ),
    section(`${t('map.thirdParty.heading')}\n${third.length ? bullets(third) : t('map.none')}`),
    ...(off ? [context(off)] : []),
    section(`${t('map.self.heading')}\n${self.length ? bullets(self) : t('map.self.none')}`),
    section(`${t('map.keeping.heading')}\n${bullets(keepingLines(selfServiceOf(record.facts), t))}`),
  ];
}
