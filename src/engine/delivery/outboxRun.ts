/**
 * One outbox run: sends due requests, reads the status of open ones, sends asked-for cancels.
 * Bounded so a run fits well inside the runtime's 30 s budget (a time budget checked before
 * every call, each call at most CALL_TIMEOUT_MS), guarded by a lease against overlapping runs,
 * and walking the outbox shard by shard so every read is a bounded slice.
 */
import type {
  IHttp,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { randomBytes } from 'crypto';
import { isFinal, move } from '../../core/requests/lifecycle';
import { applyOutcome, classifyCreate } from '../../core/requests/outcome';
import type { PrivacyRequest } from '../../core/requests/request';
import { parseStatusAnswer } from '../../core/requests/wire';
import { tellAdmins } from '../gateways/admins';
import { readRecord, writeRecord } from '../gateways/records';
import type { Key } from '../gateways/records';
import { CALL_TIMEOUT_MS, cancelRequest, createRequest, readStatus } from './dsrClient';
import type { EndpointConfig } from './dsrClient';
import { emailOrReadyToSend } from './emailDelivery';
import { endpointConfig } from './endpointConfig';
import { takeLease, releaseLease } from './lease';
import {
  clearWork,
  findRequest,
  OUTBOX_SHARDS,
  outboxShard,
  saveRequest,
  scheduleWork,
} from './requestStore';
import { announce, applyStatusAnswer, POLL_INTERVAL_MS } from './statusUpdate';
import { createBodyFor } from './createBody';

export const RUN_BUDGET_MS = 15_000;
export const RUN_BATCH = 25;
const CURSOR: Key = [{ model: 'misc', id: 'outbox-cursor' }];

export interface Accessors {
  appId: string;
  read: IRead;
  modify: IModify;
  http: IHttp;
  persistence: IPersistence;
  logger: ILogger;
}

export interface RunReport {
  ran: boolean;
  processed: number;
}

export async function runOutbox(a: Accessors, clock: () => Date = () => new Date()): Promise<RunReport> {
  const reader = a.read.getPersistenceReader();
  const holder = randomBytes(8).toString('hex');
  const started = clock();
  if (!(await takeLease(reader, a.persistence, holder, started, RUN_BUDGET_MS + CALL_TIMEOUT_MS + 5_000))) {
    return { ran: false, processed: 0 };
  }
  let processed = 0;
  try {
    const config = await endpointConfig(a.read.getEnvironmentReader().getSettings());
    const cursor = (await readRecord<{ shard: number }>(reader, CURSOR))?.shard ?? 0;
    let shard = cursor;
    const timeLeft = () => clock().getTime() - started.getTime() < RUN_BUDGET_MS - CALL_TIMEOUT_MS;
    for (let i = 0; i < OUTBOX_SHARDS && processed < RUN_BATCH && timeLeft(); i++) {
      shard = (cursor + i) % OUTBOX_SHARDS;
      const now = clock().getTime();
      const due = (await outboxShard(reader, shard))
        .filter((e) => Date.parse(e.dueAt) <= now)
        .sort((x, y) => x.dueAt.localeCompare(y.dueAt));
      for (const entry of due) {
        if (processed >= RUN_BATCH || !timeLeft()) break;
        await processOne(a, config, entry.id, clock);
        processed++;
      }
    }
    await writeRecord(a.persistence, CURSOR, { shard: (shard + 1) % OUTBOX_SHARDS });
  } finally {
    await releaseLease(reader, a.persistence, holder);
  }
  return { ran: true, processed };
}

async function processOne(
  a: Accessors,
  config: EndpointConfig | undefined,
  id: string,
  clock: () => Date,
): Promise<void> {
  const request = await findRequest(a.read.getPersistenceReader(), id);
  if (!request || isFinal(request.status) || !request.routing.vendor) {
    await clearWork(a.persistence, id);
    return;
  }
  try {
    if (request.status === 'queued' && request.delivery.cancelRequested !== true)
      await deliver(a, config, request, clock());
    else if (request.delivery.cancelRequested) await sendCancel(a, config, request, clock());
    else await poll(a, config, request, clock());
  } catch (error) {
    // Never lose the entry: try again later.
    a.logger.error(`outbox: request ${request.ref} failed`, String((error as Error)?.message ?? error));
    await scheduleWork(a.persistence, id, new Date(clock().getTime() + 5 * 60_000).toISOString());
  }
}

async function deliver(
  a: Accessors,
  config: EndpointConfig | undefined,
  request: PrivacyRequest,
  now: Date,
): Promise<void> {
  if (!config) {
    await emailOrReadyToSend(a, request, now, 'no_endpoint');
    return;
  }
  const result = await createRequest(a.http, config, await createBodyFor(a.read, request, a.appId), now);
  const outcome = classifyCreate(result, request.id);
  const applied = applyOutcome(request, outcome, now, Math.random());
  const next = applied.request;
  await saveRequest(a.persistence, next);
  if (isFinal(next.status)) await clearWork(a.persistence, next.id);
  else {
    const dueAt =
      next.status === 'queued'
        ? next.delivery.nextAttemptAt
        : new Date(now.getTime() + POLL_INTERVAL_MS).toISOString();
    await scheduleWork(a.persistence, next.id, dueAt ?? now.toISOString());
  }
  if (applied.changed) {
    await announce(a.read, a.modify, next, {
      reason: outcome.kind === 'rejected' ? outcome.message : undefined,
    });
  }
  if (outcome.kind === 'rejected')
    await tellAdmins(a.read, a.modify, ({ t }) =>
      t('admin.rejected', { ref: next.ref, reason: outcome.message }),
    );
  if (applied.alertAdmins) await tellAdmins(a.read, a.modify, ({ t }) => t('admin.unauthorized'));
  if (applied.deadLettered) {
    await tellAdmins(a.read, a.modify, ({ t }) => t('admin.deadLetter', { ref: next.ref }));
    await emailOrReadyToSend(a, next, now, 'dead_letter');
  }
}

async function poll(
  a: Accessors,
  config: EndpointConfig | undefined,
  request: PrivacyRequest,
  now: Date,
): Promise<void> {
  if (!config) {
    await clearWork(a.persistence, request.id);
    return;
  }
  const result = await readStatus(a.http, config, request.id, now);
  const answer =
    result.kind === 'answer' && result.status === 200
      ? parseStatusAnswer(result.body, request.id)
      : undefined;
  if (!answer) {
    await scheduleWork(a.persistence, request.id, new Date(now.getTime() + POLL_INTERVAL_MS).toISOString());
    return;
  }
  await applyStatusAnswer(a.read, a.modify, a.persistence, request, answer, 'poll', now);
}

async function sendCancel(
  a: Accessors,
  config: EndpointConfig | undefined,
  request: PrivacyRequest,
  now: Date,
): Promise<void> {
  const result = config ? await cancelRequest(a.http, config, request.id, now) : undefined;
  if (
    result?.kind === 'answer' &&
    (result.status === 202 || result.status === 200 || result.status === 404)
  ) {
    const moved = move(request, 'cancelled', { at: now.toISOString(), source: 'user' });
    const next = moved.ok ? moved.value : request;
    await saveRequest(a.persistence, { ...next, delivery: { ...next.delivery, cancelRequested: false } });
    await clearWork(a.persistence, request.id);
    if (moved.ok && moved.changed) await announce(a.read, a.modify, next);
    return;
  }
  if (result?.kind === 'answer' && result.status === 409) {
    // Too late to cancel: read where it stands instead.
    await saveRequest(a.persistence, {
      ...request,
      delivery: { ...request.delivery, cancelRequested: false },
    });
    await poll(a, config, { ...request, delivery: { ...request.delivery, cancelRequested: false } }, now);
    return;
  }
  await scheduleWork(a.persistence, request.id, new Date(now.getTime() + 5 * 60_000).toISOString());
}
