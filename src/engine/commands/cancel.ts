import { isFinal, move } from '../../core/requests/lifecycle';
import { normalizeReference } from '../../core/requests/request';
import { clearWork, findByReference, saveRequest, scheduleWork } from '../delivery/requestStore';
import { wakeOutbox } from '../delivery/outboxTrigger';
import { notifyEphemeral } from '../gateways/notifier';
import type { Subcommand } from './subcommand';

/**
 * `/privacy cancel <ref>`: a request not yet sent is cancelled at once (no call needed); one the
 * vendor has is cancelled by the outbox (DELETE), and the user is told when it is confirmed.
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
    if (isFinal(request.status))
      return say(t('cancel.final', { ref, status: t(`request.status.${request.status}`) }));
    const now = new Date().toISOString();
    if (request.status === 'queued') {
      const moved = move(request, 'cancelled', { at: now, source: 'user' });
      if (!moved.ok) return say(t('cancel.final', { ref, status: t(`request.status.${request.status}`) }));
      await saveRequest(persistence, moved.value);
      await clearWork(persistence, request.id);
      return say(t('cancel.done', { ref }));
    }
    await scheduleWork(persistence, request.id, now);
    await saveRequest(persistence, { ...request, delivery: { ...request.delivery, cancelRequested: true } });
    await wakeOutbox(modify, logger);
    return say(t('request.cancelRequested', { ref }));
  },
};
