/**
 * "Retry vendor delivery now" in the admin console: the request's waiting delivery (a send or a
 * cancel, waiting in back-off) is made due now in the outbox, through the queue's own `put`, and
 * the outbox is asked to run soon. Nothing is sent from here: the outbox run does it, under its
 * lease, as for any other due operation. Whoever calls this has checked the caller's role.
 */
import type { OutboxQueue } from '../../core/ports/outbox';
import type { OutboxEntry, OutboxOp } from '../../core/requests/outboxEntry';

export interface RetryPorts {
  /** The request's waiting operation, if any. */
  entryOf(requestId: string): Promise<OutboxEntry | undefined>;
  outbox: Pick<OutboxQueue, 'put'>;
  clock: { now(): Date };
  /** Runs the outbox soon rather than at its next tick. */
  runSoon(): Promise<void>;
}

/** Operations that deliver something to the vendor (a status read is not a delivery). */
export const RETRYABLE_OPS: readonly OutboxOp[] = ['send', 'cancel'];

export const isRetryable = (entry: OutboxEntry | undefined): entry is OutboxEntry =>
  !!entry && RETRYABLE_OPS.includes(entry.op);

/** Whether a delivery was waiting and is now due. */
export async function retryDeliveryNow(p: RetryPorts, requestId: string): Promise<boolean> {
  const entry = await p.entryOf(requestId);
  if (!isRetryable(entry)) return false;
  await p.outbox.put({ ...entry, dueAt: p.clock.now().toISOString() });
  await p.runSoon();
  return true;
}
