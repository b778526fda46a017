/**
 * The Lease port over the app's persistence: the one lease helper (`claimOnce`: write, settle,
 * read back), so two app instances sharing one store never both go on. See lease.ts for why a
 * lost race is detected there.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Clock } from '../../../core/ports/clock';
import type { Lease } from '../../../core/ports/lease';
import { claimOnce, releaseClaim } from './lease';

export function leaseOver(
  reader: IPersistenceRead,
  persistence: IPersistence,
  clock: Clock,
  settleMs?: number,
): Lease {
  return {
    claim: (name, holder, ms) => claimOnce(reader, persistence, name, holder, clock.now(), ms, settleMs),
    release: (name, holder) => releaseClaim(reader, persistence, name, holder),
  };
}
