/**
 * The per-user daily limit (requests_per_day), as pure rules. Persistence has no compare-and-set,
 * so a submit first writes a claim, then reads every request and claim of the person's last 24
 * hours, and goes on only when the others it sees leave room. Whoever claims last sees every
 * earlier claim that went on, so more than `limit` can never go on together; two submits that
 * see each other may both stop (the loser of a race is told, never filed twice).
 */
export const DAY_MS = 86_400_000;

/** Room for one more, given how many other requests and claims of the last 24 hours were seen. */
export const limitAdmits = (others: number, limit: number): boolean => others < limit;

/**
 * When the person can file again: once enough of the counted ones are older than 24 hours.
 * `times`: when each counted request or claim was made. Undefined when there is room now.
 */
export function nextFilingAt(times: readonly string[], limit: number, now: Date): Date | undefined {
  const since = now.getTime() - DAY_MS;
  const counted = times
    .map((t) => Date.parse(t))
    .filter((t) => Number.isFinite(t) && t >= since)
    .sort((a, b) => a - b);
  if (counted.length < limit) return undefined;
  // The one whose expiry brings the count below the limit.
  return new Date(counted[counted.length - Math.max(limit, 1)] + DAY_MS);
}
