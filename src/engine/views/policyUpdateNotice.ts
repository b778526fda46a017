/**
 * The announcement of a policy update, and the notice each person sees until they have read it:
 * the edition, the admin's "what changed" (quoted: typed text never acts), the link to the full
 * policy, and the button "I have read it". Pure.
 */
import type { LayoutBlock } from '@rocket.chat/ui-kit';
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import type { Announcement } from '../../core/policyUpdates/updates';
import { editionKey, WHAT_CHANGED_MAX } from '../../core/policyUpdates/updates';
import { quoteForChat } from '../../core/text/quote';
import { actions, button, context, section } from './blocks';

export enum PolicyUpdateIds {
  Block = 'policy-update',
  AckAction = 'policy-update-ack',
}

export interface PolicyUpdateNotice {
  announcement: Announcement;
  /** The full policy's address ('' when none is set). */
  fullPolicyUrl: string;
}

export function policyUpdateText(
  { announcement, fullPolicyUrl }: PolicyUpdateNotice,
  tr: Translator,
): string {
  const { t, language } = tr;
  const lines = [
    t('policyUpdate.title', {
      version: announcement.version,
      date: formatDate(announcement.effectiveDate, language),
    }),
  ];
  const changed = quoteForChat(announcement.whatChanged, { maxLength: WHAT_CHANGED_MAX });
  if (changed) lines.push(t('policyUpdate.whatChanged'), changed);
  if (fullPolicyUrl) lines.push(t('policyUpdate.fullPolicy', { link: fullPolicyUrl }));
  return lines.join('\n');
}

export function policyUpdateBlocks(appId: string, notice: PolicyUpdateNotice, tr: Translator): LayoutBlock[] {
  return [
    section(policyUpdateText(notice, tr)),
    context(tr.t('policyUpdate.ackHint')),
    actions(PolicyUpdateIds.Block, [
      button(
        { appId, blockId: PolicyUpdateIds.Block, actionId: PolicyUpdateIds.AckAction },
        tr.t('policyUpdate.ackButton'),
        { value: editionKey(notice.announcement), style: 'primary' },
      ),
    ]),
  ];
}
