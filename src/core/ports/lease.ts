/**
 * Who may work now, also when two app instances share one store (a Rocket.Chat cluster runs the
 * app once per server instance over one database). Persistence has no compare-and-set:
 * engine/adapters/persistence/lease.ts says how a lost race is detected and made harmless.
 * In tests, in-memory leases.
 */

/** A named lease: only one holder at a time may go on with the work it guards (the app directory's refresh). */
export interface Lease {
  /** True when `holder` now holds `name` for `ms`; false when another holder does. */
  claim(name: string, holder: string, ms: number): Promise<boolean>;
  /** Gives `name` up, if `holder` still holds it (a lease taken over since is left alone). */
  release(name: string, holder: string): Promise<void>;
}

/** The outbox's lease over a run, and the claims of single pieces of work inside it. */
export interface OutboxLease {
  /** Takes the outbox's lease for `ms`, or says another holder has it. */
  take(holder: string, ms: number): Promise<boolean>;
  /** Whether `holder` still holds it: checked before each operation. */
  holds(holder: string): Promise<boolean>;
  release(holder: string): Promise<void>;
  /** One holder's claim of a named piece of work (one request's create); false: another holds it. */
  claim(name: string, holder: string, ms: number): Promise<boolean>;
  unclaim(name: string): Promise<void>;
}
