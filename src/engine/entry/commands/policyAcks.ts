/**
 * `/privacy admin acks [export]`: how many of how many active users acknowledged each policy
 * version; with `export`, the list itself as a CSV file in the admin's direct messages (who, which
 * version, when). Whoever calls this has checked the role at this moment (admin.ts).
 */
import { acknowledgementCounts } from '../../../app/policyUpdates/notice';
import { acknowledgementsCsv } from '../../../core/policyUpdates/acksCsv';
import { policyUpdatesStore } from '../../adapters/persistence/policyUpdates';
import { acknowledgementCountsText } from '../../views/policyReceiptsText';
import { sendCsvToHandler } from './csvToHandler';
import type { CommandContext } from './subcommand';

export async function policyAcksText(call: CommandContext): Promise<string> {
  const counts = await acknowledgementCounts(policyUpdatesStore(call.read.getPersistenceReader()));
  return acknowledgementCountsText(counts, call.translator);
}

export async function exportAcknowledgements(call: CommandContext): Promise<string> {
  const { read, translator } = call;
  const { t } = translator;
  const store = policyUpdatesStore(read.getPersistenceReader());
  const announced = (await store.state())?.announcements ?? [];
  const acks = (await Promise.all(announced.map((a) => store.acknowledgementsFor(a)))).flat();
  // Each person named by their current username, read once.
  const ids = [...new Set(acks.map((a) => a.userId))];
  const users = await Promise.all(
    ids.map((id) =>
      read
        .getUserReader()
        .getById(id)
        .catch(() => undefined),
    ),
  );
  const names = new Map(ids.map((id, i) => [id, users[i]?.username ?? id]));
  const csv = acknowledgementsCsv(
    acks,
    (id) => names.get(id) ?? id,
    (c) => t(`admin.acks.col.${c}`),
  );
  const filename = `policy-acknowledgements-${call.now().toISOString().slice(0, 10)}.csv`;
  return sendCsvToHandler(call, {
    filename,
    csv,
    text: t('admin.acks.exportMessage', { count: acks.length }),
    what: 'acknowledgements export',
    sent: (file) => t('admin.acks.exported', { file }),
    failed: (ref) => t('admin.acks.exportFailed', { ref }),
  });
}
