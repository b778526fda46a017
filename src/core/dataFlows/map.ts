/**
 * The data map of this workspace as stored and shown: the kept setting facts and when they were
 * read. Everything shown (flows, self-service, findings) is derived from the facts when shown, so a
 * record holds no more than the facts: never a raw setting value.
 */
import { isText, parseVersioned, versioned } from '../records/schema';
import type { SettingFacts } from './facts';
import { factsOf } from './facts';

export interface DataMapRecord {
  facts: SettingFacts;
  computedAt: string;
}

const SCHEMA = 1;

export const storedDataMap = (record: DataMapRecord) => versioned(record, SCHEMA);

/** Facts are kept again on read: what does not fit its setting's kind reads as unknown. */
export const parseDataMap = (raw: unknown): DataMapRecord | undefined =>
  parseVersioned(raw, SCHEMA, ({ facts, computedAt }) => {
    if (!isText(computedAt) || Number.isNaN(Date.parse(computedAt))) return undefined;
    if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return undefined;
    return { facts: factsOf(facts as Record<string, unknown>), computedAt };
  });

/** Whole minutes since the map was computed (never negative), for "as of N minutes ago". */
export const ageInMinutes = (record: DataMapRecord, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(record.computedAt)) / 60000));
