'use strict';
/**
 * Issue 14: the secrets a test file gave its workspace hosts and endpoints (the app's password
 * settings, an endpoint's token and signing secret) must appear nowhere a person or a log reader
 * could see them: no message, view, log record, e-mail, upload, stored record, command or
 * interaction answer, nor any HTTP body (the headers that need them aside).
 *
 * Each host scans what it showed when it stops (WorkspaceHost.stop); an endpoint registers itself
 * and is scanned when the file ends (or when it is reset). The file's last step
 * (test/integration/helpers/stopHosts.js) fails the file when a secret turned up where nobody opted
 * out (`host.allowSecretEcho = 'why'`). Module state is per test file: jest gives each file its
 * own module registry.
 *
 * Values shorter than MIN_SECRET_LENGTH, and empty ones, are not secrets here (too many false
 * hits). A value is looked for by its first NEEDLE_LENGTH characters (a truncated copy is still a
 * leak), as written, JSON-escaped and URL-encoded.
 */

const MIN_SECRET_LENGTH = 8;
const NEEDLE_LENGTH = 24;
/** Headers whose job is to carry a secret: never scanned. */
const SECRET_HEADERS = [
  'authorization',
  'x-privacy-signature',
  'x-auth-token',
  'proxy-authorization',
  'cookie',
];

/** @type {Map<string, Set<string>>} secret value -> what it is (e.g. "setting dsr_token", "endpoint token") */
const secrets = new Map();
/** @typedef {{source: string, where: string, secret: string, name: string, allowed?: string}} Hit */
/** @type {{sources: Set<string>, items: number, ms: number, hits: Hit[]}} */
const result = { sources: new Set(), items: 0, ms: 0, hits: [] };
/** @type {Set<{label: string, collect: () => Record<string, any>, owner: any}>} */
const live = new Set();

/** Remembers a secret value (ignored when not a string of MIN_SECRET_LENGTH characters or more). */
function rememberSecret(value, name) {
  if (typeof value !== 'string' || value.trim().length < MIN_SECRET_LENGTH) return false;
  secrets.set(value, (secrets.get(value) ?? new Set()).add(name));
  return true;
}

/** A secret as a report may show it: its first 3 characters and its length, never the rest. */
function secretLabel(value) {
  return `"${value.slice(0, 3)}…" (${value.length} characters)`;
}

/** @param {string} value the forms a secret can take in a serialized text */
function needles(value) {
  const head = value.slice(0, NEEDLE_LENGTH);
  return [...new Set([head, JSON.stringify(head).slice(1, -1), encodeURIComponent(head)])];
}

/** A copy without the headers that carry secrets, at any depth. */
function withoutSecretHeaders(value) {
  if (Array.isArray(value)) return value.map(withoutSecretHeaders);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_HEADERS.includes(key.toLowerCase()))
      .map(([key, inner]) => [key, withoutSecretHeaders(inner)]),
  );
}

/** How one item is named in a report: its id when it has one, else its place. */
function itemName(item, index) {
  const id = item && typeof item === 'object' ? (item.id ?? item._id ?? item.viewId) : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `#${index} (${id})` : `#${index}`;
}

/**
 * Scans what a source showed against every secret known so far and keeps the counts and hits.
 * @param {string} source e.g. "workspace host 1"
 * @param {Record<string, any>} parts where -> an array of items, or one item
 * @param {string | undefined} allowed the source's reason for echoing secrets, when it has one
 * @returns {Hit[]} the hits in these parts
 */
function scanParts(source, parts, allowed) {
  const started = Date.now();
  result.sources.add(source);
  const known = [...secrets].map(([value, names]) => ({
    value,
    name: [...names].join(', '),
    needles: needles(value),
  }));
  /** @type {Hit[]} */
  const hits = [];
  for (const [where, part] of Object.entries(parts)) {
    const items = Array.isArray(part) ? part : part === undefined ? [] : [part];
    result.items += items.length;
    items.forEach((item, index) => {
      let text;
      try {
        text = typeof item === 'string' ? item : JSON.stringify(withoutSecretHeaders(item));
      } catch (error) {
        // A value that cannot be written out (a cycle) is named, not skipped in silence.
        text = '';
        hits.push({
          source,
          where: `${where} ${itemName(item, index)}`,
          secret: '',
          name: `unscannable (${error.message})`,
        });
      }
      if (!text) return;
      for (const secret of known) {
        if (!secret.needles.some((n) => text.includes(n))) continue;
        hits.push({
          source,
          where: `${where} ${itemName(item, index)}`,
          secret: secretLabel(secret.value),
          name: secret.name,
          ...(allowed ? { allowed } : {}),
        });
      }
    });
  }
  result.hits.push(...hits);
  result.ms += Date.now() - started;
  return hits;
}

/**
 * A source whose state lives on until the file ends (a reference endpoint): scanned by
 * `scanLiveSources()`, or earlier by `scanSource(owner)` (before it forgets what it saw).
 * @param {string} label
 * @param {() => Record<string, any>} collect
 * @param {{allowSecretEcho?: string}} owner
 */
function addLiveSource(label, collect, owner) {
  live.add({ label, collect, owner });
}

/** Scans a live source now (e.g. before an endpoint's reset forgets its calls). @returns {Hit[]} */
function scanSource(owner) {
  return [...live]
    .filter((source) => source.owner === owner)
    .flatMap((source) => scanParts(source.label, source.collect(), allowReason(owner)));
}

/** Scans every live source and forgets them. */
function scanLiveSources() {
  for (const source of live) scanParts(source.label, source.collect(), allowReason(source.owner));
  live.clear();
}

/**
 * The reason an owner gave for echoing secrets (`owner.allowSecretEcho = 'why'`); `true` or an
 * empty reason is not enough.
 */
function allowReason(owner) {
  const reason = owner?.allowSecretEcho;
  if (reason === undefined || reason === null || reason === false) return undefined;
  if (typeof reason !== 'string' || !reason.trim())
    throw new Error('allowSecretEcho takes the reason why secrets may appear (a sentence), not true.');
  return reason;
}

/** What was scanned since the last call (the file so far), and starts over. */
function takeScanResult() {
  const taken = {
    sources: result.sources.size,
    secrets: secrets.size,
    items: result.items,
    ms: result.ms,
    hits: result.hits.filter((h) => !h.allowed),
    allowed: result.hits.filter((h) => h.allowed),
  };
  result.sources = new Set();
  result.items = 0;
  result.ms = 0;
  result.hits = [];
  return taken;
}

/**
 * Adds what a host in another process scanned (its `takeScanResult()`, sent over IPC), so that the
 * file's last step counts and reports it as its own.
 * @param {{sources: number, items: number, ms: number, hits: Hit[], allowed: Hit[]}} other
 */
function addScanResult(other) {
  for (let i = 0; i < other.sources; i += 1)
    result.sources.add(`another process's source ${result.sources.size}`);
  result.items += other.items;
  result.ms += other.ms;
  result.hits.push(...other.hits, ...other.allowed);
}

/** @param {Hit[]} hits one line each (the same place once), without the secret */
function describeHits(hits) {
  return [...new Set(hits.map((h) => `- ${h.name} ${h.secret} in ${h.source}: ${h.where}`))].join('\n');
}

module.exports = {
  MIN_SECRET_LENGTH,
  rememberSecret,
  secretLabel,
  withoutSecretHeaders,
  scanParts,
  addLiveSource,
  scanSource,
  scanLiveSources,
  allowReason,
  takeScanResult,
  addScanResult,
  describeHits,
};
