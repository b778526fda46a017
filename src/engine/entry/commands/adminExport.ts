/**
 * `/privacy admin export [full]`: the register of requests as a CSV file in the admin's direct
 * messages. Whoever calls this has checked the role at this moment (admin.ts).
 */
import { formatDate } from '../../../core/i18n/dates';
import { registerCsv } from '../../../core/operator/registerCsv';
import { sendDirectFile } from '../../adapters/messaging/directFile';
import { requestsStore } from '../../adapters/persistence/requestsStore';
import { errorReference } from '../errors';
import type { CommandContext } from './subcommand';

/** What the admin reads in the room where they typed the command. */
export async function exportRegister(call: CommandContext, full: boolean): Promise<string> {
  const { read, modify, persistence, user, translator, logger } = call;
  const { t, language } = translator;
  const requests = await requestsStore(read.getPersistenceReader(), persistence, logger).all();
  const csv = registerCsv(requests, (column) => t(`export.col.${column}`), full);
  const day = call.now().toISOString().slice(0, 10);
  const filename = `privacy-requests-${day}${full ? '-full' : ''}.csv`;
  const text = t(full ? 'admin.export.messageFull' : 'admin.export.message', {
    date: formatDate(day, language),
    count: requests.length,
  });
  try {
    const sent = await sendDirectFile(read, modify, user, text, {
      filename,
      content: Buffer.from(csv, 'utf8'),
    });
    if (sent) return t('admin.export.sent', { file: filename });
    throw new Error('no app user or direct room');
  } catch (error) {
    const ref = errorReference();
    logger.error('register export failed', { ref, error: String((error as Error)?.message ?? error) });
    return t('admin.export.failed', { ref });
  }
}
