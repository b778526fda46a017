import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { policyAndSite } from '../../adapters/server/policySource';
import { policyView } from '../../views/policyView';
import type { Subcommand } from './subcommand';

export const policySubcommand: Subcommand = {
  name: 'policy',
  helpKey: 'help.cmd.policy',
  async run(call) {
    const { appId, read, modify, user, room, triggerId, translator } = call;
    if (!triggerId) {
      // Only a client that can show views sends a trigger id (not, for example, a REST call).
      await notifyEphemeral(read, modify, user, room, translator.t('error.noView'));
      return;
    }
    const { policy, siteUrl: site, dataMap } = await policyAndSite(call, user);
    await modify
      .getUiController()
      .openSurfaceView(
        policyView({ appId, policy, siteUrl: site, dataMap, now: call.now() }, translator),
        { triggerId },
        user,
      );
  },
};
