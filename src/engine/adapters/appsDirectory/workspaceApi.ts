/**
 * The workspace's own REST API, read with the app's `http` accessor: the only way an app can
 * learn which other apps are installed. Errors come back as values. The token goes into the
 * request headers and nowhere else: it is never logged, and the errors do not carry it.
 */
import type { IHttp, IHttpResponse, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { INSTALLED_PATH, MARKETPLACE_PATH } from '../../../core/apps/access';
import type { Fetched } from '../../../core/apps/cache';
import type { InstalledEntry, MarketplaceEntry } from '../../../core/apps/directory';
import { parseInstalled, parseMarketplace } from '../../../core/apps/directory';
import type { GrantedAccess as Access, WorkspaceApi } from '../../../core/ports/appsDirectory';
import { siteUrl } from '../server/policySource';

/** While a user waits (the first `/privacy apps`, the refresh button): well inside the 30 s budget. */
export const USER_TIMEOUT_MS = 5_000;
/** In a job, which has 30 s for the whole run; both reads run side by side. */
export const JOB_TIMEOUT_MS = 10_000;

/** GET `path` as JSON. 401/403: unauthorized; time-out, refused, 5xx: unreachable; anything else odd: bad_answer. */
export async function getJson(
  http: IHttp,
  access: Access,
  path: string,
  timeoutMs: number,
): Promise<Fetched<unknown>> {
  let response: IHttpResponse;
  try {
    response = await http.get(`${access.baseUrl}${path}`, {
      headers: { 'X-User-Id': access.userId, 'X-Auth-Token': access.token, Accept: 'application/json' },
      timeout: timeoutMs,
    });
  } catch {
    // The accessor throws on a time-out, a refused connection or a name that does not resolve.
    return { ok: false, error: 'unreachable' };
  }
  const status = response.statusCode;
  if (status === 401 || status === 403) return { ok: false, error: 'unauthorized' };
  if (status >= 500 || status === 408 || status === 429) return { ok: false, error: 'unreachable' };
  if (status < 200 || status >= 300) return { ok: false, error: 'bad_answer' };
  if (response.data !== undefined && response.data !== null) return { ok: true, value: response.data };
  try {
    return { ok: true, value: JSON.parse(response.content ?? '') };
  } catch {
    return { ok: false, error: 'bad_answer' };
  }
}

function parsed<T>(fetched: Fetched<unknown>, parse: (body: unknown) => T | undefined): Fetched<T> {
  if (!fetched.ok) return fetched;
  const value = parse(fetched.value);
  return value === undefined ? { ok: false, error: 'bad_answer' } : { ok: true, value };
}

export async function fetchInstalled(
  http: IHttp,
  access: Access,
  timeoutMs: number,
): Promise<Fetched<InstalledEntry[]>> {
  return parsed(await getJson(http, access, INSTALLED_PATH, timeoutMs), parseInstalled);
}

export async function fetchMarketplace(
  http: IHttp,
  access: Access,
  timeoutMs: number,
): Promise<Fetched<MarketplaceEntry[]>> {
  return parsed(await getJson(http, access, MARKETPLACE_PATH, timeoutMs), parseMarketplace);
}

/** The WorkspaceApi port over the app's `http` accessor. */
export function workspaceApiOver(http: IHttp, read: IRead): WorkspaceApi {
  return {
    siteUrl: () => siteUrl(read),
    installed: (access, timeoutMs) => fetchInstalled(http, access, timeoutMs),
    marketplace: (access, timeoutMs) => fetchMarketplace(http, access, timeoutMs),
  };
}
