/**
 * In-memory implementations of the core's ports, for unit tests of the use cases: each records
 * what the use case did, so a test asserts what a person or admin would read and what is queued.
 */
import { deliveryTexts } from '../../../src/engine/views/deliveryTexts';
import type { DeliveryPorts } from '../../../src/app/delivery/ports';
import type { AlertMemory, AlertName } from '../../../src/core/ports/alerts';
import type { DsrEndpoint, DsrResult, EndpointState } from '../../../src/core/ports/dsr';
import type { OutboxLease } from '../../../src/core/ports/lease';
import type { HandOver, Mailer } from '../../../src/core/ports/mail';
import type { Notifier, TextFor } from '../../../src/core/ports/messaging';
import type { OutboxQueue } from '../../../src/core/ports/outbox';
import type { RequestsStore } from '../../../src/core/ports/requests';
import { translator } from '../../../src/core/i18n/translator';
import type { Language } from '../../../src/core/i18n/languages';
import type { RequestChange, RequestEvent } from '../../../src/core/requests/history';
import { changesBetween, EVENT_KIND, EVENT_SCHEMA, foldHistory } from '../../../src/core/requests/history';
import type { OutboxEntry } from '../../../src/core/requests/outboxEntry';
import type { PrivacyRequest } from '../../../src/core/requests/request';
import { fixedSettings } from '../../../src/core/settings/snapshot';

/** Requests as records plus events, folded on read as the real store does. */
export function memoryRequests(): RequestsStore & {
  events: RequestEvent[];
  records: Map<string, PrivacyRequest>;
} {
  const bases = new Map<string, PrivacyRequest>();
  const events: RequestEvent[] = [];
  let stamp = Date.parse('2026-01-01T00:00:00.000Z');
  let writer = 0;
  const fold = (base: PrivacyRequest) => foldHistory(base, events);
  const find = async (id: string) => {
    const base = bases.get(id);
    return base ? fold(base).request : undefined;
  };
  const record = async (request: Pick<PrivacyRequest, 'id' | 'ref' | 'userId'>, changes: RequestChange[]) => {
    const base = bases.get(request.id);
    if (!base) throw new Error(`request ${request.ref} is not stored`);
    const at = new Date((stamp += 1)).toISOString();
    const ids = changes.map((change, i) => {
      const eventId = `w${++writer}-${i}`;
      events.push({ kind: EVENT_KIND, v: EVENT_SCHEMA, requestId: request.id, eventId, stamp: at, change });
      return eventId;
    });
    const folded = fold(base);
    return { request: folded.request, moved: ids.some((id) => folded.movedBy.has(id)) };
  };
  return {
    events,
    records: bases,
    find,
    async findByReference(ref) {
      return [...bases.values()].filter((b) => b.ref === ref).map((b) => fold(b).request);
    },
    async ofUser(userId) {
      return [...bases.values()]
        .filter((b) => b.userId === userId)
        .map((b) => fold(b).request)
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    },
    async all() {
      return [...bases.values()]
        .map((b) => fold(b).request)
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    },
    async create(request) {
      bases.set(request.id, JSON.parse(JSON.stringify(request)) as PrivacyRequest);
    },
    record,
    async append(request, changes) {
      await record(request, changes);
    },
    async recordChanges(next, options) {
      const stored = (await find(next.id)) ?? next;
      const changes = changesBetween(stored, next, options);
      if (changes.length === 0) return { request: stored, moved: false };
      return record(next, changes);
    },
  };
}

export function memoryOutbox(): OutboxQueue & { entries: Map<string, OutboxEntry> } {
  const entries = new Map<string, OutboxEntry>();
  return {
    entries,
    waiting: async () => [...entries.values()].map((e) => ({ ...e })),
    put: async (entry) => void entries.set(entry.requestId, { ...entry }),
    clear: async (requestId) => void entries.delete(requestId),
  };
}

export interface Told {
  to: string;
  text: string;
}

/** Messages as the person (in `language`) and the admins (in English) would read them. */
export function memoryNotifier(language: Language = 'en'): Notifier & { told: Told[]; gone: Set<string> } {
  const told: Told[] = [];
  const gone = new Set<string>();
  return {
    told,
    gone,
    async tellRequester(request, text: TextFor) {
      if (gone.has(request.userId)) return false;
      told.push({ to: request.userId, text: text(translator(language)) });
      return true;
    },
    async tellAdmins(text: TextFor) {
      told.push({ to: 'admins', text: text(translator('en')) });
      return true;
    },
  };
}

export function memoryMailer(handOver: HandOver = 'emailed', sends = true): Mailer & { mails: string[] } {
  const mails: string[] = [];
  return {
    mails,
    async emailTrack(request, track) {
      if (sends) mails.push(`${track}:${request.ref}`);
      return sends;
    },
    async emailCancellation(request) {
      if (sends) mails.push(`cancel:${request.ref}`);
      return sends;
    },
    async handOver(request) {
      if (handOver === 'emailed') mails.push(`vendor:${request.ref}`);
      return handOver;
    },
  };
}

/** An endpoint that answers from a script: `answers[method]` in order, the last one repeated. */
export function memoryDsr(
  state: EndpointState = { kind: 'ready' },
  answers: Partial<Record<'create' | 'status' | 'cancel', DsrResult[]>> = {},
): DsrEndpoint & { calls: string[] } {
  const calls: string[] = [];
  const next = (method: 'create' | 'status' | 'cancel', id: string): DsrResult => {
    if (state.kind !== 'ready') return { kind: 'no_endpoint' };
    calls.push(`${method}:${id}`);
    const list = answers[method] ?? [];
    return (list.length > 1 ? list.shift() : list[0]) ?? { kind: 'no_answer', reason: 'refused' };
  };
  return {
    calls,
    state: async () => state,
    create: async (request) => next('create', request.id),
    status: async (id) => next('status', id),
    cancel: async (id) => next('cancel', id),
  };
}

export function memoryLease(): OutboxLease & { records: Map<string, string> } {
  const records = new Map<string, string>();
  const take = async (name: string, holder: string) => {
    const current = records.get(name);
    if (current && current !== holder) return false;
    records.set(name, holder);
    return true;
  };
  return {
    records,
    take: (holder) => take('lease', holder),
    holds: async (holder) => records.get('lease') === holder,
    release: async (holder) => void (records.get('lease') === holder && records.delete('lease')),
    claim: (name, holder) => take(name, holder),
    unclaim: async (name) => void records.delete(name),
  };
}

export function memoryAlerts(): AlertMemory & { told: Map<AlertName, string> } {
  const told = new Map<AlertName, string>();
  return {
    told,
    async firstTime(name, detail = '') {
      if (told.get(name) === detail) return false;
      told.set(name, detail);
      return true;
    },
    forget: async (name) => void told.delete(name),
  };
}

function defaults(now: () => Date, settings: Record<string, unknown>) {
  let id = 0;
  return {
    texts: deliveryTexts,
    requests: memoryRequests(),
    outbox: memoryOutbox(),
    dsr: memoryDsr(),
    notifier: memoryNotifier(),
    mailer: memoryMailer(),
    alerts: memoryAlerts(),
    lease: memoryLease(),
    settings: fixedSettings({ dpo_email: 'dpo@example.org', ...settings }),
    clock: { now },
    ids: { next: () => `holder-${++id}` },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    random: () => 0.5,
  };
}

export type MemoryPorts = ReturnType<typeof defaults>;

/** Every delivery port in memory (each replaceable by another memory port); the clock moves only when a test moves it. */
export function memoryPorts(overrides: Partial<MemoryPorts> = {}, settings: Record<string, unknown> = {}) {
  let now = new Date('2026-03-02T10:00:00.000Z');
  const ports: MemoryPorts = { ...defaults(() => now, settings), ...overrides };
  const all: DeliveryPorts = ports;
  return {
    ...ports,
    ports: all,
    moveClock: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}
