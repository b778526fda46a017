/** The Notifier and People ports over the call: direct messages from the app user, the admins as configured. */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { Translator } from '../../../core/i18n/translator';
import type { Notifier } from '../../../core/ports/messaging';
import type { EngineCall } from '../engineCall';
import { tellAdmins } from './admins';
import { sendDirectMessage } from './notifier';
import { tellRequester } from './tellRequester';

/**
 * The person a call was made by, already read with their translator: told without reading their
 * account again (every read is a round trip between the app's process and the server).
 */
export interface KnownPerson {
  user: IUser;
  translator: Translator;
}

export function notifierOver(
  call: Pick<EngineCall, 'read' | 'modify' | 'settings' | 'logger'>,
  known?: KnownPerson,
): Notifier {
  const { read, modify, logger } = call;
  return {
    tellRequester(request, text) {
      if (known && known.user.id === request.userId)
        return sendDirectMessage(read, modify, known.user, text(known.translator));
      return tellRequester(read, modify, request, text, logger);
    },
    tellAdmins: (text) => tellAdmins(call, text),
  };
}

/** The Notifier for a call made by nobody in particular (a job, the callback endpoint). */
export function notifierOf(call: Pick<EngineCall, 'read' | 'modify' | 'settings' | 'logger'>): Notifier {
  return notifierOver(call);
}
