/**
 * New posture findings, offered to the admins once: the daily run compares the findings of the
 * data map the job keeps with the ones already told, and tells the admins only the new ones (all
 * of them on the first run). A finding that goes away is forgotten, so it is news again if it
 * comes back. One run at a time (a lease), so two app instances never tell the same finding twice;
 * when nobody could be told, nothing is marked told and the next day's run offers it again.
 */
import type { DataMapRecord } from '../../core/dataFlows/map';
import type { Finding } from '../../core/dataFlows/posture';
import { findingsOf } from '../../core/dataFlows/posture';
import type { Clock, Ids } from '../../core/ports/clock';
import type { Lease } from '../../core/ports/lease';
import type { Notifier, TextFor } from '../../core/ports/messaging';

export interface PostureNewsPorts {
  /** The data map the job keeps (undefined before its first run). */
  dataMap(): Promise<DataMapRecord | undefined>;
  /** The finding ids the admins were told of, as stored (undefined: never). */
  told: { read(): Promise<string[] | undefined>; write(ids: string[]): Promise<void> };
  lease: Lease;
  clock: Clock;
  ids: Ids;
  notifier: Pick<Notifier, 'tellAdmins'>;
}

export const POSTURE_NEWS_LEASE = 'posture-news';
const LEASE_MS = 5 * 60_000;

/** The findings the admins were told of in this run (empty: none new, or another run holds it). */
export async function offerPostureNews(
  ports: PostureNewsPorts,
  text: (news: Finding[]) => TextFor,
): Promise<Finding[]> {
  const record = await ports.dataMap();
  if (!record) return [];
  const holder = ports.ids.next();
  if (!(await ports.lease.claim(POSTURE_NEWS_LEASE, holder, LEASE_MS))) return [];
  try {
    const findings = findingsOf(record.facts);
    const told = new Set(await ports.told.read());
    const news = findings.filter((f) => !told.has(f.id));
    if (news.length > 0 && !(await ports.notifier.tellAdmins(text(news)))) return [];
    const now = findings.map((f) => f.id);
    if (news.length > 0 || now.length !== told.size) await ports.told.write(now);
    return news;
  } finally {
    await ports.lease.release(POSTURE_NEWS_LEASE, holder);
  }
}
