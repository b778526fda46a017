'use strict';
/**
 * Status callbacks from the vendor over real HTTP to the app's own endpoint (Site_Url is a small
 * server in front of the host, as a self-hosted workspace reachable from the vendor): forged and
 * replayed ones are refused with 401, a valid one answers 202 and the status the app then reads
 * with GET is applied; an unknown id is 404.
 */
const { createHmac, randomUUID } = require('node:crypto');
const {
  wordsFor,
  startReachableWorkspace,
  fileRequest,
  storedRequest,
  aboutRef,
  heldFor,
} = require('./helpers/requests');

jest.setTimeout(60_000);

const SECRET = 'callback-secret-for-the-request-tests';
let host;
let endpoint;
let reachable;
let siteUrl;

beforeAll(async () => {
  reachable = await startReachableWorkspace(SECRET);
  ({ host, endpoint, siteUrl } = reachable);
});
afterAll(() => reachable?.stop());

let filed;
const callbackUrl = () => `${siteUrl}/api/apps/public/${host.appId}/dsr-callback`;
/** POSTs a callback body signed as the vendor signs it, at time `t` (unix seconds). */
async function postSigned(body, { t = Math.floor(Date.now() / 1000), header, swapped = false } = {}) {
  const raw = JSON.stringify(body);
  const v1 = createHmac('sha256', SECRET).update(`${t}.${raw}`).digest('hex');
  const res = await fetch(callbackUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-privacy-signature': header ?? (swapped ? `v1=${v1}, t=${t}` : `t=${t},v1=${v1}`),
    },
    body: raw,
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}
const callbackBody = (id, status) => ({
  controller_id: 'reference',
  status_callback_url: callbackUrl(),
  subject_request_id: id,
  request_status: status,
  api_version: '2.0',
});
const getsFor = (id) =>
  endpoint.inbox().filter((c) => c.method === 'GET' && c.path.endsWith(`/requests/${id}`));

it('a delivered request names the app’s callback URL, and its create is signed', async () => {
  filed = await fileRequest(host, 'bruno');
  await host.runJobs();
  const [held] = heldFor(endpoint, filed.id);
  expect(held.body.status_callback_urls).toEqual([callbackUrl()]);
  expect(endpoint.inbox().find((c) => c.body?.subject_request_id === filed.id).checks.signature).toBe('ok');
  expect(storedRequest(host, filed.id).status).toBe('delivered');
});

it('a forged callback: 401, nothing changed, no status read', async () => {
  const sent = await endpoint.sendCallback({ id: filed.id, status: 'in_progress', forge: true });
  expect(sent.sent.signature).toBe('forged');
  expect(sent.status).toBe(401);
  expect(storedRequest(host, filed.id).status).toBe('delivered');
  expect(getsFor(filed.id)).toEqual([]);
  expect(aboutRef(host, 'bruno', filed.ref)).toHaveLength(2);
});

it('a replayed (10 minutes old) callback: 401, nothing changed', async () => {
  const sent = await endpoint.sendCallback({ id: filed.id, status: 'in_progress', replay: true });
  expect(sent.sent.signature).toBe('replayed');
  expect(sent.status).toBe(401);
  expect(storedRequest(host, filed.id).status).toBe('delivered');
  expect(getsFor(filed.id)).toEqual([]);
});

it('an unsigned callback: 401', async () => {
  const sent = await endpoint.sendCallback({ id: filed.id, status: 'in_progress', unsigned: true });
  expect(sent.status).toBe(401);
  expect(storedRequest(host, filed.id).status).toBe('delivered');
});

it('a valid callback: 202, the app reads the status with GET and applies it, the user is told in German', async () => {
  const sent = await endpoint.sendCallback({
    id: filed.id,
    status: 'completed',
    results_url: 'https://vendor.example/r/1',
  });
  expect(sent.sent.signature).toBe('valid');
  expect(sent.status).toBe(202);
  expect(getsFor(filed.id)).toHaveLength(1);
  const stored = storedRequest(host, filed.id);
  expect(stored.status).toBe('completed');
  expect(stored.history.at(-1)).toMatchObject({ status: 'completed', source: 'callback' });
  const t = wordsFor('bruno');
  const told = aboutRef(host, 'bruno', filed.ref).at(-1).text;
  expect(told).toContain(
    t('request.changed', {
      ref: filed.ref,
      type: t('request.type.access'),
      status: t('request.status.completed'),
    }),
  );
  expect(told).toContain(t('request.results', { url: 'https://vendor.example/r/1' }));
});

it('a valid callback that reports no change (still pending): 202, the user is not told again', async () => {
  const other = await fileRequest(host, 'alice');
  await host.runJobs();
  const sent = await endpoint.sendCallback({ id: other.id }); // reports the current status: pending
  expect(sent.status).toBe(202);
  expect(storedRequest(host, other.id).status).toBe('delivered');
  expect(aboutRef(host, 'alice', other.ref)).toHaveLength(2);
});

it('a callback about a final request changes nothing', async () => {
  const sent = await endpoint.sendCallback({ id: filed.id, status: 'in_progress' });
  expect(sent.status).toBe(202);
  expect(storedRequest(host, filed.id).status).toBe('completed');
});

it('a valid callback for an id the app does not know: 404', async () => {
  const sent = await endpoint.sendCallback({ id: randomUUID(), status: 'completed', url: callbackUrl() });
  expect(sent.sent.signature).toBe('valid');
  expect(sent.status).toBe(404);
});

describe('replays within the window (issue 9.11)', () => {
  let replayed;
  it('a valid callback read twice: the second is answered "replayed", with no second status read', async () => {
    replayed = await fileRequest(host, 'alice');
    await host.runJobs();
    endpoint.setStatus(replayed.id, 'in_progress');
    const t = Math.floor(Date.now() / 1000);
    const first = await postSigned(callbackBody(replayed.id, 'in_progress'), { t });
    expect(first).toEqual({ status: 202, body: { status: 'applied' } });
    expect(getsFor(replayed.id)).toHaveLength(1);
    expect(storedRequest(host, replayed.id).status).toBe('in_progress');
    const told = aboutRef(host, 'alice', replayed.ref).length;

    const again = await postSigned(callbackBody(replayed.id, 'in_progress'), { t });
    expect(again).toEqual({ status: 202, body: { status: 'replayed' } });
    // The same signature written another way (spaces, its parts swapped) is the same callback.
    const sameSigned = await postSigned(callbackBody(replayed.id, 'in_progress'), { t, swapped: true });
    expect(sameSigned.body.status).toBe('replayed');
    expect(getsFor(replayed.id)).toHaveLength(1);
    expect(aboutRef(host, 'alice', replayed.ref)).toHaveLength(told);
  });

  it('a new callback that reports what the app already holds: "unchanged", not "applied"', async () => {
    const later = Math.floor(Date.now() / 1000) + 1;
    const sent = await postSigned(callbackBody(replayed.id, 'in_progress'), { t: later });
    expect(sent).toEqual({ status: 202, body: { status: 'unchanged' } });
    expect(getsFor(replayed.id)).toHaveLength(2);
    expect(storedRequest(host, replayed.id).status).toBe('in_progress');
  });
});

describe('large bodies (issue 9.12)', () => {
  it('a body over 16 KB with a well-formed signature: 413, before any status read', async () => {
    const big = { ...callbackBody(filed.id, 'completed'), reason: 'x'.repeat(20 * 1024) };
    const sent = await postSigned(big);
    expect(sent).toEqual({ status: 413, body: { status: 'too_large' } });
  });

  it('a large body without a signature, or with a malformed one: 401, said as such', async () => {
    const big = { ...callbackBody(filed.id, 'completed'), reason: 'x'.repeat(20 * 1024) };
    const res = await fetch(callbackUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(big),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ status: 'signature_missing' });
    const malformed = await postSigned(big, { header: 't=now,v1=nothex' });
    expect(malformed).toEqual({ status: 401, body: { status: 'signature_malformed' } });
  });
});
