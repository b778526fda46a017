import type { Duration } from '../policy/jurisdictions';
import type { Translate } from './translator';

/** "1 month", "45 days", "10 business days", in the user's language. */
export function formatDuration(duration: Duration, t: Translate): string {
  const form = duration.amount === 1 ? 'one' : 'other';
  return t(`duration.${duration.unit}.${form}`, { n: duration.amount });
}
