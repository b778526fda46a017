/** `/privacy help` and the answer to an unknown subcommand, as mrkdwn text. */
import type { Translate } from '../../core/i18n/translator';
import type { MessageKey } from '../../core/i18n/messages/en';
import { bullets } from './blocks';

export interface HelpData {
  /** Help keys of the subcommands that exist, in order. */
  entries: MessageKey[];
  unknown?: { input: string; suggestion?: string };
}

export function helpText({ entries, unknown }: HelpData, t: Translate): string {
  const lines: string[] = [];
  if (unknown) {
    lines.push(t('help.unknown', { input: unknown.input }));
    if (unknown.suggestion) lines.push(t('help.didYouMean', { suggestion: unknown.suggestion }));
    lines.push('');
  }
  lines.push(t('help.title'), t('help.usage'), bullets(entries.map((key) => t(key))));
  return lines.join('\n');
}
