/**
 * One outbox run: sends due requests, reads the status of open ones, sends asked-for cancels.
 * Bounded so a run fits well inside the runtime's 30 s budget (a time budget checked before
 * every call, each call at most CALL_TIMEOUT_MS), guarded by a lease against overlapping runs
 * (also across the instances of a cluster: see lease.ts), re-checked before each request,
 * and reading the outbox's 16 shards once each: the due work is ordered by the pure core (cancels,
 * then deliveries, then status reads, each oldest first; see outboxOrder.ts), and the work per run
 * is capped (RUN_BATCH), however long an outage queue grows, so new requests never wait behind the
 * status reads of many open ones.
 */
import type { IPersistence } from '@rocket.chat/apps-engine/definition/accessors';
import { randomBytes } from 'crypto';
import { createAttempted } from '../../core/requests/history';
import { canBeCancelled, isFinal } from '../../core/requests/lifecycle';
import { orderDueWork, workOf } from '../../core/requests/outboxOrder';
import { applyOutcome, classifyCreate } from '../../core/requests/outcome';
import type { PrivacyRequest } from '../../core/requests/request';
import { parseStatusAnswer } from '../../core/requests/wire';
import { tellAdmins } from '../adapters/messaging/admins';
import { readRecord, removeRecords, writeRecord } from '../adapters/persistence/records';
import type { Key } from '../adapters/persistence/records';
import { CALL_TIMEOUT_MS, cancelRequest, createRequest, readStatus } from '../adapters/dsr/dsrClient';
import type { EndpointConfig } from '../adapters/dsr/dsrClient';
import { emailOrReadyToSend, handOverMalformed } from './emailDelivery';
import { endpointConfig, endpointNotInForce } from './endpointConfig';
import { claimRequest, holdsLease, releaseLease, takeLease } from '../adapters/persistence/lease';
import {
  addEvents,
  clearWork,
  findRequest,
  OUTBOX_SHARDS,
  outboxShard,
  planWork,
  POLL_INTERVAL_MS,
  readBack,
  recordAndPlan,
  scheduleWork,
} from '../adapters/persistence/requestStore';
import type { OutboxEntry } from '../adapters/persistence/requestStore';
import { emailCancellation } from '../adapters/email/emailHandover';
import { tellRequester } from '../adapters/messaging/tellRequester';
import { announce, applyStatusAnswer } from './statusUpdate';
import { createBodyFor } from './createBody';
import type { EngineCall as Accessors } from '../adapters/engineCall';

import { quoteInline } from '../../core/text/quote';
import type { ValueProblem } from '../../core/settings/validation';
import { statusLabel } from '../views/requestText';

export const RUN_BUDGET_MS = 15_000;
export const RUN_BATCH = 25;
const LEASE_MS = RUN_BUDGET_MS + CALL_TIMEOUT_MS + 5_000;

export interface RunReport {
  ran: boolean;
  processed: number;
}

export async function runOutbox(a: Accessors, clock: () => Date = () => new Date()): Promise<RunReport> {
  const reader = a.read.getPersistenceReader();
  const holder = randomBytes(8).toString('hex');
  const started = clock();
  if (!(await takeLease(reader, a.persistence, holder, started, LEASE_MS))) {
    return { ran: false, processed: 0 };
  }
  let processed = 0;
  try {
    const config = await endpointConfig(a.settings);
    // A URL that is set but not in force (local addresses no longer allowed): the admins are told.
    const notInForce = config ? undefined : await endpointNotInForce(a.settings);
    if (notInForce) await firstNotInForceAlert(a, notInForce);
    const timeLeft = () => clock().getTime() - started.getTime() < RUN_BUDGET_MS - CALL_TIMEOUT_MS;
    // Each shard read once; the due work ordered across all of them (cancels, sends, then polls).
    const entries: OutboxEntry[] = [];
    for (let shard = 0; shard < OUTBOX_SHARDS; shard++) entries.push(...(await outboxShard(reader, shard)));
    for (const entry of orderDueWork(entries, clock(), RUN_BATCH)) {
      if (!timeLeft()) break;
      // A run whose lease another instance took over stops before its next call.
      if (!(await holdsLease(reader, holder, clock()))) break;
      await processOne(a, config, entry.id, holder, clock, notInForce !== undefined);
      processed++;
    }
  } finally {
    await releaseLease(reader, a.persistence, holder);
  }
  return { ran: true, processed };
}

async function processOne(
  a: Accessors,
  config: EndpointConfig | undefined,
  id: string,
  holder: string,
  clock: () => Date,
  notInForce = false,
): Promise<void> {
  const reader = a.read.getPersistenceReader();
  const request = await findRequest(reader, id);
  const cancelDue = !!request?.delivery.cancelRequested && canBeCancelled(request);
  if (!request || (isFinal(request.status) && !cancelDue) || (!request.routing.vendor && !cancelDue)) {
    await clearWork(a.persistence, id);
    return;
  }
  try {
    if (request.delivery.cancelRequested) await cancel(a, config, request, clock());
    else if (request.status === 'queued') {
      // One run only sends a create (see lease.ts); the mark says a cancel must now reach the vendor.
      if (!(await claimRequest(reader, a.persistence, id, holder, clock(), LEASE_MS))) return;
      try {
        if (config) await addEvents(a.persistence, request, [{ type: 'create-sent' }]);
        const marked = config ? { ...request, delivery: { ...request.delivery, createSent: true } } : request;
        await deliver(a, config, marked, clock(), notInForce);
      } finally {
        await removeRecords(a.persistence, [{ model: 'misc', id: `outbox-claim:${id}` }]);
      }
    } else await poll(a, config, request, clock());
  } catch (error) {
    // Never lose the entry: try again later.
    a.logger.error(`outbox: request ${request.ref} failed`, String((error as Error)?.message ?? error));
    const retryAt = new Date(clock().getTime() + 5 * 60_000).toISOString();
    await scheduleWork(a.persistence, id, retryAt, workOf(request));
  }
}

async function deliver(
  a: Accessors,
  config: EndpointConfig | undefined,
  request: PrivacyRequest,
  now: Date,
  notInForce = false,
): Promise<void> {
  if (!config) {
    await emailOrReadyToSend(a, request, now, notInForce ? 'endpoint_not_in_force' : 'no_endpoint');
    return;
  }
  const result = await createRequest(a.http, config, await createBodyFor(a, request), now);
  const outcome = classifyCreate(result, request.id);
  const applied = applyOutcome(request, outcome, now, Math.random());
  // Recorded as events; the person is told when this delivery's event moved the request.
  const { request: next, moved } = await recordAndPlan(
    a.read.getPersistenceReader(),
    a.persistence,
    applied.request,
    now,
  );
  // A 400 is our failure, not the vendor's decision: it goes to the DPO by email, and is told as such.
  if (applied.malformed && outcome.kind === 'malformed') {
    if (moved) await handOverMalformed(a, next, outcome.message);
  } else if (applied.changed && moved && !applied.deadLettered) await announce(a, next);
  if (applied.alertAdmins && (await firstCredentialsAlert(a))) {
    await tellAdmins(a, ({ t }) => t('admin.unauthorized'));
  }
  if (applied.deadLettered) {
    // The admins read the last error as a bounded quote; the person never does.
    const reason = quoteInline(next.delivery.lastError ?? '', { maxLength: 200 });
    await tellAdmins(a, ({ t }) => t('admin.deadLetter', { ref: next.ref, reason }));
    // Handed over first, then the person is told what happened to it (emailed, or send it yourself).
    await emailOrReadyToSend(a, next, now, 'dead_letter', moved);
  }
}

async function poll(
  a: Accessors,
  config: EndpointConfig | undefined,
  request: PrivacyRequest,
  now: Date,
): Promise<void> {
  if (!config) {
    // The endpoint setting was emptied: keep the request's place until it is set again.
    await scheduleWork(
      a.persistence,
      request.id,
      new Date(now.getTime() + POLL_INTERVAL_MS).toISOString(),
      'poll',
    );
    return;
  }
  const result = await readStatus(a.http, config, request.id, now);
  const answer =
    result.kind === 'answer' && result.status === 200
      ? parseStatusAnswer(result.body, request.id)
      : undefined;
  if (!answer) {
    await scheduleWork(
      a.persistence,
      request.id,
      new Date(now.getTime() + POLL_INTERVAL_MS).toISOString(),
      'poll',
    );
    return;
  }
  await applyStatusAnswer(a, request, answer, 'poll', now);
}

/**
 * Every cancel goes through here, under the outbox's lease: a request whose create was never
 * sent is cancelled with no call; one whose create was sent (even with no answer: the vendor may
 * have stored it) gets a DELETE, and a 404 to it is fine; one that went to the DPO by email gets
 * an email. The outcome is an event; the person is told only when it is this event that moved the
 * request (a status answer may have said "cancelled" first).
 */
async function cancel(a: Accessors, config: EndpointConfig | undefined, request: PrivacyRequest, now: Date) {
  const reader = a.read.getPersistenceReader();
  const retryIn = config ? 5 * 60_000 : POLL_INTERVAL_MS;
  const retry = () =>
    scheduleWork(a.persistence, request.id, new Date(now.getTime() + retryIn).toISOString(), 'cancel');
  const cancelled = async (dpoEmailed = false) => {
    // The DPO holds a part by email (the vendor's, or the workspace's when no admin could be told):
    // the request is cancelled only once the DPO was emailed; until then the cancel stays due.
    if (!dpoEmailed && heldByDpo(request) && !(await emailCancellation(a, request))) return retry();
    const ids = await addEvents(a.persistence, request, [
      { type: 'moved', status: 'cancelled', at: now.toISOString(), source: 'user' },
    ]);
    const { request: next, moved } = await readBack(reader, request.id, ids, request);
    await planWork(a.persistence, next, now);
    if (!moved) return;
    await announce(a, next);
    if (next.routing.workspace) {
      // Named by their current username only: a stored one may belong to someone else now.
      const user = await a.read.getUserReader().getById(next.userId);
      await tellAdmins(a, ({ t }) =>
        user?.username
          ? t('admin.cancelled', { ref: next.ref, username: user.username })
          : t('admin.cancelled.noUser', { ref: next.ref }),
      );
    }
  };
  if (!request.routing.vendor || (request.status === 'queued' && !createAttempted(request)))
    return cancelled();
  if (request.channel === 'email') return cancelled();
  // The DPO's part is withdrawn before the DELETE: a DELETE repeated after a failed email gets a 409.
  const dpoEmailed = heldByDpo(request);
  if (dpoEmailed && !(await emailCancellation(a, request))) return retry();
  const result = config ? await cancelRequest(a.http, config, request.id, now) : undefined;
  // 404: the vendor holds nothing under this id, so there is nothing left to cancel there.
  if (result?.kind === 'answer' && [200, 202, 404].includes(result.status)) return cancelled(dpoEmailed);
  if (result?.kind === 'answer' && result.status === 409) {
    // Too late to cancel: read where it stands first, then tell the user that fresh state.
    const ids = await addEvents(a.persistence, request, [{ type: 'cancel-answered' }]);
    const { request: kept } = await readBack(reader, request.id, ids, request);
    await poll(a, config, kept, now);
    const fresh = (await findRequest(reader, request.id)) ?? kept;
    await tellRequester(a.read, a.modify, fresh, (translator) =>
      translator.t('cancel.final', { ref: fresh.ref, status: statusLabel(fresh, translator) }),
    );
    return;
  }
  await retry();
}

/** The DPO was emailed the vendor's part, or the workspace's part (nobody else was told of it). */
function heldByDpo(request: PrivacyRequest): boolean {
  if (request.channel === 'email') return true;
  return !!request.routing.workspace && request.workspaceNotice?.told === 'dpo_email';
}

const AUTH_ALERT: Key = [{ model: 'misc', id: 'outbox-auth-alert' }];

/** Refused credentials are reported to the admins once, until the endpoint settings change. */
async function firstCredentialsAlert(a: Accessors): Promise<boolean> {
  if (await readRecord(a.read.getPersistenceReader(), AUTH_ALERT)) return false;
  await writeRecord(a.persistence, AUTH_ALERT, { at: new Date().toISOString() });
  return true;
}

export async function forgetCredentialsAlert(persistence: IPersistence): Promise<void> {
  await removeRecords(persistence, AUTH_ALERT);
}

/** The endpoint URL is in force again: should it stop being so later, the admins are told again. */
export async function forgetNotInForceAlert(persistence: IPersistence): Promise<void> {
  await removeRecords(persistence, NOT_IN_FORCE_ALERT);
}

const NOT_IN_FORCE_ALERT: Key = [{ model: 'misc', id: 'outbox-endpoint-not-in-force-alert' }];

/** An endpoint URL that is set but not used is reported to the admins once per problem, until it is in force. */
async function firstNotInForceAlert(a: Accessors, problem: ValueProblem): Promise<void> {
  const told = await readRecord<{ problem?: string }>(a.read.getPersistenceReader(), NOT_IN_FORCE_ALERT);
  if (told?.problem === problem) return;
  await writeRecord(a.persistence, NOT_IN_FORCE_ALERT, { problem, at: new Date().toISOString() });
  await tellAdmins(a, ({ t }) =>
    t('admin.endpointNotInForce', {
      setting: t('setting.dsr_endpoint_url'),
      problem: t(`problem.${problem}`),
    }),
  );
}
