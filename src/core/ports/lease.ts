/**
 * A named lease: only one holder at a time may go on with the work it guards, also when two app
 * instances share one store. Adapters: engine/adapters/persistence (write, settle, read back); in
 * tests, an in-memory lease.
 */
export interface Lease {
  /** True when `holder` now holds `name` for `ms`; false when another holder does. */
  claim(name: string, holder: string, ms: number): Promise<boolean>;
  /** Gives `name` up, if `holder` still holds it (a lease taken over since is left alone). */
  release(name: string, holder: string): Promise<void>;
}
