/** The answer to `/privacy admin test`, as mrkdwn text in the admin's language. Pure. */
import type { StepResult } from '../../app/admin/endpointCheck';
import type { Translate } from '../../core/i18n/translator';
import { quoteInline } from '../../core/text/quote';

const MARK = { ok: '✅', failed: '❌', skipped: '➖' } as const;

function advice(result: StepResult, t: Translate): string | undefined {
  const setting = t('setting.dsr_endpoint_url');
  if (result.outcome !== 'failed') return undefined;
  switch (result.step) {
    case 'url':
      return result.problem === 'missing'
        ? t('check.fix.url.missing', { setting })
        : t('check.fix.url.invalid', { setting, problem: t(`problem.${result.problem}`) });
    case 'https':
      return result.problem === 'not_https'
        ? t('check.fix.https.not_https', { setting })
        : t('check.fix.https.internal_address', { setting, local: t('setting.dsr_allow_local_endpoint') });
    case 'reachable':
      return t('check.fix.reachable', { setting, reason: t(`check.reason.${result.reason}`) });
    case 'token':
      switch (result.problem) {
        case 'refused':
          return t('check.fix.token.refused', {
            setting: t('setting.dsr_token'),
            status: String(result.status),
          });
        case 'unavailable':
          return t('check.fix.token.unavailable', { status: String(result.status) });
        case 'rate_limited':
          return result.retryAfter === undefined
            ? t('check.fix.token.rate_limited', { status: String(result.status) })
            : t('check.fix.token.rate_limited_for', {
                status: String(result.status),
                seconds: String(result.retryAfter),
              });
        case 'contract':
          return t('check.fix.token.contract', {
            setting,
            status: String(result.status),
            answer: result.answer ? quoteInline(result.answer, { maxLength: 200 }) : t('check.emptyAnswer'),
          });
      }
  }
}

export function endpointCheckText(results: StepResult[], t: Translate): string {
  const lines = [t('check.title')];
  for (const result of results) {
    lines.push(`${MARK[result.outcome]} ${t(`check.step.${result.step}`)}: ${t(`check.${result.outcome}`)}`);
    const fix = advice(result, t);
    if (fix) lines.push(`    ${fix}`);
  }
  if (results.every((r) => r.outcome === 'ok')) lines.push('', t('check.allOk'));
  return lines.join('\n');
}
