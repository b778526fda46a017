/**
 * What refreshing the installed-apps directory needs, as the use case sees it: the workspace's own
 * REST API read as values (errors included), the one cache record, a lease so that two refreshes
 * never run at once, the clock, ids for lease holders, the call's settings and somewhere to warn.
 * Adapters: engine/adapters/appsDirectory; in tests, in-memory ports.
 */
import type { ApiAccess } from '../apps/access';
import type { DirectoryCache, Fetched } from '../apps/cache';
import type { InstalledEntry, MarketplaceEntry } from '../apps/directory';
import type { SettingsSnapshot } from '../settings/snapshot';
import type { Clock, Ids } from './clock';
import type { Lease } from './lease';

export type GrantedAccess = Extract<ApiAccess, { ok: true }>;

export interface WorkspaceApi {
  /** The server's Site_Url: where the API is when no address is set. */
  siteUrl(): Promise<string | undefined>;
  installed(access: GrantedAccess, timeoutMs: number): Promise<Fetched<InstalledEntry[]>>;
  marketplace(access: GrantedAccess, timeoutMs: number): Promise<Fetched<MarketplaceEntry[]>>;
}

export interface DirectoryCacheStore {
  /** The stored cache; undefined when none is stored, or it does not parse. */
  read(): Promise<DirectoryCache | undefined>;
  write(cache: DirectoryCache): Promise<void>;
}

export interface DirectoryLog {
  warn(message: string): void;
}

export interface AppsDirectoryPorts {
  workspace: WorkspaceApi;
  cache: DirectoryCacheStore;
  lease: Lease;
  clock: Clock;
  ids: Ids;
  settings: SettingsSnapshot;
  log: DirectoryLog;
}
