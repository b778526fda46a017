/**
 * How the app reaches the workspace's own REST API: a base URL (the admin's, else Site_Url) and
 * the user id and personal access token of a dedicated user. The token is only passed through.
 */
import { checkLink } from '../settings/validation';

export type AccessSetting = 'baseUrl' | 'userId' | 'token';

export interface AccessInput {
  /** The admin's base URL setting, already checked; empty when not set. */
  apiUrl: string;
  siteUrl?: string;
  userId: string;
  token: string;
}

export type ApiAccess =
  | { ok: true; baseUrl: string; userId: string; token: string }
  | { ok: false; missing: AccessSetting[] };

export function resolveAccess({ apiUrl, siteUrl, userId, token }: AccessInput): ApiAccess {
  // Site_Url is held to the same rule as the setting: the token never travels over plain http
  // to another machine.
  const site = checkLink(siteUrl);
  const base = apiUrl || (site.ok ? site.value : '');
  const missing: AccessSetting[] = [];
  if (!base) missing.push('baseUrl');
  if (!userId) missing.push('userId');
  if (!token) missing.push('token');
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, baseUrl: base.replace(/\/+$/, ''), userId, token };
}

export const INSTALLED_PATH = '/api/apps/installed';
export const MARKETPLACE_PATH = '/api/apps/marketplace';
