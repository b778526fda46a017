/**
 * One outbox run: takes the due operations off the queue and does them (cancels, then sends, then
 * status reads: see core/requests/outboxOrder). Bounded so a run fits well inside the runtime's
 * 30 s budget (a time budget checked before every operation, each call at most DSR_CALL_TIMEOUT_MS),
 * capped at RUN_BATCH operations however long an outage queue grows, and guarded by the lease
 * against overlapping runs, also across the instances of a cluster (re-checked before each one).
 */
import { DSR_CALL_TIMEOUT_MS } from '../../core/ports/dsr';
import type { EndpointState } from '../../core/ports/dsr';
import type { OutboxEntry } from '../../core/requests/outboxEntry';
import { orderDueWork } from '../../core/requests/outboxOrder';
import { workNow } from '../../core/requests/outboxPlan';
import { announce } from './announce';
import { cancel } from './cancel';
import { claimOf, send } from './deliver';
import { plan } from './plan';
import { poll } from './poll';
import type { DeliveryPorts } from './ports';
import { alertNotInForce } from './wake';

export const RUN_BUDGET_MS = 15_000;
export const RUN_BATCH = 25;
const LEASE_MS = RUN_BUDGET_MS + DSR_CALL_TIMEOUT_MS + 5_000;

export interface RunReport {
  ran: boolean;
  processed: number;
}

export async function runOutbox(p: DeliveryPorts): Promise<RunReport> {
  const holder = p.ids.next();
  const started = p.clock.now().getTime();
  if (!(await p.lease.take(holder, LEASE_MS))) return { ran: false, processed: 0 };
  let processed = 0;
  try {
    const endpoint = await p.dsr.state();
    // A URL that is set but not in force (local addresses no longer allowed): the admins are told.
    if (endpoint.kind === 'not_in_force') await alertNotInForce(p, endpoint.problem);
    const timeLeft = () => p.clock.now().getTime() - started < RUN_BUDGET_MS - DSR_CALL_TIMEOUT_MS;
    for (const entry of orderDueWork(await p.outbox.waiting(), p.clock.now(), RUN_BATCH)) {
      if (!timeLeft()) break;
      // A run whose lease another instance took over stops before its next call.
      if (!(await p.lease.holds(holder))) break;
      await processOne(p, entry, holder, endpoint);
      processed++;
    }
  } finally {
    await p.lease.release(holder);
  }
  return { ran: true, processed };
}

/** The entry's op is its plan; what is done is what the request, as stored now, needs. */
async function processOne(p: DeliveryPorts, entry: OutboxEntry, holder: string, endpoint: EndpointState) {
  const request = await p.requests.find(entry.requestId);
  const op = workNow(request);
  if (!request || !op) return p.outbox.clear(entry.requestId);
  const now = p.clock.now();
  try {
    // An owed message is sent (which plans the request's next work, done when it comes due). A
    // `tell` entry whose message its writer sent meanwhile only plans on.
    if (op === 'tell') return await announce(p, request);
    if (entry.op === 'tell') return await plan(p, request, { kind: 'recorded' }, now);
    if (op === 'send') await send(p, request, holder, LEASE_MS, now, endpoint);
    else if (op === 'poll') await poll(p, request, now, entry.attempts);
    // A cancel's DELETE and its e-mail to the DPO go out once: claimed as a create is.
    else if (await p.lease.claim(claimOf(request.id), holder, LEASE_MS)) {
      try {
        await cancel(p, request, now, endpoint, entry.attempts);
      } finally {
        await p.lease.unclaim(claimOf(request.id));
      }
    }
  } catch (error) {
    // Never lose the work: try again later.
    p.log.error(`outbox: request ${request.ref} failed`, String((error as Error)?.message ?? error));
    await plan(p, request, { kind: 'failed', attempts: entry.attempts }, now);
  }
}
