/** Dates and times as a reader in that language expects them. Due dates are UTC dates, the clock deadlines run on. */
import type { Language } from './languages';

export function formatDate(isoOrDate: string | Date, language: Language): string {
  const date =
    typeof isoOrDate === 'string'
      ? new Date(isoOrDate.length === 10 ? `${isoOrDate}T00:00:00Z` : isoOrDate)
      : isoOrDate;
  if (Number.isNaN(date.getTime())) return String(isoOrDate);
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Offsets real time zones use, in hours (UTC−12 to UTC+14); anything else is not a time zone. */
const isUtcOffset = (hours: unknown): hours is number =>
  typeof hours === 'number' && Number.isFinite(hours) && Math.abs(hours) <= 14;

/** "UTC", "UTC+2", "UTC−3", "UTC+5:30" (a true minus sign, as typeset). */
function zoneName(hours: number): string {
  if (hours === 0) return 'UTC';
  const minutes = Math.round(Math.abs(hours) * 60);
  const clock =
    minutes % 60 ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}` : `${minutes / 60}`;
  return `UTC${hours < 0 ? '−' : '+'}${clock}`;
}

/**
 * A moment to the minute, for history lines: in the reader's time zone when their profile has one
 * (Rocket.Chat's `utcOffset`, in hours), else in UTC; the zone is always named.
 */
export function formatDateTime(iso: string | Date, language: Language, utcOffsetHours?: number): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const hours = isUtcOffset(utcOffsetHours) ? utcOffsetHours : 0;
  const local = new Date(date.getTime() + Math.round(hours * 60) * 60_000);
  const text = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(local);
  return `${text} (${zoneName(hours)})`;
}
