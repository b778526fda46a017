/**
 * `/privacy admin export [full]`: the register of requests as a CSV file in the admin's direct
 * messages. Whoever calls this has checked the role at this moment (admin.ts).
 */
import { formatDate } from '../../../core/i18n/dates';
import { registerCsv } from '../../../core/operator/registerCsv';
import { requestsStore } from '../../adapters/persistence/requestsStore';
import { sendCsvToHandler } from './csvToHandler';
import type { CommandContext } from './subcommand';

/** What the admin reads in the room where they typed the command. */
export async function exportRegister(call: CommandContext, full: boolean): Promise<string> {
  const { read, persistence, translator, logger } = call;
  const { t, language } = translator;
  const requests = await requestsStore(read.getPersistenceReader(), persistence, logger).all();
  const csv = registerCsv(requests, (column) => t(`export.col.${column}`), full);
  const day = call.now().toISOString().slice(0, 10);
  const filename = `privacy-requests-${day}${full ? '-full' : ''}.csv`;
  const text = t(full ? 'admin.export.messageFull' : 'admin.export.message', {
    date: formatDate(day, language),
    count: requests.length,
  });
  return sendCsvToHandler(call, {
    filename,
    csv,
    text,
    what: 'register export',
    sent: (file) => t('admin.export.sent', { file }),
    failed: (ref) => t('admin.export.failed', { ref }),
  });
}
