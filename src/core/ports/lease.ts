/**
 * Who may work now, when two app instances share one store (engine/adapters/persistence/lease.ts
 * says how a lost race is detected and made harmless without compare-and-set).
 */
export interface Lease {
  /** Takes the outbox's lease for `ms`, or says another holder has it. */
  take(holder: string, ms: number): Promise<boolean>;
  /** Whether `holder` still holds it: checked before each operation. */
  holds(holder: string): Promise<boolean>;
  release(holder: string): Promise<void>;
  /** One holder's claim of a named piece of work (one request's create); false: another holds it. */
  claim(name: string, holder: string, ms: number): Promise<boolean>;
  unclaim(name: string): Promise<void>;
}
