/**
 * Retry timing for delivery: about 1 minute doubling to a 6 hour cap, with jitter so a recovered
 * endpoint is not hit by every queued request at once; dead-letter after 72 hours of failures.
 */
export const RETRY = {
  baseMs: 60_000,
  capMs: 6 * 3_600_000,
  deadLetterMs: 72 * 3_600_000,
  /** Longest Retry-After we honour; longer ones are capped like back-off. */
  maxRetryAfterMs: 6 * 3_600_000,
} as const;

/** Delay before attempt `failures + 1`, `random` in [0, 1): between half and all of the exponential step. */
export function retryDelay(failures: number, random: number): number {
  const step = Math.min(RETRY.capMs, RETRY.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (step / 2) * Math.min(Math.max(random, 0), 1));
}

/** Reads Retry-After: seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY.maxRetryAfterMs);
  // Only an HTTP date (IMF-fixdate, ending in GMT); Date.parse would read "1.5" as a year.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now.getTime()), RETRY.maxRetryAfterMs);
}

/** Failing time counts from the first failure, minus time spent waiting for admins to fix credentials. */
export function isDeadLetter(firstFailureAt: string | undefined, pausedMs: number, now: Date): boolean {
  if (!firstFailureAt) return false;
  return now.getTime() - Date.parse(firstFailureAt) - pausedMs >= RETRY.deadLetterMs;
}
