/** What the apps view shows, from where the directory stands, the reader's filter and the time. */
import type { DirectoryState } from '../../app/appsDirectory/state';
import { directoryOf, freshness } from '../../core/apps/cache';
import type { DirectoryFilter } from '../../core/apps/directory';
import type { AppsViewData } from './appsView';

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
