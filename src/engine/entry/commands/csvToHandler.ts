/**
 * A CSV file in the handler's own direct messages (the register, the acknowledgements): a line of
 * text, then the file. What the handler reads back where they typed: sent, or a reference to quote
 * (the details go to the app's log under it). Whoever calls this has checked the role.
 */
import { sendDirectFile } from '../../adapters/messaging/directFile';
import { errorReference } from '../errors';
import type { CommandContext } from './subcommand';

export interface CsvFile {
  filename: string;
  csv: string;
  /** The line above the file in the direct messages. */
  text: string;
  /** What the log says failed. */
  what: string;
  sent: (filename: string) => string;
  failed: (ref: string) => string;
}

export async function sendCsvToHandler(call: CommandContext, file: CsvFile): Promise<string> {
  const { read, modify, user, logger } = call;
  try {
    const content = Buffer.from(file.csv, 'utf8');
    if (await sendDirectFile(read, modify, user, file.text, { filename: file.filename, content }))
      return file.sent(file.filename);
    throw new Error('no app user or direct room');
  } catch (error) {
    const ref = errorReference();
    logger.error(`${file.what} failed`, { ref, error: String((error as Error)?.message ?? error) });
    return file.failed(ref);
  }
}
