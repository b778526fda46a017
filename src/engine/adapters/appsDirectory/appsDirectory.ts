/**
 * The installed-apps directory as the app keeps it: one cache record (the last good answer of each
 * source, with its time), refreshed by a job or the refresh button (src/app/appsDirectory), and
 * each reader's filter. Both records are versioned and parsed on read.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { DirectoryCache } from '../../../core/apps/cache';
import type { DirectoryFilter } from '../../../core/apps/directory';
import { isPermissionCategory } from '../../../core/apps/permissions';
import { parseStoredCache, storedCache } from '../../../core/apps/storedCache';
import type { DirectoryCacheStore, DirectoryLog } from '../../../core/ports/appsDirectory';
import type { Fields } from '../../../core/records/schema';
import { parseVersioned, versioned } from '../../../core/records/schema';
import type { RequestApp } from '../../../core/requests/request';
import type { Key } from '../persistence/records';
import { readRecord, writeRecord } from '../persistence/records';

const CACHE_KEY: Key = [{ model: 'misc', id: 'apps-directory' }];
const FILTER_SCHEMA = 1;
const MAX_QUERY = 100;

export const filterKey = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'apps-filter' },
];

/** The stored cache; a record that does not parse reads as none (and is logged when it can be). */
export async function readDirectoryCache(
  persistence: IPersistenceRead,
  log?: DirectoryLog,
): Promise<DirectoryCache | undefined> {
  const raw = await readRecord(persistence, CACHE_KEY);
  const cache = parseStoredCache(raw);
  if (raw !== undefined && !cache)
    log?.warn('app directory: the stored list does not parse; it is read again');
  return cache;
}

export function cacheStoreOver(
  reader: IPersistenceRead,
  persistence: IPersistence,
  log: DirectoryLog,
): DirectoryCacheStore {
  return {
    read: () => readDirectoryCache(reader, log),
    write: (cache) => writeRecord(persistence, CACHE_KEY, storedCache(cache)),
  };
}

/** Only a query and a category that were offered; anything else is dropped. */
function cleanFilter({ query, category }: Fields): DirectoryFilter {
  const words = typeof query === 'string' ? query.trim().slice(0, MAX_QUERY) : '';
  return { ...(words ? { query: words } : {}), ...(isPermissionCategory(category) ? { category } : {}) };
}

export async function readFilter(persistence: IPersistenceRead, userId: string): Promise<DirectoryFilter> {
  const stored = await readRecord(persistence, filterKey(userId));
  return parseVersioned(stored, FILTER_SCHEMA, cleanFilter) ?? {};
}

/** Keeps the reader's filter (cleaned) for the search and select actions that follow; returns it. */
export async function saveFilter(
  persistence: IPersistence,
  userId: string,
  filter: DirectoryFilter,
): Promise<DirectoryFilter> {
  const saved = cleanFilter({ ...filter });
  await writeRecord(persistence, filterKey(userId), versioned(saved, FILTER_SCHEMA));
  return saved;
}

/** The installed apps a request can name, from the cache only (never a network call), by name. */
export async function requestableApps(persistence: IPersistenceRead): Promise<RequestApp[]> {
  const installed = (await readDirectoryCache(persistence))?.installed?.apps ?? [];
  return installed
    .map((app) => ({ id: app.id, name: app.name, version: app.version, author: app.author.name ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
