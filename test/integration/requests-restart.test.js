'use strict';
/**
 * Between submit and delivery: a runtime restart, and a host restart (a new host over the same
 * store on disk), lose nothing and deliver exactly once. A double submit of the same view is one
 * request.
 */
const { startWorkspace } = require('./helpers/workspace');
const {
  wordsFor,
  startRequestsWorkspace,
  openRequest,
  modalState,
  fileRequest,
  storedRequest,
  aboutRef,
  createsFor,
  heldFor,
  letBackOffPass,
} = require('./helpers/requests');

jest.setTimeout(60_000);

let host;
let endpoint;
let storeDir;
beforeAll(async () => {
  ({ host, endpoint, storeDir } = await startRequestsWorkspace());
});
afterAll(async () => {
  await host?.stop();
  await endpoint?.close();
});

function expectDeliveredOnce(username, id, ref) {
  expect(storedRequest(host, id).status).toBe('delivered');
  expect(heldFor(endpoint, id)).toHaveLength(1);
  expect(createsFor(endpoint, id)).toHaveLength(1);
  const t = wordsFor(username);
  expect(aboutRef(host, username, ref).map((m) => m.text.split('\n')[0])).toEqual([
    t('request.receipt.title', { ref }),
    t('request.changed', { ref, type: t('request.type.access'), status: t('request.status.delivered') }),
  ]);
}

it('a runtime restart between submit and delivery: delivered once afterwards', async () => {
  const { id, ref } = await fileRequest(host, 'alice');
  expect(storedRequest(host, id).status).toBe('queued');
  expect(host.jobs().some((j) => j.name.startsWith('outbox-now'))).toBe(true);
  const restarted = await host.restartRuntime();
  expect(restarted.status).toMatch(/enabled/);
  expect(storedRequest(host, id).status).toBe('queued');
  await host.runJobs();
  expectDeliveredOnce('alice', id, ref);
  await host.runJobs(); // nothing more happens
  expect(createsFor(endpoint, id)).toHaveLength(1);
});

it('a host restart (new host over the same store) between submit and delivery: delivered once afterwards', async () => {
  const { id, ref } = await fileRequest(host, 'bruno');
  await host.stop();
  host = await startWorkspace({ storeDir, schedulerTickMs: 3_600_000 });
  expect(storedRequest(host, id)).toMatchObject({ status: 'queued', ref });
  expect(heldFor(endpoint, id)).toEqual([]);
  await host.runJobs();
  expectDeliveredOnce('bruno', id, ref);
});

it('a host restart while the endpoint is down: still queued, then delivered once', async () => {
  await endpoint.setBehaviour({ mode: 'fail', count: 'always' });
  const { id, ref } = await fileRequest(host, 'carla');
  await host.runJobs();
  expect(storedRequest(host, id)).toMatchObject({ status: 'queued', delivery: { failures: 1 } });
  await host.stop();
  await endpoint.setBehaviour('normal');
  host = await startWorkspace({ storeDir, schedulerTickMs: 3_600_000 });
  // The wait from the back-off survives the restart; once it has passed, the retry delivers.
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('queued');
  letBackOffPass(host);
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('delivered');
  expect(heldFor(endpoint, id)).toHaveLength(1);
  expect(aboutRef(host, 'carla', ref)).toHaveLength(2);
});

describe('a double submit of the same view', () => {
  it('two submits at once: one request, one receipt', async () => {
    const { viewId, view, id, ref } = await openRequest(host, 'alice', {
      jurisdiction: 'gdpr',
      type: 'access',
    });
    const state = modalState({ jurisdiction: 'gdpr', type: 'access', categories: ['usage'] }, view);
    const results = await Promise.all([
      host.submitView('alice', viewId, state),
      host.submitView('alice', viewId, state),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    await host.runJobs();
    expectDeliveredOnce('alice', id, ref);
  });

  it('the same view submitted again after it closed (a client resending): one request', async () => {
    const { viewId, view, id, ref } = await openRequest(host, 'bruno', {
      jurisdiction: 'gdpr',
      type: 'access',
    });
    const state = modalState({ jurisdiction: 'gdpr', type: 'access', categories: ['usage'] }, view);
    expect((await host.submitView('bruno', viewId, state)).ok).toBe(true);
    await host.runJobs();
    // The server hands the app the same view again.
    const again = await host.interact(host.user('bruno'), {
      type: 'viewSubmit',
      actionId: view.submit?.actionId ?? '',
      payload: { view: { ...view, state } },
    });
    expect(again?.success).not.toBe(false);
    await host.runJobs();
    expectDeliveredOnce('bruno', id, ref);
  });
});
