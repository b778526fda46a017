/**
 * The acknowledgements of the policy updates as a CSV file (`/privacy admin acks export`): one row
 * per person and version, oldest version first, with the time they acknowledged. Pure.
 */
import { toCsv } from '../operator/csv';
import type { Acknowledgement } from './notice';

export const ACKS_COLUMNS = ['version', 'effective', 'username', 'acknowledged'] as const;
export type AcksColumn = (typeof ACKS_COLUMNS)[number];

/** `username`: the current username of a user id (the id itself when the account is gone). */
export function acknowledgementsCsv(
  acknowledgements: readonly Acknowledgement[],
  username: (userId: string) => string,
  header: (column: AcksColumn) => string,
): string {
  const rows = [...acknowledgements]
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.at.localeCompare(b.at))
    .map((a) => [a.version, a.effectiveDate, username(a.userId), a.at]);
  return toCsv([ACKS_COLUMNS.map(header), ...rows]);
}
