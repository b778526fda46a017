/**
 * The per-user daily limit over persistence that has no compare-and-set (see core dailyLimit):
 * every submit writes a claim under its own request id (one record per request, so two writers
 * never overwrite each other), then reads the person's requests and claims of the last 24 hours.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Translator } from '../../../core/i18n/translator';
import { formatDateTime } from '../../../core/i18n/dates';
import { DAY_MS, limitAdmits, nextFilingAt } from '../../../core/requests/dailyLimit';
import { requestsOf } from '../../adapters/persistence/requestStore';
import type { Key } from '../../adapters/persistence/records';
import { readRecords, removeRecords, writeRecord } from '../../adapters/persistence/records';
import type { EngineCall } from '../../adapters/engineCall';
import { SettingId } from '../../../core/settings/ids';

interface Claim {
  requestId: string;
  at: string;
}

const claimsOf = (userId: string): Key => [
  { model: 'user', id: userId },
  { model: 'misc', id: 'request-claim' },
];
const claimKey = (userId: string, requestId: string): Key => [
  ...claimsOf(userId),
  { model: 'misc', id: `request-claim:${requestId}` },
];

/** The person's requests and claims of the last 24 hours, by request id (a filed one has both). */
async function lastDay(reader: IPersistenceRead, userId: string, now: Date) {
  const since = now.getTime() - DAY_MS;
  const seen = new Map<string, { at: string; filed: boolean }>();
  const expired: string[] = [];
  for (const claim of await readRecords<Claim>(reader, claimsOf(userId))) {
    if (Date.parse(claim.at) >= since) seen.set(claim.requestId, { at: claim.at, filed: false });
    else expired.push(claim.requestId);
  }
  for (const request of await requestsOf(reader, userId))
    if (Date.parse(request.submittedAt) >= since)
      seen.set(request.id, { at: request.submittedAt, filed: true });
  return { seen, expired };
}

const limitOf = (settings: EngineCall['settings']) => settings.get(SettingId.RequestsPerDay);

/**
 * What the person reads when they are at the limit: until when (in their time zone when their
 * profile has one: `utcOffset`, in hours), and whom to write to.
 */
export async function limitNotice(
  { read, settings }: Pick<EngineCall, 'read' | 'settings'>,
  userId: string,
  { t, language }: Translator,
  now: Date,
  utcOffset?: number,
): Promise<string | undefined> {
  const limit = await limitOf(settings);
  const { seen } = await lastDay(read.getPersistenceReader(), userId, now);
  const next = nextFilingAt(
    [...seen.values()].map((s) => s.at),
    limit,
    now,
  );
  if (!next) return undefined;
  const email = await settings.get(SettingId.DpoEmail);
  return t('request.limitUntil', { limit, email, time: formatDateTime(next, language, utcOffset) });
}

export interface SlotOptions {
  now?: () => Date;
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
  { read, persistence, settings }: Pick<EngineCall, 'read' | 'persistence' | 'settings'>,
  userId: string,
  requestId: string,
  { now = () => new Date(), pause = randomPause, tries = 6 }: SlotOptions = {},
): Promise<SlotOutcome> {
  const reader = read.getPersistenceReader();
  const limit = await limitOf(settings);
  for (let attempt = 0; attempt < tries; attempt++) {
    const at = now();
    await writeRecord<Claim>(persistence, claimKey(userId, requestId), { requestId, at: at.toISOString() });
    const { seen, expired } = await lastDay(reader, userId, at);
    // Claims older than a day count for nothing: they go, a few per submit.
    for (const id of expired.slice(0, 5)) await releaseDailySlot(persistence, userId, id);
    seen.delete(requestId);
    if (limitAdmits(seen.size, limit)) return 'claimed';
    await releaseDailySlot(persistence, userId, requestId);
    const racing = [...seen.values()].some((s) => !s.filed && at.getTime() - Date.parse(s.at) < RACING_MS);
    if (!racing) return 'full';
    if (attempt === tries - 1) return 'busy';
    await pause(attempt);
  }
  return 'busy';
}

/** Withdraws a claim whose request was not filed (refused, or the filing failed). */
export async function releaseDailySlot(
  persistence: IPersistence,
  userId: string,
  requestId: string,
): Promise<void> {
  await removeRecords(persistence, claimKey(userId, requestId));
}
