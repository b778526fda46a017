/** The RequestsStore port over one call's persistence (see requestStore.ts for how records are kept). */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RequestsStore } from '../../../core/ports/requests';
import type { SkipLog } from './requestStore';
import {
  addEvents,
  allRequests,
  findByReference,
  findRequest,
  readBackFound,
  recordChanges,
  requestsOf,
  saveRequest,
} from './requestStore';

export function requestsStore(
  reader: IPersistenceRead,
  persistence: IPersistence,
  log: SkipLog,
): RequestsStore {
  return {
    find: (id) => findRequest(reader, id, log),
    findByReference: (ref) => findByReference(reader, ref, log),
    ofUser: (userId) => requestsOf(reader, userId, log),
    all: () => allRequests(reader, log),
    create: (request) => saveRequest(persistence, request),
    async record(request, changes) {
      const ids = await addEvents(persistence, request, changes);
      const recorded = await readBackFound(reader, request.id, ids);
      if (!recorded) throw new Error(`request ${request.ref} is not stored`);
      return recorded;
    },
    async append(request, changes) {
      await addEvents(persistence, request, changes);
    },
    recordChanges: (next, options) => recordChanges(reader, persistence, next, options),
  };
}
