/**
 * The daily due-date alerts: one message to the admins per run listing the operator-track
 * requests overdue or due soon, each request at most once a day. A request is claimed for the day
 * (the lease helper's write, settle, read back, under `due-alert:<request id>`, until the next UTC
 * day) before it is named: a second run the same day, or a second app instance running at the
 * same moment, finds the claim and leaves the request out, so no request is named twice a day.
 * When nobody could be told, the claims are given up, so the next run tries again.
 */
import type { Clock, Ids } from '../../core/ports/clock';
import type { Lease } from '../../core/ports/lease';
import type { Notifier, TextFor } from '../../core/ports/messaging';
import type { RequestsStore } from '../../core/ports/requests';
import type { DueAlert, DueItem } from '../../core/operator/dueAlerts';
import { dueForAlert, isEmptyAlert, nextAlertDay } from '../../core/operator/dueAlerts';
import { SettingId } from '../../core/settings/ids';
import type { SettingsSnapshot } from '../../core/settings/snapshot';

export interface DueAlertPorts {
  requests: Pick<RequestsStore, 'all'>;
  notifier: Pick<Notifier, 'tellAdmins'>;
  lease: Lease;
  clock: Clock;
  ids: Ids;
  settings: Pick<SettingsSnapshot, 'get'>;
}

export const dueAlertClaim = (requestId: string): string => `due-alert:${requestId}`;

/** What the admins were told in this run (empty: nothing was due, or another run named it today). */
export async function alertDueRequests(
  ports: DueAlertPorts,
  text: (alert: DueAlert) => TextFor,
): Promise<DueAlert> {
  const now = ports.clock.now();
  const days = await ports.settings.get(SettingId.DueAlertDays);
  const found = dueForAlert(await ports.requests.all(), now, days);
  if (isEmptyAlert(found)) return found;
  const holder = ports.ids.next();
  const ms = nextAlertDay(now).getTime() - now.getTime();
  const items = [...found.overdue, ...found.dueSoon];
  const won = await Promise.all(items.map((i) => ports.lease.claim(dueAlertClaim(i.id), holder, ms)));
  const claimed = new Set(items.filter((_, i) => won[i]).map((i) => i.id));
  const mine = (list: DueItem[]) => list.filter((i) => claimed.has(i.id));
  const alert: DueAlert = { days, overdue: mine(found.overdue), dueSoon: mine(found.dueSoon) };
  if (isEmptyAlert(alert)) return alert;
  if (!(await ports.notifier.tellAdmins(text(alert)))) {
    await Promise.all([...claimed].map((id) => ports.lease.release(dueAlertClaim(id), holder)));
    return { days, overdue: [], dueSoon: [] };
  }
  return alert;
}
