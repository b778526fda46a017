'use strict';
/** Small HTTP helpers shared by the DSR and admin surfaces. */

/** Bodies larger than this are refused with 413 rather than buffered. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads the whole body as UTF-8 text.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string | null>} null when the body is over MAX_BODY_BYTES
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {string} raw
 * @returns {{ ok: true, value: unknown } | { ok: false }}
 */
function parseJson(raw) {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
function sendText(res, status, text, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  sendText(res, status, JSON.stringify(body), {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
  });
}

/**
 * The contract's error body.
 * @param {string} code
 * @param {string} message
 * @param {object[]} [errors]
 */
const errorBody = (code, message, errors = []) => ({ error: { code, message, errors } });

module.exports = { MAX_BODY_BYTES, readBody, parseJson, sendText, sendJson, errorBody };
