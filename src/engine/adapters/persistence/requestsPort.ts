/** The core's RequestsStore over the app's persistence (requestStore.ts holds the record layout). */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RequestsStore } from '../../../core/ports/requests';
import {
  addEvents,
  findByReference,
  findRequest,
  readBack,
  recordChanges,
  requestsOf,
  saveRequest,
} from './requestStore';

export function requestsStoreOver(reader: IPersistenceRead, persistence: IPersistence): RequestsStore {
  return {
    find: (id) => findRequest(reader, id),
    findByReference: (ref) => findByReference(reader, ref),
    ofUser: (userId) => requestsOf(reader, userId),
    create: (request) => saveRequest(persistence, request),
    async record(request, changes) {
      const ids = await addEvents(persistence, request, changes);
      const stored = await findRequest(reader, request.id);
      if (!stored)
        throw new Error(`request ${request.ref}: recorded changes for a request that is not stored`);
      return readBack(reader, request.id, ids, stored);
    },
    recordChanges: (next) => recordChanges(reader, persistence, next),
    rewriteFiled: (request) => saveRequest(persistence, request),
  };
}
