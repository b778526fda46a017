/**
 * What the app keeps of the server's settings: per allow-listed id a boolean, a number, a code from a
 * fixed list, host names, or a short name, and nothing at all for a setting it could not read
 * (that one is "unknown", never a guess). No other part of a value survives: a URL keeps its host
 * only, so a user name, a password or a path written into it never reaches a record, a log or a view.
 * Keeping is idempotent: the facts of facts are the same facts, so a stored record parses by the
 * same rule.
 */
import type { AllowedSettingId, SettingKind } from './allowList';
import { ALLOWED_SETTINGS, ALLOWED_SETTING_IDS } from './allowList';

export type Fact = boolean | number | string | readonly string[];
/** Absent: the setting could not be read (refused, unknown to this server, or an unusable value). */
export type SettingFacts = Partial<Record<AllowedSettingId, Fact>>;

/** A code outside the known list: shown as "another provider", never as the raw value. */
export const OTHER = 'other';

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const NAME = /^[\w .-]{1,64}$/u;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The host of a URL or of a bare host name (with an optional port), lower case; undefined otherwise. */
export function hostOfValue(value: string): string | undefined {
  let rest = value.trim().toLowerCase();
  if (!rest) return undefined;
  rest = rest.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  rest = rest.split(/[/?#]/)[0];
  // Credentials end at the last "@": "user:password@host", and Rocket.Chat's own TURN default
  // "user:password@turn:host:3478".
  const at = rest.lastIndexOf('@');
  if (at >= 0) rest = rest.slice(at + 1);
  rest = rest.replace(/^(stuns?|turns?):/, '');
  rest = rest.replace(/:\d*$/, '');
  if (rest.startsWith('[')) return undefined; // IPv6 literals: not shown rather than parsed by hand
  return HOST.test(rest) ? rest : undefined;
}

/** One kept fact, or undefined when the value is not of the setting's kind (then: unknown). */
export function factOf(kind: SettingKind, value: unknown): Fact | undefined {
  switch (kind.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
    case 'code':
      if (typeof value !== 'string') return undefined;
      return kind.codes.includes(value) ? value : value === '' ? undefined : OTHER;
    case 'host':
      if (typeof value !== 'string') return undefined;
      // Empty means "not set", which is a fact of its own (no relay, no webhook).
      return value.trim() === '' ? '' : (hostOfValue(value) ?? OTHER);
    case 'hosts': {
      if (typeof value === 'string') return hostsOf(value.split(/[,\s]+/));
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return hostsOf(value);
      return undefined;
    }
    case 'name':
      if (typeof value !== 'string') return undefined;
      return value === '' || NAME.test(value) ? value : OTHER;
    case 'region':
      if (typeof value !== 'string') return undefined;
      return value === '' || REGION.test(value) ? value : OTHER;
  }
}

function hostsOf(values: readonly string[]): string[] {
  const hosts = values
    .filter((v) => v.trim() !== '')
    .map((v) => (v === OTHER ? OTHER : (hostOfValue(v) ?? OTHER)));
  return [...new Set(hosts)];
}

/**
 * The facts of what the server answered, by id. An id missing from `read` (or read as undefined)
 * could not be read; an id outside the allow-list is ignored.
 */
export function factsOf(read: Readonly<Record<string, unknown>>): SettingFacts {
  const facts: SettingFacts = {};
  for (const id of ALLOWED_SETTING_IDS) {
    if (!Object.prototype.hasOwnProperty.call(read, id)) continue;
    const fact = factOf(ALLOWED_SETTINGS[id], read[id]);
    if (fact !== undefined) facts[id] = fact;
  }
  return facts;
}

/** Three-valued reads: undefined is "unknown". */
export const bool = (facts: SettingFacts, id: AllowedSettingId): boolean | undefined =>
  typeof facts[id] === 'boolean' ? (facts[id] as boolean) : undefined;
export const text = (facts: SettingFacts, id: AllowedSettingId): string | undefined =>
  typeof facts[id] === 'string' ? (facts[id] as string) : undefined;
export const num = (facts: SettingFacts, id: AllowedSettingId): number | undefined =>
  typeof facts[id] === 'number' ? (facts[id] as number) : undefined;
export const list = (facts: SettingFacts, id: AllowedSettingId): readonly string[] | undefined =>
  Array.isArray(facts[id]) ? (facts[id] as readonly string[]) : undefined;

/** Kleene "and": false if any is false, true if all are true, unknown otherwise. */
export function all(...values: Array<boolean | undefined>): boolean | undefined {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}
