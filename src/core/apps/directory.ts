/**
 * The installed-apps directory: what the workspace says is installed (`/api/apps/installed`),
 * completed with what the Marketplace says about each app's privacy (`/api/apps/marketplace`).
 * Private (uploaded) apps are not in the Marketplace. Everything here is pure: the answers are
 * parsed from `unknown`, since they come from outside the app.
 */
import type { PermissionCategory, PermissionGroup } from './permissions';
import { DEFAULT_PERMISSIONS, groupPermissions, READS_MESSAGES, SENDS_DATA_OUT } from './permissions';

export type AppSource = 'marketplace' | 'private';

export interface AppAuthor {
  name: string;
  homepage?: string;
  /** A link, or a mailto: link when the author gave an email address. */
  support?: string;
}

export interface AppPrivacy {
  summary?: string;
  policyUrl?: string;
}

/** What the workspace itself says about one installed app (kept in the cache). */
export interface InstalledEntry {
  id: string;
  name: string;
  version: string;
  author: AppAuthor;
  enabled: boolean;
  source: AppSource;
  /** Undefined when the app declares none: the engine then grants it its default set. */
  permissions?: string[];
}

/** What the Marketplace says about one app (kept in the cache, only for installed apps). */
export interface MarketplaceEntry {
  id: string;
  author?: AppAuthor;
  privacy: AppPrivacy;
}

export interface AppPermissions {
  names: string[];
  /** True when the app declares none and these are the engine's defaults. */
  isDefault: boolean;
}

/**
 * `published`: the Marketplace has a summary or a policy link. `none`: it has neither, or the app
 * is private. `unknown`: a Marketplace app whose Marketplace entry could not be read.
 */
export type PrivacyStatus = 'published' | 'none' | 'unknown';

export interface DirectoryApp {
  id: string;
  name: string;
  version: string;
  author: AppAuthor;
  enabled: boolean;
  source: AppSource;
  permissions: AppPermissions;
  privacy: AppPrivacy;
  privacyStatus: PrivacyStatus;
}

const MAX_NAME = 120;
const MAX_SUMMARY = 600;
const MAX_URL = 2048;

/** Text from a third party, made safe to put in mrkdwn: no control characters, no `<>` (links), clipped. */
export function safeText(raw: unknown, max: number, keepNewlines = false): string {
  if (typeof raw !== 'string') return '';
  const cleaned = raw
    .replace(keepNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[<>]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/** A web link from a third party: http or https only, nothing that would break a mrkdwn link. */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === '' || text.length > MAX_URL || /[\s<>|]/.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@<>|]+@[^\s@<>|]+\.[^\s@<>|.]{2,}$/;

/** A support contact: a link, or an email address turned into a mailto: link. */
export function supportLink(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/^mailto:/i, '');
  if (EMAIL.test(text)) return `mailto:${text}`;
  return safeUrl(raw);
}

function parseAuthor(raw: unknown): AppAuthor | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const author = raw as Record<string, unknown>;
  const name = safeText(author.name, MAX_NAME);
  const homepage = safeUrl(author.homepage);
  const support = supportLink(author.support);
  if (!name && !homepage && !support) return undefined;
  return { name, ...(homepage ? { homepage } : {}), ...(support ? { support } : {}) };
}

function parsePermissionNames(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const names = raw
    .map((p) => (typeof p === 'string' ? p : (p as { name?: unknown } | null)?.name))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => safeText(n, 80));
  return [...new Set(names)];
}

const ENABLED_STATUSES = new Set(['auto_enabled', 'manually_enabled']);

/** One entry of `/api/apps/installed`; undefined when it has no id. */
export function parseInstalledApp(raw: unknown): InstalledEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const app = raw as Record<string, unknown>;
  const id = safeText(app.id, 100);
  if (!id) return undefined;
  const permissions = parsePermissionNames(app.permissions);
  return {
    id,
    name: safeText(app.name, MAX_NAME) || id,
    version: safeText(app.version, 40),
    author: parseAuthor(app.author) ?? { name: '' },
    enabled: typeof app.status === 'string' && ENABLED_STATUSES.has(app.status),
    source: app.private === true ? 'private' : 'marketplace',
    ...(permissions ? { permissions } : {}),
  };
}

/** The body of `/api/apps/installed` (`{ apps: [...] }`); undefined when it is not that. */
export function parseInstalled(body: unknown): InstalledEntry[] | undefined {
  const apps = (body as { apps?: unknown } | null)?.apps;
  if (!Array.isArray(apps)) return undefined;
  return apps.map(parseInstalledApp).filter((a): a is InstalledEntry => a !== undefined);
}

/** One entry of the Marketplace catalogue: `{ appId, latest: {...} }` (some proxies flatten it). */
export function parseMarketplaceApp(raw: unknown): MarketplaceEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const entry = raw as Record<string, unknown>;
  const latest = (entry.latest && typeof entry.latest === 'object' ? entry.latest : entry) as Record<
    string,
    unknown
  >;
  const id = safeText(entry.appId ?? latest.id, 100);
  if (!id) return undefined;
  const summary = safeText(latest.privacyPolicySummary, MAX_SUMMARY, true);
  const policyUrl = safeUrl(latest.privacyLink ?? latest.privacyPolicyUrl);
  const author = parseAuthor(latest.author);
  return {
    id,
    ...(author ? { author } : {}),
    privacy: { ...(summary ? { summary } : {}), ...(policyUrl ? { policyUrl } : {}) },
  };
}

/**
 * The body of `/api/apps/marketplace`: a JSON array (the server's success wrapper around an array
 * serialises as the array), or an object holding it under `apps`. Undefined when neither.
 */
export function parseMarketplace(body: unknown): MarketplaceEntry[] | undefined {
  const list = Array.isArray(body) ? body : (body as { apps?: unknown } | null)?.apps;
  if (!Array.isArray(list)) return undefined;
  return list.map(parseMarketplaceApp).filter((a): a is MarketplaceEntry => a !== undefined);
}

/**
 * Joins the two sources by app id. `marketplace` is undefined when it could not be read at all;
 * then Marketplace apps get `unknown` privacy rather than a false "no policy published".
 */
export function mergeDirectory(
  installed: readonly InstalledEntry[],
  marketplace: readonly MarketplaceEntry[] | undefined,
): DirectoryApp[] {
  const listed = new Map((marketplace ?? []).map((entry) => [entry.id, entry]));
  return installed.map((app) => {
    const entry = app.source === 'marketplace' ? listed.get(app.id) : undefined;
    const privacy = entry?.privacy ?? {};
    const published = Boolean(privacy.summary || privacy.policyUrl);
    const privacyStatus: PrivacyStatus = published
      ? 'published'
      : app.source === 'marketplace' && marketplace === undefined
        ? 'unknown'
        : 'none';
    return {
      id: app.id,
      name: app.name,
      version: app.version,
      // The installed app.json is what runs; the Marketplace fills in only what it lacks.
      author: {
        name: app.author.name || entry?.author?.name || '',
        ...pick('homepage', app.author.homepage ?? entry?.author?.homepage),
        ...pick('support', app.author.support ?? entry?.author?.support),
      },
      enabled: app.enabled,
      source: app.source,
      permissions: app.permissions
        ? { names: app.permissions, isDefault: false }
        : { names: [...DEFAULT_PERMISSIONS], isDefault: true },
      privacy,
      privacyStatus,
    };
  });
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

export const sendsDataOut = (app: DirectoryApp): boolean =>
  app.permissions.names.some((n) => (SENDS_DATA_OUT as readonly string[]).includes(n));
export const readsMessages = (app: DirectoryApp): boolean =>
  app.permissions.names.some((n) => (READS_MESSAGES as readonly string[]).includes(n));

export function permissionGroups(app: DirectoryApp): PermissionGroup[] {
  return groupPermissions(app.permissions.names);
}

/**
 * The order a privacy-minded reader wants: apps that can send data out and read messages first,
 * then those that can do one of the two, then the most high-risk permissions, then by name.
 */
export function orderApps(apps: readonly DirectoryApp[]): DirectoryApp[] {
  const rank = (app: DirectoryApp) => (sendsDataOut(app) ? 2 : 0) + (readsMessages(app) ? 1 : 0);
  const highs = (app: DirectoryApp) =>
    permissionGroups(app)
      .flatMap((g) => g.permissions)
      .filter((p) => p.risk === 'high').length;
  return [...apps].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      highs(b) - highs(a) ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
      a.id.localeCompare(b.id),
  );
}

export interface DirectoryFilter {
  /** Words that must all appear (any case) in the app's name, author, id or permission words. */
  query?: string;
  /** Only apps with at least one permission in this category. */
  category?: PermissionCategory;
}

/**
 * Filters the directory. `words` adds searchable text per app (the view passes the translated
 * category names and permission descriptions, so a reader can search in their own language).
 */
export function filterApps(
  apps: readonly DirectoryApp[],
  { query, category }: DirectoryFilter,
  words: (app: DirectoryApp) => string[] = () => [],
): DirectoryApp[] {
  const terms = (query ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  return apps.filter((app) => {
    if (category && !permissionGroups(app).some((g) => g.category === category)) return false;
    if (terms.length === 0) return true;
    const haystack = [app.name, app.author.name, app.id, ...app.permissions.names, ...words(app)]
      .join('\n')
      .toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
