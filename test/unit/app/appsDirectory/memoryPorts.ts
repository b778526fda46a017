/** In-memory ports for the app directory's use cases: a workspace that answers from fixtures. */
import type { DirectoryCache, Fetched } from '../../../../src/core/apps/cache';
import type { InstalledEntry, MarketplaceEntry } from '../../../../src/core/apps/directory';
import { parseInstalled, parseMarketplace } from '../../../../src/core/apps/directory';
import type { AppsDirectoryPorts, WorkspaceApi } from '../../../../src/core/ports/appsDirectory';
import type { Lease } from '../../../../src/core/ports/lease';
import { fixedSettings } from '../../../../src/core/settings/snapshot';
import { CONFIGURED, INSTALLED, MARKETPLACE } from '../../fixtures/apps';

export interface Answers {
  installed: Fetched<InstalledEntry[]>;
  marketplace: Fetched<MarketplaceEntry[]>;
}

export const GOOD: Answers = {
  installed: { ok: true, value: parseInstalled(INSTALLED)! },
  marketplace: { ok: true, value: parseMarketplace(MARKETPLACE)! },
};

export function memoryWorkspace(answers: () => Answers, pause: () => Promise<void> = async () => {}) {
  const calls: Array<{ source: 'installed' | 'marketplace'; timeoutMs: number }> = [];
  const workspace: WorkspaceApi = {
    siteUrl: async () => 'https://chat.example.org',
    installed: async (_access, timeoutMs) => {
      calls.push({ source: 'installed', timeoutMs });
      await pause();
      return answers().installed;
    },
    marketplace: async (_access, timeoutMs) => {
      calls.push({ source: 'marketplace', timeoutMs });
      await pause();
      return answers().marketplace;
    },
  };
  return { workspace, calls };
}

export function memoryLease(): Lease & { held: Map<string, string> } {
  const held = new Map<string, string>();
  return {
    held,
    claim: async (name, holder) => {
      if (held.has(name) && held.get(name) !== holder) return false;
      held.set(name, holder);
      return true;
    },
    release: async (name, holder) => {
      if (held.get(name) === holder) held.delete(name);
    },
  };
}

export function memoryPorts(options: { settings?: Record<string, unknown>; answers?: () => Answers } = {}) {
  let stored: DirectoryCache | undefined;
  let clock = new Date('2026-03-01T10:00:00Z');
  let id = 0;
  const warnings: string[] = [];
  const { workspace, calls } = memoryWorkspace(options.answers ?? (() => GOOD));
  const lease = memoryLease();
  const ports: AppsDirectoryPorts = {
    workspace,
    cache: {
      read: async () => stored && JSON.parse(JSON.stringify(stored)),
      write: async (cache) => void (stored = cache),
    },
    lease,
    clock: { now: () => clock },
    ids: { next: () => `run-${++id}` },
    settings: fixedSettings({ ...CONFIGURED, ...options.settings }),
    log: { warn: (message) => void warnings.push(message) },
  };
  return {
    ports,
    calls,
    lease,
    warnings,
    stored: () => stored,
    later: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)),
  };
}
