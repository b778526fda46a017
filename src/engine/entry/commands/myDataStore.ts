/**
 * Everything the app keeps about one person, in two reads: the records under their id (drafts,
 * the remembered law, the directory filter, policy acknowledgements and notices shown, daily-limit
 * claims all carry the `user` association) and their requests with events. It lives beside the
 * command because the drafts' keys belong to the request modal's entry point.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { MyDataStore } from '../../../app/myData/myData';
import { sortPersonRecords } from '../../../core/myData/myData';
import type { PrivacyRequest } from '../../../core/requests/request';
import { draftKey } from '../interactions/requestDraft';
import { filterKey } from '../../adapters/appsDirectory/appsDirectory';
import { preferencesKey } from '../../adapters/server/preferences';
import { claimKey } from '../../adapters/persistence/dailyClaims';
import { noticesShownOf } from '../../adapters/persistence/policyUpdates';
import { readRecords, removeRecords } from '../../adapters/persistence/records';
import type { SkipLog } from '../../adapters/persistence/requestStore';
import { requestsOf } from '../../adapters/persistence/requestStore';

export function myDataStore(
  reader: IPersistenceRead,
  persistence: IPersistence,
  log?: SkipLog,
): MyDataStore<PrivacyRequest> {
  return {
    async read(userId) {
      const [own, requests] = await Promise.all([
        readRecords(reader, [{ model: 'user', id: userId }]),
        requestsOf(reader, userId, log),
      ]);
      return { ...sortPersonRecords(own), requests };
    },
    async remove(userId, deletable) {
      for (const draft of deletable.drafts)
        await removeRecords(persistence, draftKey(userId, draft.requestId));
      for (const claim of deletable.claims)
        await removeRecords(persistence, claimKey(userId, claim.requestId));
      if (deletable.jurisdiction) await removeRecords(persistence, preferencesKey(userId));
      if (deletable.appsFilter) await removeRecords(persistence, filterKey(userId));
      if (deletable.noticesShown.length > 0) await removeRecords(persistence, noticesShownOf(userId));
    },
  };
}
