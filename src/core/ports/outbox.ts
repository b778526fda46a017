/**
 * The outbox as the use cases see it: at most one waiting operation per request (the planner's
 * latest word on it), spread so one run reads it in a few bounded reads. Adapters:
 * engine/adapters/persistence/outboxQueue; in tests, an in-memory queue.
 */
import type { OutboxEntry } from '../requests/outboxEntry';

export interface OutboxQueue {
  /** Every waiting operation (records that do not parse are logged and left out by the adapter). */
  waiting(): Promise<OutboxEntry[]>;
  /** Puts the request's next operation in place of the one waiting (written before its request is). */
  put(entry: OutboxEntry): Promise<void>;
  /** Nothing left to do for the request. */
  clear(requestId: string): Promise<void>;
}
