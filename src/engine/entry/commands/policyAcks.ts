/** `/privacy admin acks`: the engine read of acknowledgement counts (the admin console can use it too). */
import { acknowledgementCounts } from '../../../app/policyUpdates/notice';
import { policyUpdatesStore } from '../../adapters/persistence/policyUpdates';
import { acknowledgementCountsText } from '../../views/policyReceiptsText';
import type { CommandContext } from './subcommand';

export async function policyAcksText(call: CommandContext): Promise<string> {
  const counts = await acknowledgementCounts(policyUpdatesStore(call.read.getPersistenceReader()));
  return acknowledgementCountsText(counts, call.translator);
}
