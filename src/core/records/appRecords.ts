/**
 * The small records the app keeps about the workspace and its people, as stored: each with its
 * schema version, each parsed on read (what does not parse reads as absent, never cast).
 */
import type { RegistrationCheck } from '../policy/deployment';
import { REGISTRATION_OUTCOMES } from '../policy/deployment';
import type { Jurisdiction } from '../policy/jurisdictions';
import { isJurisdiction } from '../policy/jurisdictions';
import { isText, parseVersioned, versioned } from './schema';

const SCHEMA = 1;

/** The admin who installed, or last updated, the app. */
export interface InstallerRecord {
  userId: string;
}

export const storedInstaller = (record: InstallerRecord) => versioned(record, SCHEMA);

export const parseInstaller = (raw: unknown): InstallerRecord | undefined =>
  parseVersioned(raw, SCHEMA, ({ userId }) => (isText(userId) && userId ? { userId } : undefined));

/** What a user chose in the app, remembered for them only. */
export interface Preferences {
  jurisdiction?: Jurisdiction;
}

export const storedPreferences = (record: Preferences) => versioned(record, SCHEMA);

export const parsePreferences = (raw: unknown): Preferences | undefined =>
  parseVersioned(raw, SCHEMA, ({ jurisdiction }) => {
    if (jurisdiction === undefined) return {};
    return isJurisdiction(jurisdiction) ? { jurisdiction } : undefined;
  });

export const storedRegistration = (check: RegistrationCheck) => versioned(check, SCHEMA);

export const parseRegistration = (raw: unknown): RegistrationCheck | undefined =>
  parseVersioned(raw, SCHEMA, ({ outcome, checkedAt }) => {
    if (!(REGISTRATION_OUTCOMES as readonly unknown[]).includes(outcome)) return undefined;
    if (checkedAt !== undefined && !isText(checkedAt)) return undefined;
    return { outcome: outcome as RegistrationCheck['outcome'], ...(checkedAt ? { checkedAt } : {}) };
  });
