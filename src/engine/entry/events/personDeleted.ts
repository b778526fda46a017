/**
 * A person deleted from the workspace (IPostUserDeleted): the app forgets them at once, except
 * their open requests, kept until final and then erased by the daily retention run.
 */
import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUserContext } from '@rocket.chat/apps-engine/definition/users';
import { forgetPerson } from '../../../app/retention/retention';
import type { EngineCall } from '../../adapters/engineCall';
import { retentionPorts } from '../jobs/retention';

/**
 * The engine's own typing of IPostUserDeleted names the method of IPostUserCreated (a slip in
 * 1.53's definition); the engine calls `executePostUserDeleted`. The app implements this one, of
 * the same name, so the packager lists `IPostUserDeleted` and the method is the one called.
 */
export interface IPostUserDeleted {
  executePostUserDeleted(
    context: IUserContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<void>;
}

export async function forgetDeletedPerson(call: EngineCall, context: IUserContext): Promise<void> {
  const userId = context?.user?.id;
  if (!userId) return;
  try {
    const { kept } = await forgetPerson(retentionPorts(call), userId);
    call.logger.debug(`a deleted person's records erased; ${kept} open request(s) kept until final`);
  } catch (error) {
    call.logger.error('erasing a deleted person failed', String((error as Error)?.message ?? error));
  }
}
