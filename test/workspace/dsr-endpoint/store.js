'use strict';
/**
 * What the endpoint keeps, in memory only: the requests (one per subject_request_id), every
 * call received on the DSR surface, and every callback sent. Readers get copies, so a test
 * cannot change the endpoint's state by editing what it read.
 */

/** Headers whose values are secrets: recorded as their scheme only, or not at all. */
const SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Record<string, string | string[] | undefined>}
 */
function redactHeaders(headers) {
  const out = { ...headers };
  for (const name of SECRET_HEADERS) {
    if (out[name] === undefined) continue;
    const scheme = name === 'cookie' ? '' : String(out[name]).split(/\s+/)[0];
    out[name] = scheme && scheme !== out[name] ? `${scheme} [redacted]` : '[redacted]';
  }
  return out;
}

/**
 * @typedef {object} StoredRequest
 * @property {string} subject_request_id
 * @property {'pending'|'in_progress'|'completed'|'cancelled'|'rejected'} request_status
 * @property {string} received_time
 * @property {string} [expected_completion_time]
 * @property {string} [results_url]
 * @property {string} [reason]
 * @property {string[]} status_callback_urls
 * @property {number} duplicates how many repeats of the create were answered 200
 * @property {object} body the create body as first received
 * @property {{ at: string, request_status: string, source: string, reason?: string }[]} history
 */

function createStore() {
  /** @type {Map<string, StoredRequest>} */
  const requests = new Map();
  /** @type {object[]} */
  let calls = [];
  /** @type {object[]} */
  let callbacks = [];
  let seq = 0;

  return {
    /** Starts the record of one received call; the caller fills in `answer` later. */
    record(entry) {
      const full = { seq: ++seq, at: new Date().toISOString(), ...entry, answer: null };
      calls.push(full);
      return full;
    },
    /** @param {object} entry */
    recordCallback(entry) {
      callbacks.push({ seq: ++seq, at: new Date().toISOString(), ...entry });
    },
    /** @param {string} id */
    get: (id) => requests.get(id),
    /** @param {StoredRequest} request */
    add(request) {
      requests.set(request.subject_request_id, request);
    },
    calls: () => structuredClone(calls),
    callbacks: () => structuredClone(callbacks),
    requests: () => structuredClone([...requests.values()]),
    clear() {
      requests.clear();
      calls = [];
      callbacks = [];
    },
  };
}

module.exports = { createStore, redactHeaders };
