import { normalizeReference } from '../../../core/requests/request';
import { handOverLeftBehind } from '../../../app/requests/earlierRequests';
import { operatorPortsOf } from '../../adapters/filingPorts';
import { earlierRequestNoticeText } from '../../views/earlierRequestText';
import { findByReference, requestsOf } from '../../adapters/persistence/requestStore';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { requestDetailText, requestListText } from '../../views/requestHistoryText';
import type { Subcommand } from './subcommand';
import { policyUpdatesStore } from '../../adapters/persistence/policyUpdates';
import { policyReceiptsText } from '../../views/policyReceiptsText';

export const STATUS_LIST_LIMIT = 10;

/** `/privacy status [ref]`: the user's own requests only, never anyone else's. */
export const statusSubcommand: Subcommand = {
  name: 'status',
  helpKey: 'help.cmd.status',
  async run(call) {
    const { read, modify, user, room, args, translator } = call;
    const reader = read.getPersistenceReader();
    const say = (text: string) => notifyEphemeral(read, modify, user, room, text);
    // What the person reads is true: a request an earlier version left unsent is handed over first.
    const current = (requests: Awaited<ReturnType<typeof requestsOf>>) =>
      handOverLeftBehind(
        operatorPortsOf(call),
        requests,
        (request) => (t) => earlierRequestNoticeText(request, t),
        call.now(),
      );
    if (args.length === 0) {
      // Read side by side: two round trips that do not wait for each other.
      const [requests, acknowledgements] = await Promise.all([
        requestsOf(reader, user.id).then(current),
        policyUpdatesStore(reader).acknowledgementsOf(user.id),
      ]);
      const list = requestListText(requests, translator, STATUS_LIST_LIMIT);
      // The policy versions this person has read (issue 13), one short line.
      const receipts = policyReceiptsText(acknowledgements, translator);
      await say(receipts ? `${list}\n\n${receipts}` : list);
      return;
    }
    const ref = normalizeReference(args[0]);
    if (!ref) {
      await say(translator.t('status.badReference', { input: args[0].slice(0, 40) }));
      return;
    }
    const [own] = await current((await findByReference(reader, ref)).filter((r) => r.userId === user.id));
    await say(
      own ? requestDetailText(own, translator, user.utcOffset) : translator.t('status.notFound', { ref }),
    );
  },
};
