import { isDeadLetter, RETRY, retryAfterMs, retryDelay } from '../../../../src/core/requests/backoff';

const MIN = 60_000;
const HOUR = 3_600_000;
const NOW = new Date('2026-03-02T12:00:00.000Z');

describe('the back-off schedule', () => {
  it('starts at about a minute, caps at 6 hours and dead-letters after 72 hours', () => {
    expect(RETRY).toEqual({
      baseMs: MIN,
      capMs: 6 * HOUR,
      deadLetterMs: 72 * HOUR,
      maxRetryAfterMs: 6 * HOUR,
    });
  });

  // The full step for each failure count: 1, 2, 4 ... minutes, capped at 360.
  it.each([
    [0, 1 * MIN],
    [1, 1 * MIN],
    [2, 2 * MIN],
    [3, 4 * MIN],
    [4, 8 * MIN],
    [5, 16 * MIN],
    [6, 32 * MIN],
    [7, 64 * MIN],
    [8, 128 * MIN],
    [9, 256 * MIN],
    [10, 360 * MIN],
    [11, 360 * MIN],
    [50, 360 * MIN],
    [2000, 360 * MIN],
  ])('after %i failure(s) waits between half of and the whole %i ms', (failures, step) => {
    expect(retryDelay(failures, 0)).toBe(step / 2);
    expect(retryDelay(failures, 0.5)).toBe((step * 3) / 4);
    expect(retryDelay(failures, 0.9999999999)).toBe(step);
  });

  it('doubles until the cap and never shrinks', () => {
    const steps = Array.from({ length: 15 }, (_, i) => retryDelay(i + 1, 1));
    expect(steps).toEqual(
      [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360, 360, 360, 360].map((m) => m * MIN),
    );
  });

  it('keeps jitter within bounds for any random value', () => {
    for (let failures = 0; failures < 20; failures++) {
      for (const random of [0, 0.1, 0.37, 0.5, 0.99, 0.999999]) {
        const delay = retryDelay(failures, random);
        const step = Math.min(RETRY.capMs, RETRY.baseMs * 2 ** Math.max(0, failures - 1));
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it('clamps a random value outside [0, 1)', () => {
    expect(retryDelay(1, -5)).toBe(30_000);
    expect(retryDelay(1, 7)).toBe(60_000);
    expect(retryDelay(10, 1)).toBe(6 * HOUR);
  });
});

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 30 ', 30_000],
    ['21600', 6 * HOUR],
    ['21601', 6 * HOUR],
    ['999999999', 6 * HOUR],
  ])('reads %p seconds as %i ms', (header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });

  it.each([
    ['Mon, 02 Mar 2026 12:05:00 GMT', 5 * MIN],
    ['Mon, 02 Mar 2026 13:00:00 GMT', HOUR],
    ['Mon, 02 Mar 2026 18:00:00 GMT', 6 * HOUR],
    ['Tue, 03 Mar 2026 12:00:00 GMT', 6 * HOUR],
    ['Mon, 02 Mar 2026 11:00:00 GMT', 0],
    ['Mon, 02 Mar 2026 12:00:00 GMT', 0],
  ])('reads the HTTP date %p as %i ms from now', (header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });

  it.each([undefined, '', 'soon', 'later today', '   ', '5 minutes'])('gives nothing for %p', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });

  // Neither delay-seconds nor an HTTP date, so "unreadable": the back-off should decide. V8's lenient
  // Date.parse reads them as dates in 2001, which makes the outbox retry at once.
  it.each(['-1', '1.5', '2.5'])('treats the malformed %p as unreadable', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('the dead-letter clock', () => {
  const first = '2026-03-01T00:00:00.000Z';
  const after = (ms: number) => new Date(Date.parse(first) + ms);

  it('does not start before the first failure', () => {
    expect(isDeadLetter(undefined, 0, after(1000 * HOUR))).toBe(false);
  });

  it('dead-letters at 72 hours, not a millisecond earlier', () => {
    expect(isDeadLetter(first, 0, after(72 * HOUR - 1))).toBe(false);
    expect(isDeadLetter(first, 0, after(72 * HOUR))).toBe(true);
    expect(isDeadLetter(first, 0, after(100 * HOUR))).toBe(true);
  });

  it('does not count the time paused on credentials', () => {
    expect(isDeadLetter(first, 10 * HOUR, after(72 * HOUR))).toBe(false);
    expect(isDeadLetter(first, 10 * HOUR, after(82 * HOUR - 1))).toBe(false);
    expect(isDeadLetter(first, 10 * HOUR, after(82 * HOUR))).toBe(true);
  });
});
