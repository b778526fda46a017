/** `/privacy admin posture`: the findings, most severe first, each with what to change. Pure. */
import type { DataMapRecord } from '../../core/dataFlows/map';
import { findingsOf } from '../../core/dataFlows/posture';
import type { Translate } from '../../core/i18n/translator';
import { findingLines, mapAge } from './dataMapText';

export function postureText(record: DataMapRecord | undefined, now: Date, t: Translate): string {
  if (!record) return [t('posture.title'), t('posture.notYet')].join('\n');
  const findings = findingsOf(record.facts);
  // A blank line between findings: each is three lines (what, how to change it, the settings).
  return [
    `${t('posture.title')}\n${t('posture.asOf', { age: mapAge(record, now, t) })}`,
    ...(findings.length ? findings.map((f) => findingLines(f, t)) : [t('posture.none')]),
  ].join('\n\n');
}
