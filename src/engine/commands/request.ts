import { isRequestType } from '../../core/requests/types';
import { notifyEphemeral } from '../gateways/notifier';
import { openRequestModal } from '../interactions/requestModalFlow';
import type { Subcommand } from './subcommand';

/** `/privacy request [type]`: opens the request modal, with the type preselected when it is offered. */
export const requestSubcommand: Subcommand = {
  name: 'request',
  helpKey: 'help.cmd.request',
  async run({ appId, read, modify, persistence, user, room, triggerId, args, translator }) {
    if (!triggerId) {
      await notifyEphemeral(read, modify, user, room, translator.t('error.noView'));
      return;
    }
    const wanted = args[0]?.toLowerCase();
    await openRequestModal(appId, read, modify, persistence, user, triggerId, translator, {
      type: isRequestType(wanted) ? wanted : undefined,
    });
  },
};
