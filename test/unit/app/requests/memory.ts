/**
 * In-memory ports for the use cases: a requests store that folds events as the core does, claims,
 * an outbox, a notifier and a mailer that record what the app did, a clock the test moves.
 */
import type { FilingPorts } from '../../../../src/app/requests/fileRequest';
import type { DailyClaim } from '../../../../src/core/ports/claims';
import type { TextFor } from '../../../../src/core/ports/messaging';
import type { RequestsStore } from '../../../../src/core/ports/requests';
import { translator } from '../../../../src/core/i18n/translator';
import type { Language } from '../../../../src/core/i18n/languages';
import { memoryRequests as sharedMemoryRequests } from '../memoryPorts';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { fixedSettings } from '../../../../src/core/settings/snapshot';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The delivery tests' in-memory store (one for all use cases), as the filing tests name its parts. */
export function memoryRequests() {
  const store = sharedMemoryRequests();
  return { store: store as RequestsStore, records: store.records, events: store.events };
}

export interface MemoryOptions {
  settings?: Record<string, unknown>;
  now?: Date;
  /** Whether telling the admins works (false: nobody is configured, or every message failed). */
  admins?: boolean | 'throws';
  /** Whether the workspace can send e-mail. */
  email?: boolean;
  /** The language the person and the admins read (the adapter finds it; here, fixed). */
  language?: Language;
}

export function memoryPorts(options: MemoryOptions = {}) {
  const requests = memoryRequests();
  const claims = new Map<string, DailyClaim>();
  const filingClaims = new Set<string>();
  const language = translator(options.language ?? 'en');
  const said: Array<{ to: 'requester' | 'admins'; userId?: string; text: string }> = [];
  const mailed: PrivacyRequest[] = [];
  const scheduled: Array<{ requestId: string; dueAt: string }> = [];
  const logs: Array<{ level: string; items: unknown[] }> = [];
  let wakes = 0;
  let now = options.now ?? new Date('2026-03-10T12:00:00Z');
  const text = (t: TextFor) => t(language);
  const ports: FilingPorts = {
    requests: requests.store,
    dailyClaims: {
      put: async (userId, claim) => void claims.set(`${userId}|${claim.requestId}`, { ...claim }),
      remove: async (userId, requestId) => void claims.delete(`${userId}|${requestId}`),
      ofUser: async (userId) =>
        [...claims.entries()].filter(([key]) => key.startsWith(`${userId}|`)).map(([, c]) => ({ ...c })),
    },
    claims: {
      // One store, no race: the first claim of a request wins (the adapter's settle and read back).
      claimFiling: async (requestId) => !filingClaims.has(requestId) && !!filingClaims.add(requestId),
    },
    outbox: {
      put: async ({ requestId, dueAt }) => void scheduled.push({ requestId, dueAt }),
      wake: async () => void wakes++,
    },
    notifier: {
      tellRequester: async (request, t) => (
        said.push({ to: 'requester', userId: request.userId, text: text(t) }), true
      ),
      tellAdmins: async (t) => {
        if (options.admins === 'throws') throw new Error('admin room is gone');
        if (options.admins === false) return false;
        said.push({ to: 'admins', text: text(t) });
        return true;
      },
    },
    mailer: {
      emailWorkspaceTrack: async (request) => (options.email ? (mailed.push(copy(request)), true) : false),
    },
    settings: fixedSettings(options.settings ?? {}),
    clock: { now: () => now },
    log: {
      debug: (...items) => logs.push({ level: 'debug', items }),
      info: (...items) => logs.push({ level: 'info', items }),
      warn: (...items) => logs.push({ level: 'warn', items }),
      error: (...items) => logs.push({ level: 'error', items }),
    },
  };
  return {
    ports,
    requests,
    claims,
    said,
    mailed,
    scheduled,
    logs,
    wakes: () => wakes,
    moveClock: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}
