/**
 * The installed-apps directory as the app keeps it: one cache record (the last good answer of each
 * source, with its time), refreshed by a job or the refresh button, and each reader's filter.
 * A view opens from the cache; only an empty cache is read while the user waits.
 */
import type { RequestApp } from '../../../core/requests/request';
import type {
  IHttp,
  ILogger,
  IPersistence,
  IPersistenceRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { ApiAccess } from '../../../core/apps/access';
import type { DirectoryCache } from '../../../core/apps/cache';
import { applyFetch, directoryOf, freshness, needsRefresh } from '../../../core/apps/cache';
import type { DirectoryFilter } from '../../../core/apps/directory';
import type { AppsViewData } from '../../views/appsView';
import { isDataCategory } from '../../views/appsView';
import type { EngineCall } from '../engineCall';
import type { Key } from '../persistence/records';
import { readRecord, removeRecords, writeRecord } from '../persistence/records';
import { apiAccess, fetchInstalled, fetchMarketplace, refreshMinutes } from './workspaceApi';

const CACHE_KEY: Key = [{ model: 'misc', id: 'apps-directory' }];
const LOCK_KEY: Key = [{ model: 'misc', id: 'apps-directory-refresh' }];
/** A refresh that started less than this long ago is still running (or died): do not start another. */
const LOCK_MS = 60_000;
/** The refresh button does nothing when the list was read this recently. */
const MIN_REFRESH_GAP_MS = 10_000;
const MAX_QUERY = 100;

const filterKey = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'apps-filter' },
];

export async function readDirectoryCache(persistence: IPersistenceRead): Promise<DirectoryCache | undefined> {
  return readRecord<DirectoryCache>(persistence, CACHE_KEY);
}

export async function readFilter(persistence: IPersistenceRead, userId: string): Promise<DirectoryFilter> {
  const stored = await readRecord<DirectoryFilter>(persistence, filterKey(userId));
  return {
    ...(typeof stored?.query === 'string' && stored.query ? { query: stored.query.slice(0, MAX_QUERY) } : {}),
    ...(isDataCategory(stored?.category) ? { category: stored?.category } : {}),
  };
}

/** Keeps the reader's filter (cleaned) for the search and select actions that follow; returns it. */
export async function saveFilter(
  persistence: IPersistence,
  userId: string,
  filter: DirectoryFilter,
): Promise<DirectoryFilter> {
  const query = (filter.query ?? '').trim().slice(0, MAX_QUERY);
  const saved: DirectoryFilter = {
    ...(query ? { query } : {}),
    ...(isDataCategory(filter.category) ? { category: filter.category } : {}),
  };
  await writeRecord<DirectoryFilter>(persistence, filterKey(userId), saved);
  return saved;
}

/**
 * Reads both sources side by side and stores what came back; a failed source keeps its last good
 * answer. The cache is read again once the answers are in: another read (the refresh button
 * during a slow job) may have stored a newer list meanwhile, which this one must not replace.
 */
export async function refreshDirectory(
  http: IHttp,
  persistence: IPersistence,
  store: IPersistenceRead,
  access: Extract<ApiAccess, { ok: true }>,
  now: Date,
  timeoutMs: number,
  logger?: ILogger,
): Promise<DirectoryCache> {
  const [installed, marketplace] = await Promise.all([
    fetchInstalled(http, access, timeoutMs),
    fetchMarketplace(http, access, timeoutMs),
  ]);
  if (!installed.ok) logger?.warn(`app directory: /api/apps/installed failed: ${installed.error}`);
  if (!marketplace.ok) logger?.warn(`app directory: /api/apps/marketplace failed: ${marketplace.error}`);
  const next = applyFetch(await readDirectoryCache(store), installed, marketplace, now);
  await writeRecord(persistence, CACHE_KEY, next);
  return next;
}

/**
 * The job's refresh: only when due, and never two at once (a run that overran its 30 s is not
 * stopped by the server, so the next one could overlap it).
 */
export async function refreshIfDue(
  {
    read,
    http,
    persistence,
    settings,
    logger,
  }: Pick<EngineCall, 'read' | 'http' | 'persistence' | 'settings' | 'logger'>,
  now: Date,
  timeoutMs: number,
): Promise<'refreshed' | 'not_configured' | 'not_due' | 'busy'> {
  const access = await apiAccess(read, settings);
  if (!access.ok) return 'not_configured';
  const store = read.getPersistenceReader();
  const [cache, minutes, lock] = await Promise.all([
    readDirectoryCache(store),
    refreshMinutes(settings),
    readRecord<{ since: string }>(store, LOCK_KEY),
  ]);
  if (!needsRefresh(cache, now, minutes)) return 'not_due';
  if (lock && now.getTime() - Date.parse(lock.since) < LOCK_MS) return 'busy';
  await writeRecord(persistence, LOCK_KEY, { since: now.toISOString() });
  try {
    await refreshDirectory(http, persistence, store, access, now, timeoutMs, logger);
  } finally {
    await removeRecords(persistence, LOCK_KEY);
  }
  return 'refreshed';
}

export interface DirectoryState {
  access: ApiAccess;
  cache?: DirectoryCache;
  refreshMinutes: number;
}

export async function directoryState({
  read,
  settings,
}: Pick<EngineCall, 'read' | 'settings'>): Promise<DirectoryState> {
  const [access, cache, minutes] = await Promise.all([
    apiAccess(read, settings),
    readDirectoryCache(read.getPersistenceReader()),
    refreshMinutes(settings),
  ]);
  return { access, cache, refreshMinutes: minutes };
}

/** Reads the workspace now, while the user waits (short time-out), unless it was read moments ago. */
export async function refreshNow(
  state: DirectoryState,
  http: IHttp,
  persistence: IPersistence,
  store: IPersistenceRead,
  now: Date,
  timeoutMs: number,
  logger?: ILogger,
): Promise<DirectoryState> {
  if (!state.access.ok) return state;
  const last = state.cache?.lastAttempt?.at;
  if (last && now.getTime() - Date.parse(last) < MIN_REFRESH_GAP_MS) return state;
  const cache = await refreshDirectory(http, persistence, store, state.access, now, timeoutMs, logger);
  return { ...state, cache };
}

/** What the view shows, from the state, the reader's filter and the time. */
export function viewData(
  appId: string,
  { access, cache, refreshMinutes: minutes }: DirectoryState,
  filter: DirectoryFilter,
  now: Date,
  refreshing = false,
): AppsViewData {
  const installedError = cache?.lastAttempt?.installed;
  const problem: AppsViewData['problem'] = !access.ok
    ? { kind: 'not_configured', missing: access.missing }
    : installedError && installedError !== 'not_configured'
      ? { kind: 'failed', error: installedError }
      : undefined;
  const apps = directoryOf(cache);
  return {
    appId,
    filter,
    ...(apps ? { apps } : {}),
    ...(problem ? { problem } : {}),
    ...(cache?.installed ? { readAt: freshness(cache.installed.fetchedAt, now, minutes) } : {}),
    ...(refreshing ? { refreshing } : {}),
    ...(cache?.lastAttempt?.marketplace ? { marketplaceFailed: true } : {}),
  };
}

/** The installed apps a request can name, from the cache only (never a network call), by name. */
export async function requestableApps(persistence: IPersistenceRead): Promise<RequestApp[]> {
  const installed = (await readDirectoryCache(persistence))?.installed?.apps ?? [];
  return installed
    .map((app) => ({ id: app.id, name: app.name, version: app.version, author: app.author.name ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
