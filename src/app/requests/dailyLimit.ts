/**
 * The per-user daily limit over a store that has no compare-and-set (the pure rule is
 * core/requests/dailyLimit): every submit writes a claim under its own request id (one record per
 * request, so two writers never overwrite each other), then reads the person's requests and claims
 * of the last 24 hours, and goes on only when the others it sees leave room.
 */
import type { Translator } from '../../core/i18n/translator';
import { formatDateTime } from '../../core/i18n/dates';
import type { DailyClaims } from '../../core/ports/claims';
import type { Clock } from '../../core/ports/clock';
import type { RequestsStore } from '../../core/ports/requests';
import { DAY_MS, limitAdmits, nextFilingAt } from '../../core/requests/dailyLimit';
import type { SettingsSnapshot } from '../../core/settings/snapshot';
import { SettingId } from '../../core/settings/ids';

export interface LimitPorts {
  requests: Pick<RequestsStore, 'ofUser'>;
  dailyClaims: DailyClaims;
  settings: SettingsSnapshot;
  clock: Clock;
}

/** The person's requests and claims of the last 24 hours, by request id (a filed one has both). */
async function lastDay(ports: LimitPorts, userId: string, now: Date) {
  const since = now.getTime() - DAY_MS;
  const seen = new Map<string, { at: string; filed: boolean }>();
  const expired: string[] = [];
  for (const claim of await ports.dailyClaims.ofUser(userId)) {
    if (Date.parse(claim.at) >= since) seen.set(claim.requestId, { at: claim.at, filed: false });
    else expired.push(claim.requestId);
  }
  for (const request of await ports.requests.ofUser(userId))
    if (Date.parse(request.submittedAt) >= since)
      seen.set(request.id, { at: request.submittedAt, filed: true });
  return { seen, expired };
}

/**
 * What the person reads when they are at the limit: until when (in their time zone when their
 * profile has one: `utcOffset`, in hours), and whom to write to. Undefined when there is room.
 */
export async function limitNotice(
  ports: LimitPorts,
  userId: string,
  { t, language }: Translator,
  utcOffset?: number,
): Promise<string | undefined> {
  const now = ports.clock.now();
  const limit = await ports.settings.get(SettingId.RequestsPerDay);
  const { seen } = await lastDay(ports, userId, now);
  const next = nextFilingAt(
    [...seen.values()].map((s) => s.at),
    limit,
    now,
  );
  if (!next) return undefined;
  const email = await ports.settings.get(SettingId.DpoEmail);
  return t('request.limitUntil', { limit, email, time: formatDateTime(next, language, utcOffset) });
}

/** The limit without a date: when the claims seen were not counted by the time the notice read them. */
export async function limitText(ports: Pick<LimitPorts, 'settings'>, { t }: Translator): Promise<string> {
  const [limit, email] = await Promise.all([
    ports.settings.get(SettingId.RequestsPerDay),
    ports.settings.get(SettingId.DpoEmail),
  ]);
  return t('request.limit', { limit, email });
}

export interface SlotOptions {
  /** Waits between tries when the only obstacle was other submits still deciding. */
  pause?: (attempt: number) => Promise<void>;
  tries?: number;
}

const randomPause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, 5 + Math.floor(Math.random() * 40 * (attempt + 1))));

/**
 * `claimed`: the slot is this request's. `full`: the limit is reached. `busy`: every try met other
 * submits of the person still being filed (a race, not the limit: the person may press Send
 * again). Not claimed, the claim is withdrawn.
 */
export type SlotOutcome = 'claimed' | 'full' | 'busy';

/** An unfiled claim younger than this belongs to a submit still deciding; older, to one that failed. */
const RACING_MS = 60_000;

/**
 * Claims one of the day's slots for `requestId`. Submits of the same request share one claim; a
 * retry happens only when some of the claims seen were not filed yet (a race, not the limit).
 */
export async function claimDailySlot(
  ports: LimitPorts,
  userId: string,
  requestId: string,
  { pause = randomPause, tries = 6 }: SlotOptions = {},
): Promise<SlotOutcome> {
  const { dailyClaims } = ports;
  const limit = await ports.settings.get(SettingId.RequestsPerDay);
  for (let attempt = 0; attempt < tries; attempt++) {
    const at = ports.clock.now();
    await dailyClaims.put(userId, { requestId, at: at.toISOString() });
    const { seen, expired } = await lastDay(ports, userId, at);
    // Claims older than a day count for nothing: they go, a few per submit.
    for (const id of expired.slice(0, 5)) await dailyClaims.remove(userId, id);
    seen.delete(requestId);
    if (limitAdmits(seen.size, limit)) return 'claimed';
    await dailyClaims.remove(userId, requestId);
    const racing = [...seen.values()].some((s) => !s.filed && at.getTime() - Date.parse(s.at) < RACING_MS);
    if (!racing) return 'full';
    if (attempt === tries - 1) return 'busy';
    await pause(attempt);
  }
  return 'busy';
}
