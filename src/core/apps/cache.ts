/**
 * The directory as the app keeps it between reads: the last good answer of each source with its
 * time, and how the last attempt went. A failed read never erases a good one.
 */
import type { DirectoryApp, InstalledEntry, MarketplaceEntry } from './directory';
import { mergeDirectory } from './directory';

/** Why a read of the workspace's REST API gave nothing usable. */
export const FETCH_ERRORS = ['not_configured', 'unauthorized', 'unreachable', 'bad_answer'] as const;
export type FetchError = (typeof FETCH_ERRORS)[number];

export type Fetched<T> = { ok: true; value: T } | { ok: false; error: FetchError };

export interface DirectoryCache {
  installed?: { apps: InstalledEntry[]; fetchedAt: string };
  marketplace?: { apps: MarketplaceEntry[]; fetchedAt: string };
  /** The last attempt; an error is set only for the source that failed. */
  lastAttempt?: { at: string; installed?: FetchError; marketplace?: FetchError };
}

/**
 * The cache after one attempt that started at `now`. Marketplace entries are kept only for the
 * installed apps. Attempts may overlap (a slow job and the refresh button): one that started
 * earlier than what the cache holds never replaces it.
 */
export function applyFetch(
  cache: DirectoryCache | undefined,
  installed: Fetched<InstalledEntry[]>,
  marketplace: Fetched<MarketplaceEntry[]> | undefined,
  now: Date,
): DirectoryCache {
  const at = now.toISOString();
  const next: DirectoryCache = { ...cache };
  // An unreadable time counts as older.
  const newer = (stored: string | undefined) => !(Date.parse(stored ?? '') > now.getTime());
  if (installed.ok && newer(next.installed?.fetchedAt))
    next.installed = { apps: installed.value, fetchedAt: at };
  if (marketplace?.ok && newer(next.marketplace?.fetchedAt)) {
    const ids = new Set((next.installed?.apps ?? []).map((a) => a.id));
    next.marketplace = { apps: marketplace.value.filter((m) => ids.has(m.id)), fetchedAt: at };
  }
  if (!newer(next.lastAttempt?.at)) return next;
  next.lastAttempt = {
    at,
    ...(installed.ok ? {} : { installed: installed.error }),
    ...(marketplace && !marketplace.ok ? { marketplace: marketplace.error } : {}),
  };
  return next;
}

/** The directory to show from the cache, or undefined when the workspace was never read. */
export function directoryOf(cache: DirectoryCache | undefined): DirectoryApp[] | undefined {
  if (!cache?.installed) return undefined;
  return mergeDirectory(cache.installed.apps, cache.marketplace?.apps);
}

export type AgeUnit = 'now' | 'minutes' | 'hours' | 'days';
export interface Age {
  unit: AgeUnit;
  n: number;
}

export interface Freshness {
  age: Age;
  ageMinutes: number;
  stale: boolean;
}

/** How old a read is, for people ("3 hours"), and whether it is due for a refresh. */
export function freshness(fetchedAt: string, now: Date, maxAgeMinutes: number): Freshness {
  const then = Date.parse(fetchedAt);
  // An unreadable time counts as very old, so it is refreshed.
  const ageMinutes = Number.isNaN(then) ? Infinity : Math.max(0, (now.getTime() - then) / 60_000);
  return { age: ageOf(ageMinutes), ageMinutes, stale: ageMinutes >= maxAgeMinutes };
}

export function ageOf(minutes: number): Age {
  if (!Number.isFinite(minutes)) return { unit: 'days', n: 999 };
  if (minutes < 1) return { unit: 'now', n: 0 };
  if (minutes < 60) return { unit: 'minutes', n: Math.floor(minutes) };
  if (minutes < 48 * 60) return { unit: 'hours', n: Math.floor(minutes / 60) };
  return { unit: 'days', n: Math.floor(minutes / (24 * 60)) };
}

/** Whether a refresh should run now: never read, stale, or the last attempt failed long enough ago. */
export function needsRefresh(cache: DirectoryCache | undefined, now: Date, maxAgeMinutes: number): boolean {
  if (!cache?.installed) {
    // Do not hammer a workspace that keeps failing: retry after a minute.
    return !cache?.lastAttempt || freshness(cache.lastAttempt.at, now, 1).stale;
  }
  const lastRead = cache.lastAttempt?.at ?? cache.installed.fetchedAt;
  return freshness(lastRead, now, maxAgeMinutes).stale;
}
