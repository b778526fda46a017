/** Why a move on the operator's track was refused, in the admin's language, naming the law's rule. */
import { formatDate } from '../../core/i18n/dates';
import { formatDuration } from '../../core/i18n/durations';
import type { Translator } from '../../core/i18n/translator';
import { jurisdictionFacts } from '../../core/policy/jurisdictions';
import { OPT_OUTS } from '../../core/requests/deadlines';
import type { OperatorContext, OperatorMoved } from '../../core/requests/operatorTrack';

type Refused = Extract<OperatorMoved, { ok: false }>;

export function operatorRefusalText(
  refused: Refused,
  request: Pick<OperatorContext, 'jurisdiction' | 'type'>,
  { t, language }: Translator,
): string {
  const facts = jurisdictionFacts(request.jurisdiction);
  const optOut = !!facts.optOutDue && OPT_OUTS.includes(request.type);
  const period = optOut ? facts.optOutDue : facts.answerDue;
  return t(`operator.refusal.${refused.refusal}`, {
    law: t(`jurisdiction.${request.jurisdiction}`),
    ...(period ? { period: formatDuration(period, t) } : {}),
    ...(facts.extension ? { extension: formatDuration(facts.extension, t) } : {}),
    ...(refused.date ? { date: formatDate(refused.date, language) } : {}),
  });
}
