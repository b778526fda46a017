/**
 * The outbox in the app's persistence: one record per request (`outbox:<id>`) holding its next
 * operation, spread over 16 shards so one read is a sixteenth of the open requests rather than all
 * of them. Records are parsed on read (older `{id, dueAt, op?}` ones migrate); one that does not
 * parse is logged, and repaired when it still names its request (else skipped).
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { OutboxQueue } from '../../../core/ports/outbox';
import type { OutboxEntry } from '../../../core/requests/outboxEntry';
import { outboxEntry, parseOutboxEntry } from '../../../core/requests/outboxEntry';
import type { Key } from './records';
import { readRecords, removeRecords, writeRecord } from './records';

export const OUTBOX_SHARDS = 16;

export function shardOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % OUTBOX_SHARDS;
}

const outboxKey = (id: string): Key => [
  { model: 'misc', id: `outbox-shard:${shardOf(id)}` },
  { model: 'misc', id: `outbox:${id}` },
];

/** Written before the request itself: an entry without a request is dropped by the job, never the reverse. */
async function putEntry(persistence: IPersistence, entry: OutboxEntry): Promise<void> {
  await writeRecord<OutboxEntry>(persistence, outboxKey(entry.requestId), entry);
}

export async function clearWork(persistence: IPersistence, id: string): Promise<void> {
  await removeRecords(persistence, outboxKey(id));
}

type Warn = { warn(...items: unknown[]): void };

/** One shard's entries, parsed; what does not parse is reported to `log` and left out. */
export async function outboxShard(
  persistence: IPersistenceRead,
  shard: number,
  log?: Warn,
  unreadable: (record: unknown) => void = () => undefined,
): Promise<OutboxEntry[]> {
  const entries: OutboxEntry[] = [];
  for (const record of await readRecords(persistence, [{ model: 'misc', id: `outbox-shard:${shard}` }])) {
    const entry = parseOutboxEntry(record);
    if (entry) entries.push(entry);
    else {
      log?.warn(`outbox: an unreadable entry in shard ${shard} was skipped`);
      unreadable(record);
    }
  }
  return entries;
}

export function outboxQueue(reader: IPersistenceRead, persistence: IPersistence, log: Warn): OutboxQueue {
  return {
    async waiting() {
      const entries: OutboxEntry[] = [];
      // An unreadable entry that still names its request is repaired: due now, and the run asks the
      // planner what that request needs (an entry's op is only its plan; the request decides).
      const repair = (record: unknown) => {
        const named = (record ?? {}) as { requestId?: unknown; id?: unknown };
        const id = typeof named.requestId === 'string' ? named.requestId : named.id;
        if (typeof id === 'string') entries.push(outboxEntry(id, 'poll', new Date(0).toISOString()));
      };
      for (let shard = 0; shard < OUTBOX_SHARDS; shard++)
        entries.push(...(await outboxShard(reader, shard, log, repair)));
      return entries;
    },
    put: (entry) => putEntry(persistence, entry),
    clear: (requestId) => clearWork(persistence, requestId),
  };
}
