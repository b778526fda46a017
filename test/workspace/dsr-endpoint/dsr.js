'use strict';
/**
 * The DSR surface the app talks to: create, status and cancel under `{base}/requests`.
 * Order of work for each call: record it, apply any misbehaviour, check the bearer token,
 * check the signature (create only: GET and DELETE have no body to sign), then do the work.
 */
const { sendJson, sendText, errorBody, parseJson } = require('./respond');
const { redactHeaders } = require('./store');
const { verifySignature, safeEqual } = require('./signing');
const { validateCreateBody, EXTENSION_KEY } = require('./validation');

/** Without a due time from the app, a request is expected to take this long. */
const DEFAULT_COMPLETION_MS = 30 * 24 * 3600 * 1000;

const SIGNATURE_MESSAGES = {
  missing: 'X-Privacy-Signature is required.',
  malformed: 'X-Privacy-Signature must read t=<unix seconds>,v1=<hex HMAC-SHA256>.',
  mismatch: 'X-Privacy-Signature does not match the body.',
  stale: 'X-Privacy-Signature is more than 5 minutes away from our clock.',
};

/**
 * @param {string | undefined} header
 * @returns {string | null} the bearer token, or null when there is none
 */
function bearerToken(header) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

/**
 * @param {string | null} subpath the path after the base, without the query (null: outside the base)
 * @param {string} method
 * @returns {{ route: 'create' | 'status' | 'cancel', id?: string } | { notFound: true } | { allow: string }}
 */
function matchRoute(subpath, method) {
  if (subpath === null) return { notFound: true };
  if (subpath === '/requests' || subpath === '/requests/') {
    return method === 'POST' ? { route: 'create' } : { allow: 'POST' };
  }
  const m = /^\/requests\/([^/]+)\/?$/.exec(subpath);
  if (!m) return { notFound: true };
  let id;
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    return { notFound: true };
  }
  if (method === 'GET') return { route: 'status', id };
  if (method === 'DELETE') return { route: 'cancel', id };
  return { allow: 'GET, DELETE' };
}

/** What the app keeps from an accepted create. */
const receipt = (ctx, r) => ({
  subject_request_id: r.subject_request_id,
  received_time: r.received_time,
  expected_completion_time: r.expected_completion_time,
  controller_id: ctx.config.controllerId,
});

/** The status answer: only the contract's fields, absent ones left out. */
function statusView(r) {
  const view = { subject_request_id: r.subject_request_id, request_status: r.request_status };
  for (const key of ['expected_completion_time', 'results_url', 'reason'])
    if (r[key] !== undefined) view[key] = r[key];
  return view;
}

function create(ctx, raw) {
  if (raw === null) return { status: 413, body: errorBody('too_large', 'The body is too large.') };
  const parsed = parseJson(raw);
  if (!parsed.ok) {
    const why = { field: '(body)', code: 'invalid_json', message: 'The body is not valid JSON.' };
    return { status: 400, body: errorBody('invalid_json', why.message, [why]) };
  }
  const errors = validateCreateBody(parsed.value);
  if (errors.length > 0) {
    const message = `${errors.length} field${errors.length === 1 ? ' is' : 's are'} invalid: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`;
    return { status: 400, body: errorBody('invalid_request', message, errors) };
  }
  const body = /** @type {Record<string, any>} checked by validateCreateBody */ (parsed.value);
  const existing = ctx.store.get(body.subject_request_id);
  if (existing) {
    // Idempotency: one request per id. A repeat is answered 200 with the first receipt.
    existing.duplicates += 1;
    return { status: 200, body: receipt(ctx, existing) };
  }
  const now = new Date();
  const due = body.extensions[EXTENSION_KEY].due_time;
  const request = {
    subject_request_id: body.subject_request_id,
    request_status: 'pending',
    received_time: now.toISOString(),
    expected_completion_time: due ?? new Date(now.getTime() + DEFAULT_COMPLETION_MS).toISOString(),
    status_callback_urls: body.status_callback_urls ?? [],
    duplicates: 0,
    body,
    history: [{ at: now.toISOString(), request_status: 'pending', source: 'create' }],
  };
  ctx.store.add(request);
  return { status: 201, body: receipt(ctx, request) };
}

function status(ctx, id) {
  const r = ctx.store.get(id);
  if (!r) return { status: 404, body: errorBody('not_found', 'No request has this id.') };
  return { status: 200, body: statusView(r) };
}

function cancel(ctx, id) {
  const r = ctx.store.get(id);
  if (!r) return { status: 404, body: errorBody('not_found', 'No request has this id.') };
  if (r.request_status !== 'pending') {
    const message = `The request is ${r.request_status}; only a pending request can be cancelled.`;
    return { status: 409, body: { ...errorBody('not_cancellable', message), ...statusView(r) } };
  }
  r.request_status = 'cancelled';
  r.history.push({ at: new Date().toISOString(), request_status: 'cancelled', source: 'cancel' });
  return { status: 202, body: statusView(r) };
}

/**
 * @returns {'ok' | 'not-required' | 'missing' | 'wrong'}
 */
function checkToken(ctx, req, route, entry) {
  const presented = bearerToken(req.headers.authorization);
  const b = ctx.behaviour.active;
  if (b.mode === 'unauthorized' && ctx.behaviour.appliesTo(route)) {
    if (b.token !== null && presented !== null && safeEqual(presented, b.token)) {
      // The sender now has the token we asked for: it becomes our token and we behave again.
      ctx.config.token = b.token;
      ctx.behaviour.set('normal');
      return 'ok';
    }
    entry.behaviour = 'unauthorized';
    return presented === null ? 'missing' : 'wrong';
  }
  if (!ctx.config.token) return 'not-required';
  if (presented === null) return 'missing';
  return safeEqual(presented, ctx.config.token) ? 'ok' : 'wrong';
}

/**
 * Handles one call on the DSR surface.
 * @param {object} ctx the endpoint's shared state (see index.js)
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string | null} subpath the path after the base; null when the call is outside it
 * @param {string | null} raw the body, or null when too large
 */
async function handleDsrCall(ctx, req, res, subpath, raw) {
  const parsed = raw ? parseJson(raw) : null;
  const entry = ctx.store.record({
    method: req.method,
    path: req.url,
    headers: redactHeaders(req.headers),
    body: raw === null ? '[too large]' : parsed ? (parsed.ok ? parsed.value : raw) : null,
    behaviour: null,
    checks: {},
  });
  const answer = ({ status: code, body, headers = {} }) => {
    entry.answer = { status: code, headers, body };
    sendJson(res, code, body, headers);
  };

  const match = matchRoute(subpath, req.method ?? '');
  if ('notFound' in match)
    return answer({ status: 404, body: errorBody('not_found', 'There is nothing here.') });
  if ('allow' in match) {
    return answer({
      status: 405,
      body: errorBody('method_not_allowed', `Use ${match.allow}.`),
      headers: { allow: match.allow },
    });
  }
  const { route, id } = match;

  let holdAfterMs = null;
  let delayMs = null;
  const action = ctx.behaviour.take(route);
  if (action) {
    entry.behaviour = action.mode;
    switch (action.mode) {
      case 'refuse':
        entry.answer = { reset: true };
        req.socket.destroy();
        return;
      case 'timeout':
        return ctx.hold(entry, res, action.holdMs, null);
      case 'fail':
        return answer({
          status: action.status,
          body: errorBody('server_error', 'Failed on purpose (behaviour "fail").'),
        });
      case 'rate-limit':
        return answer({
          status: 429,
          body: errorBody('rate_limited', `Too many requests; retry after ${action.retryAfter} s.`),
          headers: { 'retry-after': String(action.retryAfter) },
        });
      case 'bad-request': {
        const errors = action.errors ?? [
          {
            field: 'subject_request_id',
            code: 'rejected',
            message: 'Rejected on purpose (behaviour "bad-request").',
          },
        ];
        return answer({
          status: 400,
          body: errorBody('invalid_request', 'Rejected on purpose (behaviour "bad-request").', errors),
        });
      }
      case 'unauthorized': // one call of a sequence
        return answer({
          status: 401,
          body: errorBody('unauthorized', 'Refused on purpose (a step "unauthorized").'),
          headers: { 'www-authenticate': 'Bearer realm="dsr"' },
        });
      case 'garbage':
        entry.answer = { status: 200, headers: { 'content-type': 'application/json' }, body: action.body };
        return sendText(res, 200, action.body, { 'content-type': 'application/json' });
      case 'accept-then-timeout':
        holdAfterMs = action.holdMs;
        break;
      case 'delay':
        delayMs = action.delayMs;
        break;
    }
  }

  const token = checkToken(ctx, req, route, entry);
  entry.checks.token = token;
  if (token === 'missing' || token === 'wrong') {
    const message = token === 'missing' ? 'A bearer token is required.' : 'The bearer token is not valid.';
    return answer({
      status: 401,
      body: errorBody('unauthorized', message),
      headers: { 'www-authenticate': 'Bearer realm="dsr"' },
    });
  }
  if (route === 'create') {
    if (ctx.config.signingSecret) {
      const verdict = verifySignature({
        // A custom header: Node joins repeats into one string.
        header: /** @type {string | undefined} */ (req.headers['x-privacy-signature']),
        rawBody: raw ?? '',
        secret: ctx.config.signingSecret,
      });
      entry.checks.signature = verdict;
      if (verdict !== 'ok')
        return answer({ status: 401, body: errorBody('invalid_signature', SIGNATURE_MESSAGES[verdict]) });
    } else {
      entry.checks.signature = 'not-required';
    }
  }

  const result =
    route === 'create' ? create(ctx, raw) : route === 'status' ? status(ctx, id) : cancel(ctx, id);
  if (holdAfterMs !== null) return ctx.hold(entry, res, holdAfterMs, result);
  if (delayMs !== null) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (res.destroyed || res.writableEnded) return undefined;
  }
  return answer(result);
}

module.exports = { handleDsrCall, bearerToken, matchRoute, statusView };
