import { personMayCancel } from '../../../core/requests/shownTracks';
import { normalizeReference } from '../../../core/requests/request';
import { wakeOutbox } from '../../adapters/scheduler/outboxTrigger';
import { askToCancel } from '../../../app/delivery/cancel';
import { deliveryPorts } from '../../adapters/deliveryPorts';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { trackedStatusLabel } from '../../views/requestText';
import type { Subcommand } from './subcommand';

/**
 * `/privacy cancel <ref>`: records the person's cancel and queues it (app/delivery/cancel), then
 * wakes the outbox, which does the cancelling under its lease, so a cancel never races a
 * delivery. The user gets a direct message when it is done.
 */
export const cancelSubcommand: Subcommand = {
  name: 'cancel',
  helpKey: 'help.cmd.cancel',
  async run(call) {
    const { read, modify, logger, user, room, args, translator } = call;
    const { t } = translator;
    const say = (text: string) => notifyEphemeral(read, modify, user, room, text);
    if (args.length === 0) return say(t('cancel.missingReference'));
    const ref = normalizeReference(args[0]);
    if (!ref) return say(t('status.badReference', { input: args[0].slice(0, 40) }));
    const ports = deliveryPorts(call);
    const request = (await ports.requests.findByReference(ref)).find((r) => r.userId === user.id);
    if (!request) return say(t('status.notFound', { ref }));
    // A failed request the DPO holds by email can still be withdrawn (the outbox emails the DPO).
    if (!personMayCancel(request))
      return say(t('cancel.final', { ref, status: trackedStatusLabel(request, translator) }));
    await askToCancel(ports, request, call.now());
    await wakeOutbox(modify, logger);
    return say(t('request.cancelRequested', { ref }));
  },
};
