/** Dates as a reader in that language expects them; always UTC, the clock deadlines run on. */
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
