'use strict';
/**
 * The reference DSR endpoint, driven over real HTTP on 127.0.0.1: the contract (create,
 * idempotency, status, cancel, validation, token, signature), each misbehaviour, callbacks
 * received by a small local server, and the admin surface. Signatures are made and checked
 * here with our own HMAC code, not the endpoint's, so a bug there cannot hide itself.
 */
const http = require('node:http');
const crypto = require('node:crypto');
const { startReferenceEndpoint } = require('../workspace');

jest.setTimeout(15000);

/**
 * One HTTP call, no connection reuse.
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, text: string, json: any }>}
 */
function call(method, url, { headers = {}, body, timeoutMs = 3000 } = {}) {
  const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () =>
      req.destroy(Object.assign(new Error('client time-out'), { code: 'CLIENT_TIMEOUT' })),
    );
    req.on('error', reject);
    req.end(raw);
  });
}

const hmac = (secret, text) => crypto.createHmac('sha256', secret).update(text).digest('hex');
const sign = (secret, raw, t = Math.floor(Date.now() / 1000)) => `t=${t},v1=${hmac(secret, `${t}.${raw}`)}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A request the contract accepts; `patch` edits it in place. */
function validRequest(patch = (b) => b) {
  const body = {
    api_version: '2.0',
    subject_request_id: crypto.randomUUID(),
    subject_request_type: 'access',
    regulation: 'gdpr',
    submitted_time: '2026-11-29T08:00:00.000Z',
    subject_identities: [
      { identity_type: 'email', identity_value: 'ana@example.com', identity_format: 'raw' },
      {
        identity_type: 'controller_customer_id',
        identity_value: 'chat.example.com/u123',
        identity_format: 'raw',
      },
    ],
    extensions: {
      'privacy-center': {
        workspace: {
          site_url: 'https://chat.example.com',
          deployment: 'self-hosted',
          detected_by: 'cloud-token',
        },
        jurisdiction: 'eu',
        data_categories: ['account', 'content'],
        apps: [{ id: 'app-1', name: 'Polls', version: '1.0.0', author: 'Someone' }],
        details: 'Everything you hold about me, please.',
        due_time: '2026-12-29T08:00:00.000Z',
        locale: 'pt-BR',
        email_verified: true,
      },
    },
  };
  return patch(body) ?? body;
}

/** Resolves with the error code of a call that must fail at the connection level. */
async function connectionError(promise) {
  try {
    const res = await promise;
    return `answered ${res.status}`;
  } catch (e) {
    return e.code ?? e.message;
  }
}

let endpoint;
const servers = [];
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(() => r()))));
});

const post = (body, opts = {}) => call('POST', `${endpoint.url}/requests`, { ...opts, body });

describe('create and idempotency', () => {
  test('accepts a valid request with 201, stores it pending and records the call', async () => {
    endpoint = await startReferenceEndpoint({ controllerId: 'vendor-1' });
    expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dsr$/);
    const body = validRequest();
    const res = await post(body);
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      subject_request_id: body.subject_request_id,
      received_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      expected_completion_time: '2026-12-29T08:00:00.000Z',
      controller_id: 'vendor-1',
    });
    const [stored] = endpoint.requests();
    expect(endpoint.requests()).toHaveLength(1);
    expect(stored).toMatchObject({
      subject_request_id: body.subject_request_id,
      request_status: 'pending',
      body,
    });
    const [received] = endpoint.inbox();
    expect(received).toMatchObject({ method: 'POST', path: '/dsr/requests', body, answer: { status: 201 } });
    expect(received.headers['content-type']).toBe('application/json');
  });

  test('without a due time, expects completion 30 days after receipt', async () => {
    endpoint = await startReferenceEndpoint();
    const res = await post(validRequest((b) => void delete b.extensions['privacy-center'].due_time));
    expect(res.status).toBe(201);
    const days =
      (Date.parse(res.json.expected_completion_time) - Date.parse(res.json.received_time)) / 86400000;
    expect(days).toBe(30);
  });

  test('answers a repeat of the same id with 200 naming it, and keeps one request', async () => {
    endpoint = await startReferenceEndpoint();
    const first = validRequest();
    const a = await post(first);
    const again = validRequest((b) => {
      b.subject_request_id = first.subject_request_id;
      b.extensions['privacy-center'].details = 'changed my mind';
    });
    const b = await post(again);
    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect(b.json).toEqual(a.json);
    const stored = endpoint.requests();
    expect(stored).toHaveLength(1);
    expect(stored[0].duplicates).toBe(1);
    expect(stored[0].body.extensions['privacy-center'].details).toBe(
      first.extensions['privacy-center'].details,
    );
  });
});

describe('status and cancel', () => {
  test('GET answers the status, 404 for an unknown id, and follows admin moves', async () => {
    endpoint = await startReferenceEndpoint();
    const { subject_request_id: id } = validRequest();
    expect((await post(validRequest((b) => void (b.subject_request_id = id)))).status).toBe(201);
    const pending = await call('GET', `${endpoint.url}/requests/${id}`);
    expect(pending.status).toBe(200);
    expect(pending.json).toEqual({
      subject_request_id: id,
      request_status: 'pending',
      expected_completion_time: '2026-12-29T08:00:00.000Z',
    });

    const view = endpoint.setStatus(id, 'completed', {
      results_url: 'https://vendor.example/r/1',
      reason: 'done',
    });
    expect(view.request_status).toBe('completed');
    const done = await call('GET', `${endpoint.url}/requests/${id}`);
    expect(done.json).toMatchObject({
      request_status: 'completed',
      results_url: 'https://vendor.example/r/1',
      reason: 'done',
    });

    const unknown = await call('GET', `${endpoint.url}/requests/${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: 'not_found', message: expect.any(String), errors: [] });
    expect(() => endpoint.setStatus(id, 'lost')).toThrow(/status must be one of/);
    expect(() => endpoint.setStatus(crypto.randomUUID(), 'completed')).toThrow(/No request/);
    expect(() => endpoint.setStatus(id, 'rejected', { results_url: 'not a url' })).toThrow(/results_url/);
  });

  test('DELETE cancels a pending request with 202 and answers 409 otherwise', async () => {
    endpoint = await startReferenceEndpoint();
    const one = validRequest();
    const two = validRequest();
    await post(one);
    await post(two);
    const cancelled = await call('DELETE', `${endpoint.url}/requests/${one.subject_request_id}`);
    expect(cancelled.status).toBe(202);
    expect(cancelled.json).toMatchObject({
      subject_request_id: one.subject_request_id,
      request_status: 'cancelled',
    });
    expect(
      (await call('GET', `${endpoint.url}/requests/${one.subject_request_id}`)).json.request_status,
    ).toBe('cancelled');

    const twice = await call('DELETE', `${endpoint.url}/requests/${one.subject_request_id}`);
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('not_cancellable');

    endpoint.setStatus(two.subject_request_id, 'in_progress');
    expect((await call('DELETE', `${endpoint.url}/requests/${two.subject_request_id}`)).status).toBe(409);
    expect((await call('DELETE', `${endpoint.url}/requests/${crypto.randomUUID()}`)).status).toBe(404);
    expect(endpoint.requests().map((r) => r.request_status)).toEqual(['cancelled', 'in_progress']);
  });
});

describe('validation', () => {
  test('a 400 lists each bad field, and nothing is stored', async () => {
    endpoint = await startReferenceEndpoint();
    const bad = validRequest((b) => {
      b.api_version = '1.0';
      b.subject_request_id = b.subject_request_id.toUpperCase();
      b.subject_request_type = 'delete_everything';
      b.regulation = 'hipaa';
      b.submitted_time = '2026-13-01T00:00:00Z';
      b.subject_identities = [
        { identity_type: 'email', identity_value: 'not-an-email', identity_format: 'raw' },
      ];
      b.status_callback_urls = ['ftp://nope'];
      b.extensions['privacy-center'].data_categories = ['account', 'dna'];
      delete b.extensions['privacy-center'].email_verified;
    });
    const res = await post(bad);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'invalid_request', message: expect.any(String) });
    const fields = res.json.error.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'api_version',
        'subject_request_id',
        'subject_request_type',
        'regulation',
        'submitted_time',
        'subject_identities[0].identity_value',
        'subject_identities',
        'status_callback_urls[0]',
        'extensions.privacy-center.data_categories[1]',
        'extensions.privacy-center.email_verified',
      ]),
    );
    for (const e of res.json.error.errors)
      expect(e).toEqual({ field: expect.any(String), code: expect.any(String), message: expect.any(String) });
    expect(endpoint.requests()).toEqual([]);
  });

  test('missing fields are named as required; a missing extension is named', async () => {
    endpoint = await startReferenceEndpoint();
    const res = await post({ api_version: '2.0' });
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(res.json.error.errors.map((e) => [e.field, e.code]));
    expect(byField).toMatchObject({
      subject_request_id: 'required',
      subject_request_type: 'required',
      regulation: 'required',
      submitted_time: 'required',
      subject_identities: 'required',
      extensions: 'required',
    });
    expect(byField.api_version).toBeUndefined();
    const noExt = await post(validRequest((b) => void (b.extensions = { other: {} })));
    expect(noExt.json.error.errors.map((e) => e.field)).toEqual(['extensions.privacy-center']);
  });

  test('ids must be lowercase UUIDv4 and times RFC 3339 in UTC; every listed type and regulation is accepted', async () => {
    endpoint = await startReferenceEndpoint();
    const rejected = [
      (b) => void (b.subject_request_id = 'a8098c1a-f86e-11da-bd1a-00112444be1e'), // version 1
      (b) => void (b.subject_request_id = '123'),
      (b) => void (b.submitted_time = '2026-11-29T09:00:00+01:00'),
      (b) => void (b.submitted_time = '2026-11-29 08:00:00Z'),
      (b) => void (b.submitted_time = '2026-02-30T08:00:00Z'),
    ];
    for (const patch of rejected) expect((await post(validRequest(patch))).status).toBe(400);
    const types = [
      'access',
      'portability',
      'erasure',
      'rectification',
      'restriction',
      'objection',
      'consent_withdrawal',
    ];
    types.push('sale_opt_out', 'sensitive_data_limit', 'automated_decision_review', 'information');
    const regulations = ['gdpr', 'ccpa', 'uk_gdpr', 'lgpd', 'us_state', 'other'];
    for (const [i, type] of types.entries()) {
      const res = await post(
        validRequest(
          (b) => void Object.assign(b, { subject_request_type: type, regulation: regulations[i % 6] }),
        ),
      );
      expect([type, res.status]).toEqual([type, 201]);
    }
    expect(endpoint.requests()).toHaveLength(types.length);
  });

  test('a body that is not JSON is a 400 naming the body', async () => {
    endpoint = await startReferenceEndpoint();
    const res = await post('{"api_version": "2.0",');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('invalid_json');
    expect(res.json.error.errors[0].field).toBe('(body)');
    expect(endpoint.inbox()[0].body).toBe('{"api_version": "2.0",');
  });
});

describe('bearer token', () => {
  test('401 without the right token on every route; the token is never recorded', async () => {
    endpoint = await startReferenceEndpoint({ token: 'tok-SECRET-123' });
    const body = validRequest();
    const missing = await post(body);
    const wrong = await post(body, { headers: { authorization: 'Bearer nope' } });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(wrong.json.error.code).toBe('unauthorized');
    expect(endpoint.requests()).toEqual([]);

    const ok = await post(body, { headers: { authorization: 'Bearer tok-SECRET-123' } });
    expect(ok.status).toBe(201);
    const url = `${endpoint.url}/requests/${body.subject_request_id}`;
    expect((await call('GET', url)).status).toBe(401);
    expect((await call('GET', url, { headers: { authorization: 'Bearer tok-SECRET-123' } })).status).toBe(
      200,
    );

    const inbox = endpoint.inbox();
    expect(inbox.map((c) => c.checks.token)).toEqual(['missing', 'wrong', 'ok', 'missing', 'ok']);
    expect(inbox[2].headers.authorization).toBe('Bearer [redacted]');
    expect(JSON.stringify(inbox)).not.toContain('tok-SECRET-123');
    expect(JSON.stringify(endpoint.state())).not.toContain('tok-SECRET-123');
  });

  test('configure changes the token at run time, and null removes it', async () => {
    endpoint = await startReferenceEndpoint();
    expect((await post(validRequest())).status).toBe(201);
    endpoint.configure({ token: 'next' });
    expect((await post(validRequest())).status).toBe(401);
    expect((await post(validRequest(), { headers: { authorization: 'Bearer next' } })).status).toBe(201);
    endpoint.configure({ token: null });
    expect((await post(validRequest())).status).toBe(201);
  });
});

describe('signature', () => {
  const secret = 'whsec-reference';

  test('a good signature is accepted; forged, old, missing, malformed or over other bytes are 401', async () => {
    endpoint = await startReferenceEndpoint({ signingSecret: secret });
    const now = Math.floor(Date.now() / 1000);
    const attempt = (headerFor) => {
      const raw = JSON.stringify(validRequest());
      const header = headerFor(raw);
      return post(raw, { headers: header === undefined ? {} : { 'x-privacy-signature': header } });
    };
    const good = await attempt((raw) => sign(secret, raw));
    const skewed = await attempt((raw) => sign(secret, raw, now + 200));
    const forged = await attempt((raw) => sign('another-secret', raw));
    const old = await attempt((raw) => sign(secret, raw, now - 400));
    const missing = await attempt(() => undefined);
    const malformed = await attempt(() => 'sha256=abc');
    const otherBytes = await attempt((raw) => sign(secret, `${raw} `));
    expect([good, skewed, forged, old, missing, malformed, otherBytes].map((r) => r.status)).toEqual([
      201, 201, 401, 401, 401, 401, 401,
    ]);
    expect(forged.json.error.code).toBe('invalid_signature');
    expect(endpoint.inbox().map((c) => c.checks.signature)).toEqual([
      'ok',
      'ok',
      'mismatch',
      'stale',
      'missing',
      'malformed',
      'mismatch',
    ]);
    expect(endpoint.requests()).toHaveLength(2);
  });

  test('a rotating sender may send two v1 values; one matching is enough', async () => {
    endpoint = await startReferenceEndpoint({ signingSecret: secret });
    const raw = JSON.stringify(validRequest());
    const t = Math.floor(Date.now() / 1000);
    const header = `t=${t},v1=${hmac('old-secret', `${t}.${raw}`)},v1=${hmac(secret, `${t}.${raw}`)}`;
    expect((await post(raw, { headers: { 'x-privacy-signature': header } })).status).toBe(201);
    const none = `t=${t},v1=${hmac('old-secret', `${t}.${raw}`)}`;
    expect((await post(raw, { headers: { 'x-privacy-signature': none } })).status).toBe(401);
  });
});

describe('misbehaviour', () => {
  test('fail: the next N calls get the 5xx asked for, then it behaves', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'fail', count: 2, status: 502 });
    const body = validRequest();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(body)).status);
    expect(statuses).toEqual([502, 502, 201]);
    expect(endpoint.inbox().map((c) => c.behaviour)).toEqual(['fail', 'fail', null]);
    expect(endpoint.behaviour()).toEqual({ mode: 'normal' });
  });

  test('on: a behaviour can target one route only', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'fail', count: 'always', on: 'status' });
    const body = validRequest();
    expect((await post(body)).status).toBe(201);
    expect((await call('GET', `${endpoint.url}/requests/${body.subject_request_id}`)).status).toBe(503);
    expect((await call('GET', `${endpoint.url}/requests/${body.subject_request_id}`)).status).toBe(503);
    expect((await call('DELETE', `${endpoint.url}/requests/${body.subject_request_id}`)).status).toBe(202);
  });

  test('timeout: holds the call without answering, stores nothing, and drops it after holdMs', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'timeout', count: 2, holdMs: 5000 });
    expect(await connectionError(post(validRequest(), { timeoutMs: 300 }))).toBe('CLIENT_TIMEOUT');
    await endpoint.setBehaviour({ mode: 'timeout', holdMs: 200 });
    const started = Date.now();
    expect(await connectionError(post(validRequest(), { timeoutMs: 5000 }))).toBe('ECONNRESET');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(endpoint.requests()).toEqual([]);
    expect(endpoint.inbox().map((c) => c.answer)).toEqual([
      { held: true, holdMs: 5000, ended: 'closed-by-client' },
      { held: true, holdMs: 200, ended: 'dropped' },
    ]);
    expect((await post(validRequest())).status).toBe(201);
  });

  test('accept-then-timeout: the request is stored but never answered, so the retry is a duplicate', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'accept-then-timeout', holdMs: 5000 });
    const body = validRequest();
    expect(await connectionError(post(body, { timeoutMs: 300 }))).toBe('CLIENT_TIMEOUT');
    expect(endpoint.requests().map((r) => r.request_status)).toEqual(['pending']);
    const retry = await post(body);
    expect(retry.status).toBe(200);
    expect(retry.json.subject_request_id).toBe(body.subject_request_id);
    expect(endpoint.requests()).toHaveLength(1);
    expect(endpoint.inbox()[0].answer).toMatchObject({ held: true, wouldHaveAnswered: { status: 201 } });
  });

  test('refuse (close): the port refuses connections for ms, then listens again', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'refuse', how: 'close', ms: 400 });
    expect(endpoint.state().listening).toBe(false);
    expect(await connectionError(post(validRequest()))).toBe('ECONNREFUSED');
    let status = null;
    for (let i = 0; i < 30 && status === null; i++) {
      await sleep(100);
      status = await post(validRequest()).then(
        (r) => r.status,
        () => null,
      );
    }
    expect(status).toBe(201);
    expect(endpoint.behaviour()).toEqual({ mode: 'normal' });
  });

  test('refuse (close) ends early when another behaviour is set', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'refuse', ms: 60000 });
    expect(await connectionError(post(validRequest()))).toBe('ECONNREFUSED');
    await endpoint.setBehaviour('normal');
    expect((await post(validRequest())).status).toBe(201);
  });

  test('refuse (reset): the next calls have their connection destroyed at once', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'refuse', how: 'reset', count: 1 });
    expect(await connectionError(post(validRequest()))).toBe('ECONNRESET');
    expect(endpoint.requests()).toEqual([]);
    expect(endpoint.inbox()[0].answer).toEqual({ reset: true });
    expect((await post(validRequest())).status).toBe(201);
  });

  test('rate-limit: 429 with Retry-After in seconds', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'rate-limit', retryAfter: 7 });
    const limited = await post(validRequest());
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect(limited.json.error.code).toBe('rate_limited');
    expect((await post(validRequest())).status).toBe(201);
  });

  test('bad-request: 400 in the contract error form, request not stored', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({
      mode: 'bad-request',
      errors: [{ field: 'regulation', code: 'unsupported', message: 'Not here.' }],
    });
    const res = await post(validRequest());
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: {
        code: 'invalid_request',
        message: expect.any(String),
        errors: [{ field: 'regulation', code: 'unsupported', message: 'Not here.' }],
      },
    });
    expect(endpoint.requests()).toEqual([]);
  });

  test('unauthorized: 401 until the asked-for token arrives, which then becomes the token', async () => {
    endpoint = await startReferenceEndpoint({ token: 'old' });
    await endpoint.setBehaviour({ mode: 'unauthorized', token: 'rotated' });
    expect(endpoint.behaviour()).toEqual({ mode: 'unauthorized', on: null, token: '[set]' });
    const withToken = (t) => post(validRequest(), { headers: { authorization: `Bearer ${t}` } });
    const statuses = [
      (await post(validRequest())).status,
      (await withToken('old')).status,
      (await withToken('old')).status,
    ];
    expect(statuses).toEqual([401, 401, 401]);
    expect((await withToken('rotated')).status).toBe(201);
    expect(endpoint.behaviour()).toEqual({ mode: 'normal' });
    expect((await withToken('old')).status).toBe(401);
    expect((await withToken('rotated')).status).toBe(201);
    expect(endpoint.requests()).toHaveLength(2);
  });

  test('garbage: 200 with a body that is not JSON', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'garbage' });
    const res = await post(validRequest());
    expect(res.status).toBe(200);
    expect(res.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(res.text)).toThrow();
    expect(endpoint.requests()).toEqual([]);
    expect((await post(validRequest())).status).toBe(201);
  });

  test('sequence: each call takes the next step of the list, then it behaves', async () => {
    endpoint = await startReferenceEndpoint({ token: 'tok' });
    await endpoint.setBehaviour({
      mode: 'sequence',
      on: 'create',
      steps: [
        { mode: 'fail', status: 502 },
        'unauthorized',
        { mode: 'rate-limit', retryAfter: 7 },
        'normal',
        { mode: 'refuse', how: 'reset' },
        { mode: 'accept-then-timeout', holdMs: 100 },
      ],
    });
    expect(endpoint.behaviour().steps).toHaveLength(6);
    const body = validRequest();
    const auth = { headers: { authorization: 'Bearer tok' } };
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await post(body, auth)).status);
    // A status read is not a create: it takes no step.
    expect((await call('GET', `${endpoint.url}/requests/${body.subject_request_id}`, auth)).status).toBe(404);
    results.push((await post(body, auth)).status);
    results.push(await connectionError(post(body, auth)));
    results.push(await connectionError(post(body, auth)));
    results.push((await post(body, auth)).status);
    expect(results).toEqual([502, 401, 429, 201, 'ECONNRESET', 'ECONNRESET', 200]);
    expect(endpoint.inbox().map((c) => c.behaviour)).toEqual([
      'fail',
      'unauthorized',
      'rate-limit',
      null,
      null,
      'refuse',
      'accept-then-timeout',
      null,
    ]);
    expect(endpoint.requests()[0].duplicates).toBe(2);
    expect(endpoint.behaviour()).toEqual({ mode: 'normal' });
    await expect(endpoint.setBehaviour({ mode: 'sequence', steps: [{ mode: 'refuse' }] })).rejects.toThrow(
      /reset/,
    );
    await expect(endpoint.setBehaviour({ mode: 'sequence', steps: ['sequence'] })).rejects.toThrow(
      /steps\[0\]\.mode/,
    );
  });

  test('a behaviour that makes no sense is refused and the active one is kept', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'rate-limit', count: 'always' });
    await expect(endpoint.setBehaviour({ mode: 'explode' })).rejects.toThrow(/mode must be one of/);
    await expect(endpoint.setBehaviour({ mode: 'fail', status: 404 })).rejects.toThrow(/5xx/);
    await expect(endpoint.setBehaviour({ mode: 'fail', count: 0 })).rejects.toThrow(/count/);
    expect(endpoint.behaviour().mode).toBe('rate-limit');
  });

  test('close() ends promptly even with a connection held open', async () => {
    endpoint = await startReferenceEndpoint();
    await endpoint.setBehaviour({ mode: 'timeout', holdMs: 60000 });
    const pending = connectionError(post(validRequest(), { timeoutMs: 10000 }));
    for (let i = 0; i < 50 && endpoint.inbox().length === 0; i++) await sleep(20);
    const started = Date.now();
    await endpoint.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBe('ECONNRESET');
  });
});

describe('callbacks', () => {
  const secret = 'cb-secret';

  /** A stand-in for the app's callback endpoint: checks the signature over the raw bytes. */
  async function startReceiver() {
    const received = [];
    const server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const header = req.headers['x-privacy-signature'] ?? '';
        const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
        const fresh = m && Math.abs(Date.now() / 1000 - Number(m[1])) <= 300;
        const ok =
          m &&
          crypto.timingSafeEqual(
            Buffer.from(m[2], 'hex'),
            Buffer.from(hmac(secret, `${m[1]}.${raw}`), 'hex'),
          ) &&
          fresh;
        received.push({ raw, header, ok: Boolean(ok) });
        res.writeHead(ok ? 202 : 401, { 'content-type': 'application/json' });
        res.end(JSON.stringify(ok ? { accepted: true } : { error: 'bad signature' }));
      });
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    return { url: `http://127.0.0.1:${server.address().port}/api/apps/public/app-id/dsr-callback`, received };
  }

  test('a signed callback: compact JSON in contract order, verified by the receiver, status moved', async () => {
    endpoint = await startReferenceEndpoint({ signingSecret: secret, controllerId: 'vendor-1' });
    const receiver = await startReceiver();
    const body = validRequest((b) => void (b.status_callback_urls = [receiver.url]));
    await post(body, { headers: { 'x-privacy-signature': sign(secret, JSON.stringify(body)) } });
    const result = await endpoint.sendCallback({
      id: body.subject_request_id,
      status: 'completed',
      results_url: 'https://vendor.example/r/9',
    });
    expect(result.status).toBe(202);
    expect(result.sent.signature).toBe('valid');
    const [got] = receiver.received;
    expect(got.ok).toBe(true);
    const parsed = JSON.parse(got.raw);
    expect(got.raw).toBe(JSON.stringify(parsed));
    expect(Object.keys(parsed)).toEqual([
      'controller_id',
      'status_callback_url',
      'subject_request_id',
      'request_status',
      'expected_completion_time',
      'results_url',
      'api_version',
    ]);
    expect(parsed).toMatchObject({
      controller_id: 'vendor-1',
      status_callback_url: receiver.url,
      subject_request_id: body.subject_request_id,
      request_status: 'completed',
      results_url: 'https://vendor.example/r/9',
      api_version: '2.0',
    });
    expect(
      (await call('GET', `${endpoint.url}/requests/${body.subject_request_id}`)).json.request_status,
    ).toBe('completed');
    expect(endpoint.callbacks()).toEqual([
      expect.objectContaining({
        url: receiver.url,
        signature: 'valid',
        answer: expect.objectContaining({ status: 202 }),
      }),
    ]);
  });

  test('forged, replayed and unsigned callbacks are refused by a receiver that checks, and the status is reported', async () => {
    endpoint = await startReferenceEndpoint({ signingSecret: secret });
    const receiver = await startReceiver();
    const body = validRequest();
    await post(body, { headers: { 'x-privacy-signature': sign(secret, JSON.stringify(body)) } });
    const id = body.subject_request_id;
    const forged = await endpoint.sendCallback({ url: receiver.url, id, status: 'in_progress', forge: true });
    const replayed = await endpoint.sendCallback({ url: receiver.url, id, replay: true });
    const unsigned = await endpoint.sendCallback({ url: receiver.url, id, unsigned: true });
    const fine = await endpoint.sendCallback({ url: receiver.url, id });
    expect([forged.status, replayed.status, unsigned.status, fine.status]).toEqual([401, 401, 401, 202]);
    expect([forged, replayed, unsigned, fine].map((r) => r.sent.signature)).toEqual([
      'forged',
      'replayed',
      'none',
      'valid',
    ]);
    const t = Number(/^t=(\d+)/.exec(receiver.received[1].header)[1]);
    expect(Date.now() / 1000 - t).toBeGreaterThan(300);
    expect(receiver.received.map((r) => r.ok)).toEqual([false, false, false, true]);
  });

  test('a callback about an unknown id is sent as told; an unreachable receiver is reported, not thrown', async () => {
    endpoint = await startReferenceEndpoint({ signingSecret: secret });
    const receiver = await startReceiver();
    const id = crypto.randomUUID();
    const sent = await endpoint.sendCallback({
      url: receiver.url,
      id,
      status: 'rejected',
      reason: 'no such user',
    });
    expect(sent.status).toBe(202);
    expect(JSON.parse(receiver.received[0].raw)).toMatchObject({
      subject_request_id: id,
      request_status: 'rejected',
      reason: 'no such user',
    });

    const closed = http.createServer();
    await new Promise((r) => closed.listen(0, '127.0.0.1', r));
    const port = closed.address().port;
    await new Promise((r) => closed.close(r));
    const nobody = await endpoint.sendCallback({
      url: `http://127.0.0.1:${port}/cb`,
      id,
      status: 'rejected',
    });
    expect(nobody.status).toBeNull();
    expect(nobody.error).toMatch(/ECONNREFUSED/);
    await expect(endpoint.sendCallback({ id })).rejects.toThrow(/status/);
  });
});

describe('admin HTTP surface', () => {
  test('behaviour, inbox, requests, status, callback, configure, state and reset over HTTP', async () => {
    endpoint = await startReferenceEndpoint({ signingSecret: 'adm' });
    const admin = (method, path, body) => call(method, `${endpoint.url}/_admin/${path}`, { body });

    const setFail = await admin('POST', 'behaviour', { mode: 'fail', count: 1, status: 500 });
    expect(setFail.status).toBe(200);
    expect(setFail.json.behaviour).toMatchObject({ mode: 'fail', count: 1, status: 500 });
    const signed = (b) => post(b, { headers: { 'x-privacy-signature': sign('adm', JSON.stringify(b)) } });
    const body = validRequest();
    expect((await signed(body)).status).toBe(500);
    expect((await signed(body)).status).toBe(201);

    const inbox = await admin('GET', 'inbox');
    expect(inbox.json.calls.map((c) => c.answer.status)).toEqual([500, 201]);
    expect((await admin('GET', 'requests')).json.requests).toHaveLength(1);

    const moved = await admin('POST', 'status', {
      id: body.subject_request_id,
      status: 'in_progress',
      expected_completion_time: '2027-01-01T00:00:00Z',
    });
    expect(moved.status).toBe(200);
    expect(moved.json.request).toMatchObject({
      request_status: 'in_progress',
      expected_completion_time: '2027-01-01T00:00:00Z',
    });
    expect((await admin('POST', 'status', { id: crypto.randomUUID(), status: 'completed' })).status).toBe(
      404,
    );
    expect((await admin('POST', 'status', { id: body.subject_request_id, status: 'done' })).status).toBe(400);
    expect((await admin('POST', 'behaviour', { mode: 'nonsense' })).json.error.code).toBe(
      'invalid_behaviour',
    );
    expect((await admin('POST', 'behaviour', 'not json')).status).toBe(400);
    expect((await admin('POST', 'status', {})).json.error.code).toBe('invalid_admin_call');
    const preflight = await admin('OPTIONS', 'behaviour');
    expect([preflight.status, preflight.headers['access-control-allow-methods']]).toEqual([
      204,
      'GET, POST, OPTIONS',
    ]);

    const cbReceived = [];
    const cbServer = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        cbReceived.push(req.headers['x-privacy-signature']);
        res.writeHead(418).end();
      });
    });
    await new Promise((r) => cbServer.listen(0, '127.0.0.1', r));
    servers.push(cbServer);
    const cb = await admin('POST', 'callback', {
      url: `http://127.0.0.1:${cbServer.address().port}/`,
      id: body.subject_request_id,
      forge: true,
    });
    expect(cb.json).toMatchObject({ status: 418, sent: { signature: 'forged' } });
    expect(cbReceived).toHaveLength(1);
    expect((await admin('GET', 'inbox')).json.callbacks).toHaveLength(1);

    const configured = await admin('POST', 'configure', { token: 'adm-token-XYZ' });
    expect(configured.json).toMatchObject({ tokenSet: true, signingSecretSet: true });
    expect(configured.text).not.toContain('adm-token-XYZ');
    expect((await call('GET', `${endpoint.url}/requests/${body.subject_request_id}`)).status).toBe(401);
    expect((await admin('POST', 'configure', { token: 42 })).status).toBe(400);

    const state = await admin('GET', 'state');
    expect(state.json).toMatchObject({
      url: endpoint.url,
      listening: true,
      counts: { requests: 1, calls: 3, callbacks: 1 },
    });
    expect(state.headers['access-control-allow-origin']).toBe('*');
    expect((await admin('GET', 'nothing-here')).status).toBe(404);

    const reset = await admin('POST', 'reset');
    expect(reset.json.counts).toEqual({ requests: 0, calls: 0, callbacks: 0 });
    expect(endpoint.inbox()).toEqual([]);
    expect(endpoint.state().tokenSet).toBe(true);
  });

  test('calls outside the contract are recorded and answered 404 or 405', async () => {
    endpoint = await startReferenceEndpoint();
    expect((await call('GET', `${endpoint.url}/elsewhere`)).status).toBe(404);
    expect((await call('GET', endpoint.url.replace('/dsr', '/other/requests'))).status).toBe(404);
    const wrongMethod = await call('PUT', `${endpoint.url}/requests`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
    expect(endpoint.inbox().map((c) => [c.method, c.answer.status])).toEqual([
      ['GET', 404],
      ['GET', 404],
      ['PUT', 405],
    ]);
  });
});
