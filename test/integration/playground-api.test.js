'use strict';
/** The playground's JSON API (test/workspace/api) over HTTP, around the real runtime. */
const fs = require('node:fs');
const path = require('node:path');
const { startWorkspace, textOf } = require('./helpers/workspace');
const { fileRequest, storedRequest, createsFor } = require('./helpers/requests');
const { translator } = require('../../src/core/i18n/translator');
const { createWorkspaceServer } = require('../workspace');

jest.setTimeout(60_000);

const REFERENCE = path.resolve(__dirname, '..', 'workspace', 'dsr-endpoint', 'index.js');

let host;
let server;
let base;
let endpoint;
beforeAll(async () => {
  host = await startWorkspace();
  if (fs.existsSync(REFERENCE)) {
    const reference = await require(REFERENCE).startReferenceEndpoint({ port: 0 });
    endpoint = { url: reference.url, kind: 'reference', reference };
  }
  server = createWorkspaceServer({ host, endpoint, staticDir: path.join(__dirname, 'no-such-folder') });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await endpoint?.reference.close();
  await host?.stop();
});

async function call(method, url, body) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

describe('playground API', () => {
  it('GET /api/state lists the seeded users with their languages, the deployment and the app settings', async () => {
    const { status, json } = await call('GET', '/api/state');
    expect(status).toBe(200);
    expect(json.users.map((u) => [u.username, u.language])).toEqual([
      ['admin', null],
      ['alice', 'en'],
      ['bruno', 'de'],
      ['carla', 'pt-BR'],
    ]);
    expect(json.users[0].roles).toContain('admin');
    expect(json).toMatchObject({ deployment: 'registered', siteUrl: 'https://chat.example.org' });
    expect(json.settings.find((s) => s.id === 'dpo_email')).toMatchObject({ type: 'string' });
    expect(json.rooms[0]).toMatchObject({ id: 'GENERAL', type: 'c' });
  });

  it('runs a command, shows the transcript and the open view, and closes it', async () => {
    expect(
      (await call('POST', '/api/command', { username: 'carla', text: '/privacy help' })).json,
    ).toMatchObject({ ok: true });
    const transcript = (await call('GET', '/api/transcript?username=carla')).json;
    expect(transcript.at(-1)).toMatchObject({
      kind: 'ephemeral',
      roomId: 'GENERAL',
      roomType: 'c',
      sender: { username: 'privacy-center.bot' },
    });
    expect(typeof transcript.at(-1).ts).toBe('string');

    await call('POST', '/api/command', { username: 'carla', text: '/privacy policy' });
    const views = (await call('GET', '/api/views?username=carla')).json;
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      viewId: 'policy-view',
      surface: 'contextualBar',
      view: { id: 'policy-view' },
    });

    const action = await call('POST', '/api/actions', {
      username: 'carla',
      viewId: 'policy-view',
      blockId: 'policy-jurisdiction',
      actionId: 'policy-jurisdiction-select',
      value: 'lgpd',
    });
    expect(action.json).toMatchObject({ ok: true });
    expect(JSON.stringify((await call('GET', '/api/views?username=carla')).json)).toContain('LGPD');

    expect(
      (await call('POST', '/api/views/close', { username: 'carla', viewId: 'policy-view' })).json,
    ).toMatchObject({ ok: true });
    expect((await call('GET', '/api/views?username=carla')).json).toEqual([]);
  });

  it('answers mistakes with a status and a sentence', async () => {
    expect(await call('GET', '/api/transcript?username=nobody')).toEqual({
      status: 404,
      json: { ok: false, error: 'No user "nobody" in the workspace.' },
    });
    expect((await call('POST', '/api/command', { username: 'alice' })).status).toBe(400);
    expect(
      (await call('POST', '/api/views/submit', { username: 'alice', viewId: 'nope', state: {} })).status,
    ).toBe(404);
    expect((await call('POST', '/api/deployment', { mode: 'moon' })).status).toBe(400);
    expect((await call('POST', '/api/settings', { id: 'no_such_setting', value: 1 })).status).toBe(404);
    expect((await call('GET', '/api/nothing')).status).toBe(404);
  });

  it('changes settings and the deployment the app sees', async () => {
    const saved = await call('POST', '/api/settings', { id: 'dpo_email', value: 'dpo@api.example' });
    expect(saved.json).toMatchObject({ ok: true, setting: { id: 'dpo_email', value: 'dpo@api.example' } });
    await call('POST', '/api/command', { username: 'alice', text: '/privacy contact' });
    expect((await call('GET', '/api/transcript?username=alice')).json.at(-1).text).toContain(
      'dpo@api.example',
    );

    expect((await call('POST', '/api/deployment', { mode: 'community' })).json).toMatchObject({
      ok: true,
      siteUrl: 'https://open.rocket.chat',
    });
    expect((await call('GET', '/api/state')).json.deployment).toBe('community');
    await call('POST', '/api/deployment', { mode: 'registered' });
  });

  it('runs jobs now, restarts the runtime, and shows logs and e-mails', async () => {
    const jobs = await call('POST', '/api/jobs/run');
    expect(jobs.json.ok).toBe(true);
    expect(jobs.json.ran.some((r) => r.name.startsWith('registration-check') && r.ok)).toBe(true);
    const restart = await call('POST', '/api/runtime/restart');
    expect(restart.json).toMatchObject({ ok: true, status: expect.stringMatching(/enabled$/) });
    expect((await call('POST', '/api/command', { username: 'alice', text: '/privacy' })).json.ok).toBe(true);
    const logs = (await call('GET', '/api/logs')).json;
    expect(logs.length).toBeGreaterThan(0);
    expect(logs[0]).toEqual(
      expect.objectContaining({
        ts: expect.any(String),
        severity: expect.any(String),
        call: expect.any(String),
      }),
    );
    expect(Array.isArray((await call('GET', '/api/emails')).json)).toBe(true);
  });

  it('says when the app refuses a setting value, with its reason and the value in force', async () => {
    const before = (await call('GET', '/api/state')).json.settings.find((s) => s.id === 'dpo_email');
    const inForce = before.value ?? before.packageValue;
    const saved = await call('POST', '/api/settings', { id: 'dpo_email', value: 'not an e-mail address' });
    expect(saved.json).toEqual({
      ok: true,
      setting: expect.objectContaining({ id: 'dpo_email', value: inForce }),
      refused: { value: 'not an e-mail address', inForce, problem: 'not_email' },
    });
    const accepted = await call('POST', '/api/settings', { id: 'dpo_email', value: 'dpo@ok.example' });
    expect(accepted.json.refused).toBeUndefined();
  });

  it('serves the app setting labels in a language, English for one the app does not have', async () => {
    const de = (await call('GET', '/api/i18n?language=de')).json;
    expect(de.language).toBe('de');
    expect(de.labels.setting_dpo_email_label).toBe(
      JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'i18n', 'de.json'), 'utf8'))
        .setting_dpo_email_label,
    );
    const other = (await call('GET', '/api/i18n?language=xx')).json;
    expect(other.language).toBe('en');
    expect(other.labels.setting_dpo_email_label).toMatch(/\w/);
  });

  it('switching the deployment runs the registration check at once: the app speaks of the new one', async () => {
    const en = translator('en').t;
    const policyText = async () => {
      await call('POST', '/api/command', { username: 'alice', text: '/privacy policy' });
      const views = (await call('GET', '/api/views?username=alice')).json;
      const text = textOf(views.find((v) => v.viewId === 'policy-view').view);
      await call('POST', '/api/views/close', { username: 'alice', viewId: 'policy-view' });
      return text;
    };
    expect(await policyText()).toContain(en('deployment.type.self_hosted_registered'));

    // No jobs run by hand in between.
    const switched = await call('POST', '/api/deployment', { mode: 'unregistered' });
    expect(switched.json).toMatchObject({ ok: true, deployment: 'unregistered' });
    const unregistered = await policyText();
    expect(unregistered).toContain(en('deployment.type.self_hosted_unregistered'));
    expect(unregistered).not.toContain(en('deployment.type.self_hosted_registered'));
    expect(switched.json.checked).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^registration-check_/), ok: true }),
    ]);

    await call('POST', '/api/deployment', { mode: 'registered' });
    expect(await policyText()).toContain(en('deployment.type.self_hosted_registered'));
  });

  it('"run jobs now" also retries the deliveries waiting in back-off, and says so', async () => {
    if (!endpoint) return;
    const { reference } = endpoint;
    // The reference endpoint listens on 127.0.0.1: a development workspace allows local addresses.
    await call('POST', '/api/settings', { id: 'dsr_allow_local_endpoint', value: true });
    await call('POST', '/api/settings', { id: 'dsr_endpoint_url', value: reference.url });
    await host.runJobs();
    // The endpoint is busy for an hour: the request waits in back-off (Retry-After 3600 s).
    await reference.setBehaviour({ mode: 'rate-limit', count: 1, retryAfter: 3600 });
    const { id } = await fileRequest(host, 'carla');
    await host.runJobs();
    expect(createsFor(reference, id).map((c) => c.answer.status)).toEqual([429]);
    expect(storedRequest(host, id).status).toBe('queued');
    expect(Date.parse(storedRequest(host, id).delivery.nextAttemptAt)).toBeGreaterThan(Date.now() + 60_000);

    const ran = await call('POST', '/api/jobs/run', {});
    expect(ran.json).toMatchObject({ ok: true, outbox: { broughtForward: 1 } });
    expect(createsFor(reference, id).map((c) => c.answer.status)).toEqual([429, 201]);
    expect(storedRequest(host, id).status).not.toBe('queued');
  });

  it('passes the reference endpoint through (inbox, behaviour)', async () => {
    if (!endpoint) return;
    expect((await call('GET', '/api/state')).json.endpointUrl).toBe(endpoint.url);
    expect(Array.isArray((await call('GET', '/api/endpoint/inbox')).json)).toBe(true);
    const behaviour = await call('POST', '/api/endpoint/behaviour', { mode: 'fail', count: 1 });
    expect(behaviour.json.ok).toBe(true);
    await call('POST', '/api/endpoint/behaviour', { mode: 'normal' });
  });

  it('serves a note at / when the page is not built', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('playground page is not built');
  });
});
