/**
 * Checks of admin-entered values. A bad value never takes effect: the adapter keeps the last
 * good one and tells the admins what is wrong (the engine cannot refuse a save with a message).
 */
import { isInternalHost } from './address';

export const VALUE_PROBLEMS = [
  'not_https',
  'not_url',
  'not_email',
  'not_date',
  'not_choice',
  'too_long',
  'not_usernames',
  'not_roles',
  'not_number',
  'not_boolean',
  'internal_address',
  'credentials_in_url',
] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const MAX_TEXT = 2048;

/** A web address as typed: trimmed and bounded; '' is "not set". */
function parseAddress(raw: unknown): Checked<URL | ''> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { ok: true, value: '' };
  if (text.length > MAX_TEXT) return { ok: false, problem: 'too_long' };
  try {
    return { ok: true, value: new URL(text) };
  } catch {
    return { ok: false, problem: 'not_url' };
  }
}

/** Links must be https; plain http only for a local address (development, the playground). Empty means "not set". */
export function checkLink(raw: unknown): Checked<string> {
  const parsed = parseAddress(raw);
  if (!parsed.ok || parsed.value === '') return parsed as Checked<string>;
  const url = parsed.value;
  if (url.protocol === 'https:') return { ok: true, value: url.toString() };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, value: url.toString() };
  return { ok: false, problem: url.protocol === 'http:' ? 'not_https' : 'not_url' };
}

/**
 * The request endpoint's address: https, no user name or password in it (the token has its own
 * setting, and an address is shown to admins), and not inside the server's own network unless
 * local addresses are allowed for development (then plain http is fine for them too).
 */
export function checkEndpointUrl(raw: unknown, { allowLocal }: { allowLocal: boolean }): Checked<string> {
  const parsed = parseAddress(raw);
  if (!parsed.ok || parsed.value === '') return parsed as Checked<string>;
  const url = parsed.value;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not_url' };
  if (url.username || url.password) return { ok: false, problem: 'credentials_in_url' };
  const internal = isInternalHost(url.hostname);
  if (internal && !allowLocal) return { ok: false, problem: 'internal_address' };
  if (url.protocol === 'http:' && !internal) return { ok: false, problem: 'not_https' };
  return { ok: true, value: url.toString() };
}

/** An address with its user name and password masked, for showing a stored value to admins. */
export function maskUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1••••••••@');
}

// Deliberately plain: one @, a dot in the domain, no spaces. Mail servers decide the rest.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function checkEmail(raw: unknown): Checked<string> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text.length > 254 || !EMAIL.test(text)) return { ok: false, problem: 'not_email' };
  return { ok: true, value: text };
}

/** A calendar date written YYYY-MM-DD that exists. */
export function checkDate(raw: unknown): Checked<string> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { ok: false, problem: 'not_date' };
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: 'not_date' };
  }
  return { ok: true, value: text };
}

export function checkChoice<T extends string>(raw: unknown, choices: readonly T[]): Checked<T> {
  return typeof raw === 'string' && (choices as readonly string[]).includes(raw)
    ? { ok: true, value: raw as T }
    : { ok: false, problem: 'not_choice' };
}

export function checkShortText(raw: unknown, max = 100): Checked<string> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  return text.length > max ? { ok: false, problem: 'too_long' } : { ok: true, value: text };
}

/** Comma- or space-separated usernames, `@` optional. */
export function checkUsernames(raw: unknown): Checked<string[]> {
  const text = typeof raw === 'string' ? raw : '';
  const names = text
    .split(/[\s,]+/)
    .map((n) => n.replace(/^@/, ''))
    .filter((n) => n.length > 0);
  if (names.some((n) => !/^[\w.-]{1,64}$/.test(n))) return { ok: false, problem: 'not_usernames' };
  return { ok: true, value: [...new Set(names)] };
}

/** Comma- or space-separated role names: letters, digits, `-`, `_`, `.`; at least one. */
export function checkRoleNames(raw: unknown): Checked<string[]> {
  const text = typeof raw === 'string' ? raw : '';
  const names = text.split(/[\s,]+/).filter((n) => n.length > 0);
  if (names.length === 0 || names.some((n) => !/^[\p{L}\p{N}_.-]{1,64}$/u.test(n)))
    return { ok: false, problem: 'not_roles' };
  return { ok: true, value: [...new Set(names)] };
}

/** A whole number within [min, max]; settings may hand numbers over as strings. */
export function checkWholeNumber(raw: unknown, min: number, max: number): Checked<number> {
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? { ok: true, value }
    : { ok: false, problem: 'not_number' };
}

export function checkBoolean(raw: unknown): Checked<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
  return { ok: false, problem: 'not_boolean' };
}

/** A secret: any text up to a sane length; its value is never echoed in a problem report. */
export function checkSecret(raw: unknown): Checked<string> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  return text.length > 1024 ? { ok: false, problem: 'too_long' } : { ok: true, value: text };
}
