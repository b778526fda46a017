/**
 * The policy-update notice, where a person meets the app: at login (a direct message) and at
 * `/privacy` (a notice in the room only they see). Never in the way: a failure is logged.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { noticeToShow } from '../../../app/policyUpdates/notice';
import type { EngineCall } from '../../adapters/engineCall';
import { editionInForce, tellPolicyUpdate } from '../../adapters/messaging/policyUpdates';
import { policyUpdatesStore } from '../../adapters/persistence/policyUpdates';

export async function showPolicyNotice(call: EngineCall, user: IUser, room?: IRoom): Promise<void> {
  try {
    // Not the app's own user nor other bots: only people read policies.
    if (!user?.id || (user.type as string) !== 'user') return;
    const store = policyUpdatesStore(call.read.getPersistenceReader(), call.persistence);
    const announcement = await noticeToShow(store, user.id, () => editionInForce(call), call.now());
    if (announcement) await tellPolicyUpdate(call, user, announcement, room);
  } catch (error) {
    call.logger.error('policy notice failed', String((error as Error)?.message ?? error));
  }
}
