/**
 * What the admins read about a request the app could neither send nor e-mail before it is
 * uninstalled: everything needed to send it by hand. The last chance, so it carries the person's
 * details (README, "What this app stores"). Pure.
 */
import type { Translator } from '../../core/i18n/translator';
import type { Req } from './requestText';
import { requestEmail } from './requestEmailText';

export function uninstallHandOverText(
  request: Req,
  translator: Translator,
  workspace: string,
  dpoEmail: string,
): string {
  const { t } = translator;
  const { subject, text } = requestEmail(request, translator, workspace, 'vendor');
  return [
    t('uninstall.handOver.title', { ref: request.ref }),
    t('uninstall.handOver.todo', { email: dpoEmail }),
    '',
    '```',
    subject,
    '',
    text,
    '```',
  ].join('\n');
}
