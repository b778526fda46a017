/** "I have read it" under a policy-update notice or announcement. */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { acknowledgePolicy } from '../../../app/policyUpdates/notice';
import { formatDate } from '../../../core/i18n/dates';
import type { EngineCall } from '../../adapters/engineCall';
import { notifyEphemeral, sendDirectMessage } from '../../adapters/messaging/notifier';
import { editionInForce } from '../../adapters/messaging/policyUpdates';
import { policyUpdatesStore } from '../../adapters/persistence/policyUpdates';
import { translatorFor } from '../../adapters/server/userLanguage';
import { PolicyUpdateIds } from '../../views/policyUpdateNotice';

export const isPolicyUpdateAction = (actionId: string): boolean => actionId === PolicyUpdateIds.AckAction;

export async function handlePolicyUpdateAction(
  call: EngineCall,
  { user, value, room }: { user: IUser; value: unknown; room?: IRoom },
): Promise<void> {
  // The value is the edition's key; anything that is not the announced edition in force changes nothing.
  const key = typeof value === 'string' ? value.slice(0, 300) : '';
  const store = policyUpdatesStore(call.read.getPersistenceReader(), call.persistence);
  const [result, tr] = await Promise.all([
    acknowledgePolicy(store, user.id, key, await editionInForce(call), call.now()),
    translatorFor(user, call.read),
  ]);
  const text =
    result.kind === 'recorded'
      ? tr.t('policyUpdate.acknowledged', {
          version: result.acknowledgement.version,
          date: formatDate(result.acknowledgement.effectiveDate, tr.language),
        })
      : tr.t('policyUpdate.notAnnounced');
  if (room) await notifyEphemeral(call.read, call.modify, user, room, text);
  else await sendDirectMessage(call.read, call.modify, user, text);
}
