'use strict';
/**
 * Checks a create body against the contract and lists every field that is wrong, so one
 * 400 answer tells the sender everything at once. Unknown fields are ignored (OpenDSR lets
 * senders add them); what the contract requires is checked strictly.
 */

const API_VERSION = '2.0';
const REQUEST_TYPES = [
  // OpenDSR
  'access',
  'portability',
  'erasure',
  // our extension
  'rectification',
  'restriction',
  'objection',
  'consent_withdrawal',
  'sale_opt_out',
  'sensitive_data_limit',
  'automated_decision_review',
  'information',
];
const REGULATIONS = ['gdpr', 'ccpa', 'uk_gdpr', 'lgpd', 'us_state', 'other'];
const DATA_CATEGORIES = ['account', 'usage', 'app', 'content', 'tracking'];
const REQUEST_STATUSES = ['pending', 'in_progress', 'completed', 'cancelled', 'rejected'];
const EXTENSION_KEY = 'privacy-center';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** @typedef {{ field: string, code: string, message: string }} FieldError */

/**
 * @param {unknown} value
 * @param {{ utc?: boolean }} [opts] utc: only `Z` or `+00:00` offsets
 */
function isRfc3339(value, { utc = false } = {}) {
  if (typeof value !== 'string') return false;
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , offset] = m;
  const daysInMonth = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > daysInMonth) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return false;
  if (offset.length > 1) {
    const [oh, om] = offset.slice(1).split(':').map(Number);
    if (oh > 23 || om > 59) return false;
  }
  return !utc || offset === 'Z' || offset === 'z' || offset === '+00:00';
}

const isUuidV4 = (v) => typeof v === 'string' && UUID_V4.test(v);
/** @param {unknown} v @returns {v is Record<string, any>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v) => typeof v === 'string' && v.trim().length > 0;
const isHttpUrl = (v) => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * @param {unknown} body the parsed JSON
 * @returns {FieldError[]} empty when the body is acceptable
 */
function validateCreateBody(body) {
  /** @type {FieldError[]} */
  const errors = [];
  const add = (field, code, message) => errors.push({ field, code, message });
  if (!isObject(body)) {
    add('(body)', 'invalid_type', 'The body must be a JSON object.');
    return errors;
  }
  /** Required field: reports `required` when absent, else runs the check. */
  const need = (field, value, ok, code, message) => {
    if (value === undefined || value === null) add(field, 'required', `${field} is required.`);
    else if (!ok(value)) add(field, code, message);
  };

  need(
    'api_version',
    body.api_version,
    (v) => v === API_VERSION,
    'unsupported_version',
    `api_version must be "${API_VERSION}".`,
  );
  need(
    'subject_request_id',
    body.subject_request_id,
    isUuidV4,
    'invalid_format',
    'subject_request_id must be a lowercase UUID version 4.',
  );
  need(
    'subject_request_type',
    body.subject_request_type,
    (v) => REQUEST_TYPES.includes(v),
    'unknown_value',
    `subject_request_type must be one of: ${REQUEST_TYPES.join(', ')}.`,
  );
  need(
    'regulation',
    body.regulation,
    (v) => REGULATIONS.includes(v),
    'unknown_value',
    `regulation must be one of: ${REGULATIONS.join(', ')}.`,
  );
  need(
    'submitted_time',
    body.submitted_time,
    (v) => isRfc3339(v, { utc: true }),
    'invalid_format',
    'submitted_time must be an RFC 3339 time in UTC.',
  );
  validateIdentities(body.subject_identities, add);
  if (body.status_callback_urls !== undefined) {
    if (!Array.isArray(body.status_callback_urls))
      add('status_callback_urls', 'invalid_type', 'status_callback_urls must be an array of URLs.');
    else
      body.status_callback_urls.forEach((u, i) => {
        if (!isHttpUrl(u))
          add(
            `status_callback_urls[${i}]`,
            'invalid_format',
            'Each callback URL must be an absolute http(s) URL.',
          );
      });
  }
  validateExtension(body.extensions, add);
  return errors;
}

/**
 * @param {unknown} identities
 * @param {(field: string, code: string, message: string) => void} add
 */
function validateIdentities(identities, add) {
  const field = 'subject_identities';
  if (identities === undefined || identities === null) return add(field, 'required', `${field} is required.`);
  if (!Array.isArray(identities) || identities.length === 0)
    return add(field, 'invalid_type', `${field} must be a non-empty array.`);
  const seen = new Set();
  identities.forEach((id, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(id)) return add(at, 'invalid_type', 'Each identity must be an object.');
    if (!isText(id.identity_type)) add(`${at}.identity_type`, 'required', 'identity_type is required.');
    if (!isText(id.identity_value)) add(`${at}.identity_value`, 'required', 'identity_value is required.');
    if (id.identity_format !== 'raw')
      add(`${at}.identity_format`, 'unknown_value', 'identity_format must be "raw".');
    if (
      id.identity_type === 'email' &&
      isText(id.identity_value) &&
      !/^[^\s@]+@[^\s@]+$/.test(id.identity_value)
    ) {
      add(`${at}.identity_value`, 'invalid_format', 'An email identity must be an email address.');
    }
    if (
      id.identity_type === 'controller_customer_id' &&
      isText(id.identity_value) &&
      !/^\S+\/[^/\s]+$/.test(id.identity_value)
    ) {
      add(
        `${at}.identity_value`,
        'invalid_format',
        'controller_customer_id must read "<workspace>/<user id>".',
      );
    }
    seen.add(id.identity_type);
  });
  for (const type of ['email', 'controller_customer_id']) {
    if (!seen.has(type)) add(field, 'missing_identity', `${field} must include a "${type}" identity.`);
  }
}

/**
 * @param {unknown} extensions
 * @param {(field: string, code: string, message: string) => void} add
 */
function validateExtension(extensions, add) {
  if (extensions === undefined || extensions === null)
    return add('extensions', 'required', 'extensions is required.');
  if (!isObject(extensions)) return add('extensions', 'invalid_type', 'extensions must be an object.');
  const base = `extensions.${EXTENSION_KEY}`;
  const ext = extensions[EXTENSION_KEY];
  if (ext === undefined || ext === null) return add(base, 'required', `${base} is required.`);
  if (!isObject(ext)) return add(base, 'invalid_type', `${base} must be an object.`);

  const ws = ext.workspace;
  if (!isObject(ws))
    add(`${base}.workspace`, ws == null ? 'required' : 'invalid_type', 'workspace must be an object.');
  else {
    if (!isHttpUrl(ws.site_url))
      add(`${base}.workspace.site_url`, 'invalid_format', 'site_url must be an absolute http(s) URL.');
    if (!isText(ws.deployment)) add(`${base}.workspace.deployment`, 'required', 'deployment is required.');
    if (!isText(ws.detected_by)) add(`${base}.workspace.detected_by`, 'required', 'detected_by is required.');
  }
  if (!isText(ext.jurisdiction)) add(`${base}.jurisdiction`, 'required', 'jurisdiction is required.');
  if (!Array.isArray(ext.data_categories))
    add(`${base}.data_categories`, 'invalid_type', 'data_categories must be an array.');
  else
    ext.data_categories.forEach((c, i) => {
      if (!DATA_CATEGORIES.includes(c))
        add(
          `${base}.data_categories[${i}]`,
          'unknown_value',
          `A data category is one of: ${DATA_CATEGORIES.join(', ')}.`,
        );
    });
  if (!Array.isArray(ext.apps)) add(`${base}.apps`, 'invalid_type', 'apps must be an array.');
  else
    ext.apps.forEach((app, i) => {
      const at = `${base}.apps[${i}]`;
      if (!isObject(app)) return add(at, 'invalid_type', 'Each app must be an object.');
      if (!isText(app.id)) add(`${at}.id`, 'required', 'An app needs its id.');
      if (!isText(app.name)) add(`${at}.name`, 'required', 'An app needs its name.');
      if (app.version !== undefined && typeof app.version !== 'string')
        add(`${at}.version`, 'invalid_type', 'version must be a string.');
      if (app.author !== undefined && typeof app.author !== 'string' && !isObject(app.author)) {
        add(`${at}.author`, 'invalid_type', 'author must be a string or an object.');
      }
    });
  if (ext.details !== undefined && typeof ext.details !== 'string')
    add(`${base}.details`, 'invalid_type', 'details must be a string.');
  if (ext.due_time !== undefined && !isRfc3339(ext.due_time))
    add(`${base}.due_time`, 'invalid_format', 'due_time must be an RFC 3339 time.');
  if (typeof ext.locale !== 'string' || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(ext.locale)) {
    add(
      `${base}.locale`,
      ext.locale == null ? 'required' : 'invalid_format',
      'locale must be a language tag such as "en" or "pt-BR".',
    );
  }
  if (typeof ext.email_verified !== 'boolean')
    add(
      `${base}.email_verified`,
      ext.email_verified == null ? 'required' : 'invalid_type',
      'email_verified must be true or false.',
    );
}

module.exports = {
  API_VERSION,
  REQUEST_TYPES,
  REGULATIONS,
  DATA_CATEGORIES,
  REQUEST_STATUSES,
  EXTENSION_KEY,
  isRfc3339,
  isUuidV4,
  isHttpUrl,
  validateCreateBody,
};
