'use strict';
/**
 * The app's own data (issue 13), in the real runtime: closed requests reduced to a minimal record
 * after the first period and deleted after the second, by the daily job; a person deleted from the
 * workspace forgotten at once, except an open request, kept until final and then gone. Time passes
 * by ageing the stored dates (every date a request's records hold moves back), never by sleeping.
 */
const { useRequestsWorkspace, fileRequest, storedRequest, letBackOffPass } = require('./helpers/requests');

jest.setTimeout(120_000);

let host;
let endpoint;
useRequestsWorkspace({}, (started) => ({ host, endpoint } = started));

const DAY = 86_400_000;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** Every ISO date in a value, `days` earlier. */
function older(value, days) {
  if (typeof value === 'string' && ISO.test(value))
    return new Date(Date.parse(value) - days * DAY).toISOString();
  if (Array.isArray(value)) return value.map((v) => older(v, days));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, older(v, days)]));
  return value;
}

/** `days` pass for one request: its record, its events and its minimal record are that much older. */
function age(id, days) {
  host.bridges.persistence.change((records) => {
    for (const r of records) {
      const about = r.associations.some((a) => a.id === `request:${id}` || a.id === `request-reduced:${id}`);
      if (r.appId === host.appId && about) r.data = older(r.data, days);
    }
  });
}

const appRecords = () => host.bridges.persistence.records().filter((r) => r.appId === host.appId);
const recordsWith = (id) => appRecords().filter((r) => r.associations.some((a) => a.id === id));
const minimalOf = (id) => recordsWith(`request-reduced:${id}`).map((r) => r.data)[0];
const storedText = () => JSON.stringify(appRecords().map((r) => r.data));

/** The person cancels a queued request: both tracks are final (cancelled, withdrawn). */
async function closedRequest(username, details) {
  const filed = await fileRequest(host, username, { details });
  await host.runCommand(username, `/privacy cancel ${filed.ref}`);
  await host.runJobs();
  expect(storedRequest(host, filed.id).status).toBe('cancelled');
  return filed;
}

describe('closed requests on schedule', () => {
  it('are reduced after 365 days to reference, law, type, dates and outcome, and deleted after 1095', async () => {
    const closed = await closedRequest('carla', 'Meus dados secretos, por favor.');
    const open = await fileRequest(host, 'bruno', { details: 'Offener Antrag, bitte behalten.' });
    await host.runJobs();
    age(open.id, 4000);

    age(closed.id, 364);
    await host.runJobs();
    expect(storedRequest(host, closed.id).details).toBe('Meus dados secretos, por favor.');
    expect(minimalOf(closed.id)).toBeUndefined();

    age(closed.id, 1);
    await host.runJobs();
    expect(storedRequest(host, closed.id)).toBeUndefined();
    expect(recordsWith(`request:${closed.id}`)).toEqual([]);
    expect(minimalOf(closed.id)).toMatchObject({
      id: closed.id,
      ref: closed.ref,
      jurisdiction: 'gdpr',
      type: 'access',
      vendorOutcome: 'cancelled',
      operatorState: 'withdrawn',
    });
    const minimal = JSON.stringify(minimalOf(closed.id));
    for (const gone of ['Meus dados', 'carla', 'example.org', host.user('carla').id]) {
      expect(minimal).not.toContain(gone);
    }
    // The open request stays whole however old it is; the register reads without a skipped record.
    expect(storedRequest(host, open.id).details).toBe('Offener Antrag, bitte behalten.');
    expect(JSON.stringify(host.logs())).not.toContain('is not a request');
    const console = await host.runCommand('admin', '/privacy admin');
    expect(console.ok).toBe(true);
    // The console lists the requests kept whole; a reduced one is no longer among them.
    const listed = JSON.stringify(host.openViews('admin').map((v) => v.view));
    expect(listed).toContain(open.ref);
    expect(listed).not.toContain(closed.ref);

    age(closed.id, 1095 - 365 - 1);
    await host.runJobs();
    expect(minimalOf(closed.id)).toMatchObject({ ref: closed.ref });
    age(closed.id, 1);
    await host.runJobs();
    expect(minimalOf(closed.id)).toBeUndefined();
    expect(storedText()).not.toContain(closed.id);
    expect(storedRequest(host, open.id).details).toBe('Offener Antrag, bitte behalten.');
  });
});

describe('a person deleted from the workspace', () => {
  it('is forgotten at once, except an open request, which survives until final and then goes', async () => {
    const aliceId = host.user('alice').id;
    const closed = await closedRequest('alice', 'Closed, and mine.');
    const open = await fileRequest(host, 'alice', { details: 'Still open: keep it for now.' });
    await host.runJobs();
    expect(storedRequest(host, open.id).status).toBe('delivered');
    // Her choice of law, remembered for her.
    await host.runCommand('alice', '/privacy policy');
    const [view] = host.openViews('alice').filter((v) => v.viewId === 'policy-view');
    await host.blockAction('alice', {
      viewId: view.viewId,
      blockId: 'policy-jurisdiction',
      actionId: 'policy-jurisdiction-select',
      value: 'lgpd',
    });
    expect(appRecords().filter((r) => r.associations.some((a) => a.id === aliceId)).length).toBeGreaterThan(
      0,
    );

    await host.deleteUser('alice');
    // Everything kept for her alone is gone; the closed request is reduced; the open one is whole.
    expect(appRecords().filter((r) => r.associations.some((a) => a.id === aliceId))).toEqual([]);
    expect(storedRequest(host, closed.id)).toBeUndefined();
    expect(storedText()).not.toContain('Closed, and mine.');
    expect(minimalOf(closed.id)).toMatchObject({ ref: closed.ref });
    expect(storedRequest(host, open.id).details).toBe('Still open: keep it for now.');

    // The daily run keeps it while it is open.
    await host.runJobs();
    expect(storedRequest(host, open.id).details).toBe('Still open: keep it for now.');

    // The vendor completes it; the operator answers it: final on both tracks.
    endpoint.setStatus(open.id, 'completed');
    letBackOffPass(host);
    await host.runJobs();
    expect(storedRequest(host, open.id).status).toBe('completed');
    await answerAsOperator(open.id);
    expect(storedRequest(host, open.id).operatorTrack.state).toBe('answered');

    await host.runJobs();
    expect(storedRequest(host, open.id)).toBeUndefined();
    expect(storedText()).not.toContain('Still open: keep it for now.');
    expect(storedText()).not.toContain('alice@example.org');
    expect(minimalOf(open.id)).toMatchObject({ ref: open.ref, vendorOutcome: 'completed' });
  });
});

/** The admin takes the request in the console and answers it: done. */
async function answerAsOperator(id) {
  const press = (actionId) =>
    host.blockAction('admin', { blockId: 'console.request.actions', actionId, value: id });
  expect((await press('console.request.take')).ok).toBe(true);
  await press('console.request.answer');
  const answered = await host.submitView('admin', `console.request.answerForm:${id}`, {
    'console.request.form.outcome': { 'console.request.form.outcomeSelect': 'done' },
    'console.request.form.text': { 'console.request.form.textInput': 'Here is everything we hold.' },
  });
  expect(answered.ok).toBe(true);
}
