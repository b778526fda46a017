/**
 * What the person reads when the operator moves their request: taken, extended (the new date and
 * the reasons), answered (the outcome, the operator's message, the link they gave). A refusal under
 * GDPR or UK GDPR names the right to complain to a supervisory authority (Art. 12(4)). What the
 * operator typed is quoted: it cannot pass for the app's own lines. A note is internal.
 */
import { formatDate } from '../../core/i18n/dates';
import type { Translator } from '../../core/i18n/translator';
import { jurisdictionFacts } from '../../core/policy/jurisdictions';
import type { OperatorMove } from '../../core/requests/operatorMoves';
import type { PrivacyRequest } from '../../core/requests/request';
import { quoteForChat } from '../../core/text/quote';
import { link } from './blocks';

type Moved = Pick<PrivacyRequest, 'ref' | 'type' | 'jurisdiction' | 'due' | 'operatorTrack'>;

function dueOf(request: Moved): string | undefined {
  return request.operatorTrack?.due ?? request.due;
}

export function operatorMoveText(
  request: Moved,
  move: OperatorMove,
  translator: Translator,
): string | undefined {
  const { t, language } = translator;
  const ref = request.ref;
  const type = t(`request.type.${request.type}`);
  const quoted = move.text?.trim() ? [quoteForChat(move.text.trim())] : [];
  switch (move.move) {
    case 'take': {
      const due = dueOf(request);
      return [
        t('operator.dm.taken', { ref, type }),
        ...(due ? [t('operator.dm.dueBy', { date: formatDate(due, language) })] : []),
      ].join('\n');
    }
    case 'extend':
      return [
        t('operator.dm.extended', { ref, type, date: formatDate(move.due, language) }),
        t('operator.dm.reasons'),
        ...quoted,
      ].join('\n');
    case 'answer': {
      const lines = [t(`operator.dm.answered.${move.outcome}`, { ref, type })];
      if (quoted.length > 0) lines.push(t('operator.dm.message'), ...quoted);
      if (move.link) lines.push(t('operator.dm.link', { link: link(move.link, t('operator.dm.linkLabel')) }));
      if (move.outcome !== 'done' && jurisdictionFacts(request.jurisdiction).complaintToAuthority)
        lines.push(t('operator.dm.complaint'));
      return lines.join('\n');
    }
    // The person withdrew it themselves and is answered by their cancel; a note is internal.
    case 'withdraw':
    case 'note':
      return undefined;
  }
}
