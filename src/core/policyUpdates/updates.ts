/**
 * Policy updates: when an admin changes the policy version or its effective date, the app
 * announces the new edition once. Saving the same edition again, or going back to one the
 * workspace already had, announces nothing. Pure: the clock is passed in.
 */

/** One edition of the policy: a version and the date it takes effect (YYYY-MM-DD). */
export interface PolicyEdition {
  version: string;
  effectiveDate: string;
}

/** What the app announced: the edition, the admin's "what changed" text as saved, and when. */
export interface Announcement extends PolicyEdition {
  whatChanged: string;
  /** ISO time. */
  announcedAt: string;
}

/** What the app remembers across saves: every edition the workspace has had, the announcements. */
export interface UpdatesState {
  schemaVersion: 1;
  /** Keys of every edition seen (announced or the one in force before the first change). */
  known: string[];
  /** Newest last, the last MAX_ANNOUNCEMENTS only. */
  announcements: Announcement[];
}

export const MAX_ANNOUNCEMENTS = 50;
export const MAX_KNOWN = 200;
/** How long the "what changed" text may be, in characters (a notice, not the policy). */
export const WHAT_CHANGED_MAX = 500;

/** Identifies an edition: acknowledgements and notices are kept under it. */
export function editionKey(edition: PolicyEdition): string {
  return `${edition.version}@${edition.effectiveDate}`;
}

export const emptyUpdatesState = (): UpdatesState => ({ schemaVersion: 1, known: [], announcements: [] });

export type AnnouncementDecision =
  | { kind: 'none'; state: UpdatesState }
  | { kind: 'announce'; announcement: Announcement; state: UpdatesState };

/** Decides whether a save (the edition in force before and after it) is announced. */
export function decideAnnouncement(input: {
  state: UpdatesState | undefined;
  before: PolicyEdition;
  after: PolicyEdition;
  whatChanged: string;
  now: Date;
}): AnnouncementDecision {
  const state = input.state ?? emptyUpdatesState();
  const beforeKey = editionKey(input.before);
  const afterKey = editionKey(input.after);
  const known = state.known.includes(beforeKey) ? state.known : [...state.known, beforeKey];
  const remembered: UpdatesState = { ...state, known: known.slice(-MAX_KNOWN) };
  if (afterKey === beforeKey || known.includes(afterKey)) return { kind: 'none', state: remembered };
  const announcement: Announcement = {
    ...input.after,
    whatChanged: input.whatChanged.slice(0, WHAT_CHANGED_MAX),
    announcedAt: input.now.toISOString(),
  };
  return {
    kind: 'announce',
    announcement,
    state: {
      schemaVersion: 1,
      known: [...known, afterKey].slice(-MAX_KNOWN),
      announcements: [...state.announcements, announcement].slice(-MAX_ANNOUNCEMENTS),
    },
  };
}

/** The announcement of the edition in force, if that edition was announced. */
export function announcementInForce(
  state: UpdatesState | undefined,
  inForce: PolicyEdition,
): Announcement | undefined {
  const key = editionKey(inForce);
  return [...(state?.announcements ?? [])].reverse().find((a) => editionKey(a) === key);
}

/** Reads a stored state; anything else reads as none (a hand edit, an older shape). */
export function parseUpdatesState(raw: unknown): UpdatesState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (r.schemaVersion !== 1 || !Array.isArray(r.known) || !Array.isArray(r.announcements)) return undefined;
  const str = (v: unknown): v is string => typeof v === 'string';
  const announcements = r.announcements.filter(
    (a): a is Announcement =>
      !!a &&
      typeof a === 'object' &&
      str((a as Announcement).version) &&
      str((a as Announcement).effectiveDate) &&
      str((a as Announcement).whatChanged) &&
      str((a as Announcement).announcedAt),
  );
  return { schemaVersion: 1, known: r.known.filter(str), announcements };
}
