'use strict';
/**
 * Sends a status callback to the app, as a processor does on each status change: compact
 * `JSON.stringify` body, keys in the contract's order, signed with X-Privacy-Signature over
 * exactly those bytes. It can also forge (sign with a wrong secret), replay (sign with an
 * old timestamp) or send unsigned, and reports what the receiver answered.
 */
const http = require('node:http');
const https = require('node:https');
const crypto = require('node:crypto');
const { signatureHeader } = require('./signing');
const { isHttpUrl, API_VERSION, REQUEST_STATUSES } = require('./validation');
const { AdminError, setStatus, checkExtra } = require('./requests');

/** A replayed callback is this old unless told otherwise: twice the 5 minute window. */
const DEFAULT_REPLAY_SECONDS = 600;
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * @param {string} url
 * @param {string} raw
 * @param {Record<string, string>} headers
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number | null, headers: object, body: string } | { status: null, error: string }>}
 */
function post(url, raw, headers, timeoutMs) {
  const client = new URL(url).protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      url,
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': Buffer.byteLength(raw) } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          if (body.length < MAX_ANSWER_BYTES) body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? null, headers: res.headers, body }));
        res.on('error', (e) => resolve({ status: null, error: e.message }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => resolve({ status: null, error: e.message }));
    req.end(raw);
  });
}

/**
 * @typedef {object} CallbackOptions
 * @property {string} id the subject_request_id
 * @property {string} [url] where to send it; by default the request's first status_callback_url
 * @property {string} [status] the status to report; when the request is stored, it is moved there first
 * @property {string} [reason]
 * @property {string} [results_url]
 * @property {string} [expected_completion_time]
 * @property {boolean} [forge] sign with a wrong secret
 * @property {boolean | number} [replay] sign with a timestamp this many seconds old (true: 600)
 * @property {boolean} [unsigned] send no signature header
 * @property {number} [timeoutMs] how long to wait for the receiver (default 10000)
 */

/**
 * @param {object} ctx
 * @param {CallbackOptions} opts
 * @returns {Promise<{ url: string, status: number | null, body?: string, error?: string, sent: { body: string, signature: string } }>}
 */
async function sendCallback(ctx, opts) {
  if (typeof opts !== 'object' || opts === null || typeof opts.id !== 'string' || opts.id === '') {
    throw new AdminError(400, 'invalid_admin_call', 'A callback needs the id of a request.');
  }
  const { id, status, forge = false, replay = false, unsigned = false, timeoutMs = 10000 } = opts;
  const extra = {
    reason: opts.reason,
    results_url: opts.results_url,
    expected_completion_time: opts.expected_completion_time,
  };
  checkExtra(extra);
  const stored = ctx.store.get(id);
  if (status !== undefined && !REQUEST_STATUSES.includes(status)) {
    throw new AdminError(400, 'invalid_admin_call', `status must be one of: ${REQUEST_STATUSES.join(', ')}.`);
  }
  if (!stored && status === undefined)
    throw new AdminError(400, 'invalid_admin_call', 'No request has this id: say which status to report.');
  if (stored && status !== undefined) setStatus(ctx, id, status, extra);
  const url = opts.url ?? stored?.status_callback_urls[0];
  if (!isHttpUrl(url))
    throw new AdminError(
      400,
      'invalid_admin_call',
      'url must be an absolute http(s) URL (the request gave none).',
    );

  const source = stored ?? { request_status: status, ...extra };
  // Key order is part of the contract: the receiver re-serializes the parsed body to check the signature.
  const body = {
    controller_id: ctx.config.controllerId,
    status_callback_url: url,
    subject_request_id: id,
    request_status: source.request_status,
  };
  for (const key of ['expected_completion_time', 'results_url', 'reason'])
    if (source[key] != null) body[key] = source[key];
  body.api_version = API_VERSION;
  const raw = JSON.stringify(body);

  const secret = forge ? crypto.randomBytes(32).toString('hex') : ctx.config.signingSecret;
  const age = replay === true ? DEFAULT_REPLAY_SECONDS : typeof replay === 'number' ? replay : 0;
  const headers = { 'content-type': 'application/json', 'user-agent': 'privacy-center-reference-dsr' };
  let signature = 'none';
  if (!unsigned && secret) {
    headers['x-privacy-signature'] = signatureHeader(secret, raw, Math.floor(Date.now() / 1000) - age);
    signature = forge ? 'forged' : age > 0 ? 'replayed' : 'valid';
    if (forge && age > 0) signature = 'forged+replayed';
  }
  const answer = await post(url, raw, headers, timeoutMs);
  const result = { url, ...answer, sent: { body: raw, signature } };
  ctx.store.recordCallback({ url, body, signature, answer });
  return result;
}

module.exports = { sendCallback, DEFAULT_REPLAY_SECONDS };
