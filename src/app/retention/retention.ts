/**
 * The app keeps the least for the shortest time (issue 13): the daily run reduces closed requests
 * past the first period and deletes minimal records past the second, in bounded batches; a person
 * deleted from the workspace is forgotten at once, except their open requests, which go when final.
 */
import type { Clock } from '../../core/ports/clock';
import type { RequestsStore } from '../../core/ports/requests';
import type { RetentionStore } from '../../core/ports/retention';
import { erasurePlan, reduceRequest, RETENTION_BATCH, retentionPlan } from '../../core/records/retention';
import { SettingId } from '../../core/settings/ids';
import type { SettingsSnapshot } from '../../core/settings/snapshot';

export interface RetentionPorts {
  requests: Pick<RequestsStore, 'all' | 'ofUser'>;
  store: RetentionStore;
  clock: Clock;
  settings: Pick<SettingsSnapshot, 'get'>;
}

export interface RetentionRun {
  reduced: number;
  removed: number;
  /** Deleted people whose open requests are all final now and gone. */
  forgotten: number;
}

/** A deleted person: their own records go now, their closed requests are reduced, open ones wait. */
export async function forgetPerson(ports: RetentionPorts, userId: string): Promise<{ kept: number }> {
  const now = ports.clock.now();
  await ports.store.erasePersonRecords(userId);
  const plan = erasurePlan(await ports.requests.ofUser(userId));
  if (plan.open.length > 0) await ports.store.mark({ userId, deletedAt: now.toISOString() });
  for (const request of plan.reduce) await ports.store.reduce(request, reduceRequest(request, now));
  return { kept: plan.open.length };
}

export async function runRetention(ports: RetentionPorts, batch = RETENTION_BATCH): Promise<RetentionRun> {
  const now = ports.clock.now();
  const run: RetentionRun = { reduced: 0, removed: 0, forgotten: 0 };
  for (const marker of await ports.store.markers()) {
    if (run.reduced >= batch) return run;
    const plan = erasurePlan(await ports.requests.ofUser(marker.userId));
    const due = plan.reduce.slice(0, batch - run.reduced);
    for (const request of due) await ports.store.reduce(request, reduceRequest(request, now));
    run.reduced += due.length;
    if (plan.open.length === 0 && due.length === plan.reduce.length) {
      await ports.store.unmark(marker.userId);
      run.forgotten += 1;
    }
  }
  const periods = {
    reduceAfterDays: await ports.settings.get(SettingId.RetentionReduceDays),
    deleteAfterDays: await ports.settings.get(SettingId.RetentionDeleteDays),
  };
  const plan = retentionPlan(
    await ports.requests.all(),
    await ports.store.reduced(),
    periods,
    now,
    batch - run.reduced,
  );
  for (const record of plan.remove) await ports.store.removeReduced(record.id);
  for (const request of plan.reduce) await ports.store.reduce(request, reduceRequest(request, now));
  return { ...run, removed: plan.remove.length, reduced: run.reduced + plan.reduce.length };
}
