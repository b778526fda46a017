'use strict';
/**
 * The `X-Privacy-Signature` scheme shared by requests (app -> endpoint) and callbacks
 * (endpoint -> app): `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 * Several `v1=` parts are accepted so a sender can sign with an old and a new secret
 * while it rotates them.
 */
const crypto = require('node:crypto');

/** How far a signature's timestamp may be from our clock, either way, in seconds. */
const WINDOW_SECONDS = 300;

/**
 * @param {string} secret
 * @param {string} payload
 * @returns {string} lowercase hex
 */
function hmacHex(secret, payload) {
  return crypto.createHmac('sha256', secret).update(payload, 'utf8').digest('hex');
}

/**
 * @param {string} secret
 * @param {string} rawBody the exact bytes sent, as a string
 * @param {number} [t] unix seconds; now by default
 * @returns {string} the header value
 */
function signatureHeader(secret, rawBody, t = Math.floor(Date.now() / 1000)) {
  return `t=${t},v1=${hmacHex(secret, `${t}.${rawBody}`)}`;
}

/**
 * @param {string | undefined} header
 * @returns {{ t: number, v1: string[] } | null} null when the header is not of our form
 */
function parseSignatureHeader(header) {
  if (typeof header !== 'string' || header.length > 1024) return null;
  let t = null;
  const v1 = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || t !== null) return null;
      t = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-fA-F]{64}$/.test(value)) return null;
      v1.push(value.toLowerCase());
    }
    // Unknown keys (future schemes) are ignored, as senders may add them.
  }
  return t === null || v1.length === 0 ? null : { t, v1 };
}

/**
 * Compares two strings in time that does not depend on where they differ (nor on their
 * lengths, since both sides are hashed to the same size first).
 * @param {string} a
 * @param {string} b
 */
function safeEqual(a, b) {
  const ha = crypto.createHash('sha256').update(String(a)).digest();
  const hb = crypto.createHash('sha256').update(String(b)).digest();
  return crypto.timingSafeEqual(ha, hb) && a.length === b.length;
}

/**
 * @typedef {'ok' | 'missing' | 'malformed' | 'mismatch' | 'stale'} SignatureVerdict
 * @param {{ header: string | undefined, rawBody: string, secret: string, nowSeconds?: number,
 *   windowSeconds?: number }} input
 * @returns {SignatureVerdict}
 */
function verifySignature({ header, rawBody, secret, nowSeconds, windowSeconds = WINDOW_SECONDS }) {
  if (header === undefined || header === '') return 'missing';
  const parsed = parseSignatureHeader(header);
  if (!parsed) return 'malformed';
  const expected = hmacHex(secret, `${parsed.t}.${rawBody}`);
  // Check every candidate without stopping early, so timing says nothing about which matched.
  let matched = false;
  for (const candidate of parsed.v1) matched = safeEqual(candidate, expected) || matched;
  if (!matched) return 'mismatch';
  const now = nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - parsed.t) > windowSeconds) return 'stale';
  return 'ok';
}

module.exports = {
  WINDOW_SECONDS,
  hmacHex,
  signatureHeader,
  parseSignatureHeader,
  safeEqual,
  verifySignature,
};
