/**
 * What the admins were already told, so a lasting problem is reported once, not on every run:
 * refused credentials (until the endpoint settings change), an endpoint URL not in force (once per
 * problem, until it is in force).
 */
export type AlertName = 'credentials' | 'not_in_force';

export interface AlertMemory {
  /** True the first time `name` (with this `detail`) is raised since it was last forgotten; remembers it. */
  firstTime(name: AlertName, detail?: string): Promise<boolean>;
  forget(name: AlertName): Promise<void>;
}
