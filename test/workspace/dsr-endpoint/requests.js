'use strict';
/** Moving a stored request's status on an admin's command (the processor's side of the story). */
const { REQUEST_STATUSES, isRfc3339, isHttpUrl } = require('./validation');
const { statusView } = require('./dsr');

/** An admin call that cannot be done; `status` is the HTTP status the admin surface answers. */
class AdminError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** @type {Record<string, [(v: any) => boolean, string]>} field -> [check, what is wrong otherwise] */
const EXTRA_CHECKS = {
  reason: [(v) => typeof v === 'string', 'reason must be a string.'],
  results_url: [isHttpUrl, 'results_url must be an absolute http(s) URL.'],
  expected_completion_time: [(v) => isRfc3339(v), 'expected_completion_time must be an RFC 3339 time.'],
};

/**
 * Checks the optional extras of a status move: each is set when given, removed when null.
 * @param {Record<string, unknown>} extra
 */
function checkExtra(extra) {
  if (typeof extra !== 'object' || extra === null)
    throw new AdminError(400, 'invalid_admin_call', 'extra must be an object.');
  for (const [key, [ok, message]] of Object.entries(EXTRA_CHECKS)) {
    if (extra[key] !== undefined && extra[key] !== null && !ok(extra[key]))
      throw new AdminError(400, 'invalid_admin_call', message);
  }
}

/**
 * Moves a request to any status (the reference endpoint does not police the processor's
 * moves, so tests can also see what the app does with an odd one).
 * @param {object} ctx
 * @param {string} id
 * @param {string} status pending | in_progress | completed | cancelled | rejected
 * @param {{ reason?: string | null, results_url?: string | null, expected_completion_time?: string | null }} [extra]
 * @returns {object} the status answer GET would now give
 */
function setStatus(ctx, id, status, extra = {}) {
  if (typeof id !== 'string' || id === '')
    throw new AdminError(400, 'invalid_admin_call', 'id must name a request.');
  const r = ctx.store.get(id);
  if (!r) throw new AdminError(404, 'not_found', `No request has the id ${id}.`);
  if (!REQUEST_STATUSES.includes(status)) {
    throw new AdminError(400, 'invalid_admin_call', `status must be one of: ${REQUEST_STATUSES.join(', ')}.`);
  }
  checkExtra(extra);
  r.request_status = status;
  for (const key of Object.keys(EXTRA_CHECKS)) {
    if (extra[key] === null) delete r[key];
    else if (extra[key] !== undefined) r[key] = extra[key];
  }
  r.history.push({
    at: new Date().toISOString(),
    request_status: status,
    source: 'admin',
    ...(extra.reason ? { reason: extra.reason } : {}),
  });
  return statusView(r);
}

module.exports = { AdminError, setStatus, checkExtra };
