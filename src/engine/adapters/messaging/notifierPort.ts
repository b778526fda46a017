/** The Notifier and People ports over the call: direct messages from the app user, found by user id. */
import type { Notifier } from '../../../core/ports/messaging';
import type { People } from '../../../core/ports/people';
import type { EngineCall } from '../engineCall';
import { tellAdmins } from './admins';
import { tellRequester } from './tellRequester';

type MessagingCall = Pick<EngineCall, 'read' | 'modify' | 'settings' | 'logger'>;

export function notifierOf(call: MessagingCall): Notifier {
  return {
    tellRequester: (request, text) => tellRequester(call.read, call.modify, request, text, call.logger),
    tellAdmins: (text) => tellAdmins(call, text),
  };
}

export function peopleOf(call: Pick<EngineCall, 'read'>): People {
  return {
    async usernameOf(userId) {
      return (await call.read.getUserReader().getById(userId))?.username || undefined;
    },
  };
}
