/**
 * The directory cache as stored: versioned, and parsed on read. The entries were parsed from the
 * workspace's answers before they were stored, so here they are only checked for their shape; a
 * cache that does not parse reads as absent, and the next refresh reads the workspace again.
 */
import type { Fields } from '../records/schema';
import { isFields, isText, parseVersioned, versioned } from '../records/schema';
import type { DirectoryCache, FetchError } from './cache';
import { FETCH_ERRORS } from './cache';
import type { AppAuthor, InstalledEntry, MarketplaceEntry } from './directory';

export const CACHE_SCHEMA = 1;

export const storedCache = (cache: DirectoryCache) => versioned(cache, CACHE_SCHEMA);

export function parseStoredCache(raw: unknown): DirectoryCache | undefined {
  return parseVersioned(raw, CACHE_SCHEMA, parseCache);
}

/** Undefined when the field is absent, null when it is there but odd (the record does not parse). */
type Part<T> = T | undefined | null;

function parseCache(fields: Fields): DirectoryCache | undefined {
  const installed = source(fields.installed, installedEntry);
  const marketplace = source(fields.marketplace, marketplaceEntry);
  const lastAttempt = attempt(fields.lastAttempt);
  if (installed === null || marketplace === null || lastAttempt === null) return undefined;
  return {
    ...(installed ? { installed } : {}),
    ...(marketplace ? { marketplace } : {}),
    ...(lastAttempt ? { lastAttempt } : {}),
  };
}

function source<T>(
  raw: unknown,
  entry: (raw: unknown) => T | undefined,
): Part<{ apps: T[]; fetchedAt: string }> {
  if (raw === undefined) return undefined;
  if (!isFields(raw) || !isText(raw.fetchedAt) || !Array.isArray(raw.apps)) return null;
  const apps = raw.apps.map(entry);
  if (apps.some((a) => a === undefined)) return null;
  return { apps: apps as T[], fetchedAt: raw.fetchedAt };
}

function attempt(raw: unknown): Part<DirectoryCache['lastAttempt']> {
  if (raw === undefined) return undefined;
  if (!isFields(raw) || !isText(raw.at)) return null;
  const installed = fetchError(raw.installed);
  const marketplace = fetchError(raw.marketplace);
  if (installed === null || marketplace === null) return null;
  return { at: raw.at, ...(installed ? { installed } : {}), ...(marketplace ? { marketplace } : {}) };
}

function fetchError(raw: unknown): Part<FetchError> {
  if (raw === undefined) return undefined;
  return (FETCH_ERRORS as readonly unknown[]).includes(raw) ? (raw as FetchError) : null;
}

function author(raw: unknown): AppAuthor | undefined {
  if (!isFields(raw) || !isText(raw.name)) return undefined;
  if (!optionalText(raw.homepage) || !optionalText(raw.support)) return undefined;
  return {
    name: raw.name,
    ...(isText(raw.homepage) ? { homepage: raw.homepage } : {}),
    ...(isText(raw.support) ? { support: raw.support } : {}),
  };
}

function installedEntry(raw: unknown): InstalledEntry | undefined {
  if (!isFields(raw) || !isText(raw.id) || !isText(raw.name) || !isText(raw.version)) return undefined;
  const by = author(raw.author);
  if (!by || typeof raw.enabled !== 'boolean') return undefined;
  if (raw.source !== 'marketplace' && raw.source !== 'private') return undefined;
  const permissions = raw.permissions;
  if (permissions !== undefined && !(Array.isArray(permissions) && permissions.every(isText)))
    return undefined;
  return {
    id: raw.id,
    name: raw.name,
    version: raw.version,
    author: by,
    enabled: raw.enabled,
    source: raw.source,
    ...(permissions ? { permissions: [...(permissions as string[])] } : {}),
  };
}

function marketplaceEntry(raw: unknown): MarketplaceEntry | undefined {
  if (!isFields(raw) || !isText(raw.id) || !isFields(raw.privacy)) return undefined;
  const { summary, policyUrl } = raw.privacy;
  if (!optionalText(summary) || !optionalText(policyUrl)) return undefined;
  const by = raw.author === undefined ? undefined : author(raw.author);
  if (raw.author !== undefined && !by) return undefined;
  return {
    id: raw.id,
    ...(by ? { author: by } : {}),
    privacy: { ...(isText(summary) ? { summary } : {}), ...(isText(policyUrl) ? { policyUrl } : {}) },
  };
}

const optionalText = (value: unknown): boolean => value === undefined || isText(value);
