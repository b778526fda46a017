/**
 * `/privacy admin posture [refresh]`: the privacy posture from the data map the job keeps. With
 * `refresh` the admin asked for a fresh read, so the server's settings are read now (a local read,
 * no call to the vendor) and the record is replaced.
 */
import { cachedDataMap, computeDataMap } from '../../adapters/server/dataMap';
import { postureText } from '../../views/postureText';
import type { CommandContext } from './subcommand';

export async function posture(call: CommandContext): Promise<string> {
  const { read, persistence, logger, translator, args } = call;
  const now = call.now();
  const record =
    args[1]?.toLowerCase() === 'refresh'
      ? await computeDataMap(read, persistence, now)
      : await cachedDataMap(read.getPersistenceReader(), logger);
  return postureText(record, now, translator.t);
}
