/** Where the directory stands for one call: can the workspace be read, what is cached, how often. */
import type { ApiAccess } from '../../core/apps/access';
import { resolveAccess } from '../../core/apps/access';
import type { DirectoryCache } from '../../core/apps/cache';
import type { AppsDirectoryPorts } from '../../core/ports/appsDirectory';
import { SettingId } from '../../core/settings/ids';

export interface DirectoryState {
  access: ApiAccess;
  cache?: DirectoryCache;
  refreshMinutes: number;
}

/** The address (the setting, else Site_Url), user id and token the workspace is read with. */
export async function apiAccess({
  settings,
  workspace,
}: Pick<AppsDirectoryPorts, 'settings' | 'workspace'>): Promise<ApiAccess> {
  const [apiUrl, userId, token, siteUrl] = await Promise.all([
    settings.get(SettingId.AppsApiUrl),
    settings.get(SettingId.AppsApiUserId),
    settings.get(SettingId.AppsApiToken),
    workspace.siteUrl(),
  ]);
  return resolveAccess({ apiUrl, siteUrl, userId, token });
}

export async function directoryState(
  ports: Pick<AppsDirectoryPorts, 'settings' | 'workspace' | 'cache'>,
): Promise<DirectoryState> {
  const [access, cache, refreshMinutes] = await Promise.all([
    apiAccess(ports),
    ports.cache.read(),
    ports.settings.get(SettingId.AppsRefreshMinutes),
  ]);
  return { access, cache, refreshMinutes };
}
