/** An admin saved the policy version or effective date: announce the new edition, once. */
import type { PolicyEdition } from '../../core/policyUpdates/updates';
import { decideAnnouncement } from '../../core/policyUpdates/updates';
import type { PolicyAnnouncer, PolicyUpdatesStore } from './ports';

export async function announcePolicyUpdate(
  ports: { store: PolicyUpdatesStore; announcer: PolicyAnnouncer },
  save: { before: PolicyEdition; after: PolicyEdition; whatChanged: string; now: Date },
): Promise<'announced' | 'nothing'> {
  const decision = decideAnnouncement({ state: await ports.store.state(), ...save });
  // The state first: a second run of the same job then finds the edition known and is quiet.
  await ports.store.saveState(decision.state);
  if (decision.kind === 'none') return 'nothing';
  await ports.announcer.announce(decision.announcement);
  return 'announced';
}
