/**
 * `onUninstall` (engine/PrivacyCenterApp): hands over the requests not yet delivered, then removes
 * what the app stored and cancels its jobs. Rocket.Chat purges the app's persistence after this
 * method too; the app does not rely on it for its requests, its outbox and its people's records.
 * Disabling the app calls none of this: everything is kept.
 */
import { beforeUninstall } from '../../../app/uninstall/beforeUninstall';
import { runOutbox } from '../../../app/delivery/outboxRun';
import type { EngineCall } from '../../adapters/engineCall';
import { deliveryPorts } from '../../adapters/deliveryPorts';
import { emailDpo } from '../../adapters/email/emailHandover';
import { tellAdminsDirectly } from '../../adapters/messaging/admins';
import { OUTBOX_SHARDS } from '../../adapters/persistence/outboxQueue';
import { allRequests } from '../../adapters/persistence/requestStore';
import { removeRecords } from '../../adapters/persistence/records';
import { siteUrl } from '../../adapters/server/policySource';
import { SettingId } from '../../../core/settings/ids';
import { uninstallHandOverText } from '../../views/uninstallHandOverText';

export async function handleUninstall(call: EngineCall): Promise<void> {
  const reader = call.read.getPersistenceReader();
  const workspace = (await siteUrl(call.read)) ?? '';
  const dpoEmail = await call.settings.get(SettingId.DpoEmail);
  await beforeUninstall({
    requests: () => allRequests(reader, call.logger),
    async deliverNow() {
      const ports = deliveryPorts(call);
      const now = call.now().toISOString();
      // Back-off is for a later that no longer comes: every waiting send is due now.
      const waiting = async () => (await ports.outbox.waiting()).map((e) => ({ ...e, dueAt: now }));
      await runOutbox({ ...ports, outbox: { ...ports.outbox, waiting } });
    },
    emailDpo: (request) => emailDpo(call, request, 'vendor'),
    postToAdmins: (request) =>
      tellAdminsDirectly(call, (t) => uninstallHandOverText(request, t, workspace, dpoEmail)),
    async removeEverything(requests) {
      const persistence = call.persistence;
      for (const userId of new Set(requests.map((r) => r.userId)))
        await removeRecords(persistence, [{ model: 'user', id: userId }]);
      await removeRecords(persistence, [{ model: 'misc', id: 'requests-all' }]);
      for (let shard = 0; shard < OUTBOX_SHARDS; shard++)
        await removeRecords(persistence, [{ model: 'misc', id: `outbox-shard:${shard}` }]);
      await call.modify.getScheduler().cancelAllJobs();
    },
    log: call.logger,
  });
}
