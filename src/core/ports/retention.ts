/**
 * Where the app keeps what is left of closed requests and whose records are still to be erased
 * (core/records/retention). Adapter: engine/adapters/persistence/retentionStore.
 */
import type { PrivacyRequest } from '../requests/request';
import type { ErasureMarker, ReducedRequest } from '../records/retention';

export interface RetentionStore {
  /** Every minimal record (one read). */
  reduced(): Promise<ReducedRequest[]>;
  /** Writes the minimal record, then removes the request with its events and its working records. */
  reduce(request: PrivacyRequest, record: ReducedRequest): Promise<void>;
  removeReduced(id: string): Promise<void>;
  /** The people deleted from the workspace whose open requests are still kept. */
  markers(): Promise<ErasureMarker[]>;
  mark(marker: ErasureMarker): Promise<void>;
  unmark(userId: string): Promise<void>;
  /** Removes what is kept for the person alone: drafts, daily claims, choices, acknowledgements, notices. */
  erasePersonRecords(userId: string): Promise<void>;
}
