/**
 * Reading the workspace's app list again: by the job when the list is due, or while the user
 * waits (the first `/privacy apps`, the refresh button). The cache keeps the last good answer of
 * each source; a failed source never erases it.
 */
import type { DirectoryCache } from '../../core/apps/cache';
import { applyFetch, needsRefresh } from '../../core/apps/cache';
import type { AppsDirectoryPorts, GrantedAccess } from '../../core/ports/appsDirectory';
import { SettingId } from '../../core/settings/ids';
import type { DirectoryState } from './state';
import { apiAccess } from './state';

/** The lease's name; also the name of the record the lease helper keeps it under. */
export const REFRESH_LEASE = 'apps-directory-refresh';
/** A refresh that started less than this long ago is still running (or died): do not start another. */
export const REFRESH_LEASE_MS = 60_000;
/** The refresh button does nothing when the list was read this recently. */
export const MIN_REFRESH_GAP_MS = 10_000;

/**
 * Reads both sources side by side and stores what came back. The cache is read again once the
 * answers are in: another read (the refresh button during a slow job) may have stored a newer
 * list meanwhile, which this one must not replace.
 */
export async function refreshDirectory(
  { workspace, cache, log }: Pick<AppsDirectoryPorts, 'workspace' | 'cache' | 'log'>,
  access: GrantedAccess,
  now: Date,
  timeoutMs: number,
): Promise<DirectoryCache> {
  const [installed, marketplace] = await Promise.all([
    workspace.installed(access, timeoutMs),
    workspace.marketplace(access, timeoutMs),
  ]);
  if (!installed.ok) log.warn(`app directory: /api/apps/installed failed: ${installed.error}`);
  if (!marketplace.ok) log.warn(`app directory: /api/apps/marketplace failed: ${marketplace.error}`);
  const next = applyFetch(await cache.read(), installed, marketplace, now);
  await cache.write(next);
  return next;
}

export type RefreshOutcome = 'refreshed' | 'not_configured' | 'not_due' | 'busy';

/**
 * The job's refresh: only when due, and never two at once (a run that overran its 30 s is not
 * stopped by the server, so the next one could overlap it; on a cluster, each instance runs the
 * job). The lease is held for the read and given up after it, also when the read threw. Should a
 * very slow write still let two runs through (see lease.ts), the harm is one read too many: the
 * cache never lets an older read replace a newer one (applyFetch).
 */
export async function refreshIfDue(ports: AppsDirectoryPorts, timeoutMs: number): Promise<RefreshOutcome> {
  const now = ports.clock.now();
  const access = await apiAccess(ports);
  if (!access.ok) return 'not_configured';
  const [cache, refreshMinutes] = await Promise.all([
    ports.cache.read(),
    ports.settings.get(SettingId.AppsRefreshMinutes),
  ]);
  if (!needsRefresh(cache, now, refreshMinutes)) return 'not_due';
  const holder = ports.ids.next();
  if (!(await ports.lease.claim(REFRESH_LEASE, holder, REFRESH_LEASE_MS))) return 'busy';
  try {
    await refreshDirectory(ports, access, now, timeoutMs);
  } finally {
    await ports.lease.release(REFRESH_LEASE, holder);
  }
  return 'refreshed';
}

/** Reads the workspace now, while the user waits (short time-out), unless it was read moments ago. */
export async function refreshNow(
  state: DirectoryState,
  ports: Pick<AppsDirectoryPorts, 'workspace' | 'cache' | 'log' | 'clock'>,
  timeoutMs: number,
): Promise<DirectoryState> {
  if (!state.access.ok) return state;
  const now = ports.clock.now();
  const last = state.cache?.lastAttempt?.at;
  if (last && now.getTime() - Date.parse(last) < MIN_REFRESH_GAP_MS) return state;
  const cache = await refreshDirectory(ports, state.access, now, timeoutMs);
  return { ...state, cache };
}
