import { canBeCancelled } from '../../../core/requests/lifecycle';
import { normalizeReference } from '../../../core/requests/request';
import { wakeOutbox } from '../../delivery/outboxTrigger';
import { addEvents, findByReference, scheduleWork } from '../../adapters/persistence/requestStore';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { statusLabel } from '../../views/requestText';
import type { Subcommand } from './subcommand';

/**
 * `/privacy cancel <ref>`: records the person's cancel (an event of its own, so no other writer
 * can undo it) and wakes the outbox, which does the cancelling
 * under its lease (no call for a request not yet sent, a DELETE for one the vendor has), so a
 * cancel never races a delivery. The user gets a direct message when it is done.
 */
export const cancelSubcommand: Subcommand = {
  name: 'cancel',
  helpKey: 'help.cmd.cancel',
  async run({ read, modify, persistence, logger, user, room, args, translator }) {
    const { t } = translator;
    const say = (text: string) => notifyEphemeral(read, modify, user, room, text);
    if (args.length === 0) return say(t('cancel.missingReference'));
    const ref = normalizeReference(args[0]);
    if (!ref) return say(t('status.badReference', { input: args[0].slice(0, 40) }));
    const request = (await findByReference(read.getPersistenceReader(), ref)).find(
      (r) => r.userId === user.id,
    );
    if (!request) return say(t('status.notFound', { ref }));
    // A failed request the DPO holds by email can still be withdrawn (the outbox emails the DPO).
    if (!canBeCancelled(request))
      return say(t('cancel.final', { ref, status: statusLabel(request, translator) }));
    await addEvents(persistence, request, [{ type: 'cancel-asked' }]);
    await scheduleWork(persistence, request.id, new Date().toISOString(), 'cancel');
    await wakeOutbox(modify, logger);
    return say(t('request.cancelRequested', { ref }));
  },
};
