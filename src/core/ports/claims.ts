/**
 * Claims that only one writer may go on with, over a store without compare-and-set (the adapter
 * writes, lets competing writes settle, and reads back: engine/adapters/persistence/lease.ts).
 */
export interface FilingClaims {
  /**
   * Whether this submit may file request `requestId`: false when another submit of the same modal
   * holds the claim. A claim left by a submit that failed before storing the request expires.
   */
  claimFiling(requestId: string): Promise<boolean>;
}

/** One submit's claim of a slot of the person's daily limit (core/requests/dailyLimit). */
export interface DailyClaim {
  requestId: string;
  /** When it was claimed (ISO). */
  at: string;
}

/** One record per request, so two submits never overwrite each other's claim. */
export interface DailyClaims {
  put(userId: string, claim: DailyClaim): Promise<void>;
  remove(userId: string, requestId: string): Promise<void>;
  ofUser(userId: string): Promise<DailyClaim[]>;
}
