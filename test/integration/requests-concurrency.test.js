'use strict';
/**
 * Writers that interleave (issue 9, items 2, 4 and 6): a cancel while the delivery call is on its
 * way, a status callback while the cancel is, a cancel after a create that timed out once the
 * vendor had stored it, and two hosts over one store (a cluster) running the outbox at once.
 * Each must keep every writer's change, tell the person once and reach the vendor once.
 */
const {
  startReachableWorkspace,
  fileRequest,
  storedRequest,
  toldStatus,
  createsFor,
  heldFor,
} = require('./helpers/requests');
const { startSecondHost } = require('./helpers/secondHost');

jest.setTimeout(90_000);

const SECRET = 'callback-secret-for-the-concurrency-tests';
let host;
let endpoint;
let storeDir;
let reachable;

beforeAll(async () => {
  reachable = await startReachableWorkspace(SECRET);
  ({ host, endpoint, storeDir } = reachable);
});
afterAll(() => reachable?.stop());
afterEach(() => endpoint.setBehaviour('normal'));

const deletesFor = (id) =>
  endpoint.inbox().filter((c) => c.method === 'DELETE' && c.path.endsWith(`/requests/${id}`));

async function until(condition, what, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('the person cancels while the delivery call is on its way: the vendor gets the DELETE, one message, all history kept', async () => {
  const { id, ref } = await fileRequest(host, 'alice');
  await endpoint.setBehaviour({ mode: 'delay', on: 'create', delayMs: 2_500 });
  const run = host.runJobs();
  await until(() => createsFor(endpoint, id).length === 1, 'the create');
  await host.runCommand('alice', `/privacy cancel ${ref}`);
  await run;
  await host.runJobs();
  expect(deletesFor(id)).toHaveLength(1);
  expect(heldFor(endpoint, id)[0].request_status).toBe('cancelled');
  const stored = storedRequest(host, id);
  expect(stored.status).toBe('cancelled');
  expect(stored.history.map((h) => [h.status, h.source])).toEqual([
    ['queued', 'submit'],
    ['delivered', 'delivery'],
    ['cancelled', 'user'],
  ]);
  expect(toldStatus(host, 'alice', ref, 'cancelled')).toHaveLength(1);
});

it('a status callback arrives while the person’s cancel is on its way: one cancelled message, the callback’s entry kept', async () => {
  const { id, ref } = await fileRequest(host, 'bruno');
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('delivered');
  await host.runCommand('bruno', `/privacy cancel ${ref}`);
  await endpoint.setBehaviour({ mode: 'delay', on: 'cancel', delayMs: 2_500 });
  const run = host.runJobs();
  // The vendor has cancelled it (the DELETE is processed, its answer delayed) and calls back.
  await until(() => deletesFor(id).length === 1, 'the DELETE');
  const callback = await endpoint.sendCallback({ id });
  expect(callback.status).toBe(202);
  await run;
  await host.runJobs();
  const stored = storedRequest(host, id);
  expect(stored.status).toBe('cancelled');
  expect(stored.history.map((h) => [h.status, h.source])).toEqual([
    ['queued', 'submit'],
    ['delivered', 'delivery'],
    ['cancelled', 'callback'],
  ]);
  expect(toldStatus(host, 'bruno', ref, 'cancelled')).toHaveLength(1);
  expect(deletesFor(id)).toHaveLength(1);
});

it('a cancel after a create that got no answer (the vendor stored it) is sent on: DELETE, cancelled there too', async () => {
  const { id, ref } = await fileRequest(host, 'carla');
  await endpoint.setBehaviour({ mode: 'accept-then-timeout', on: 'create', holdMs: 300 });
  await host.runJobs();
  expect(heldFor(endpoint, id)).toHaveLength(1);
  expect(storedRequest(host, id).status).toBe('queued');
  await host.runCommand('carla', `/privacy cancel ${ref}`);
  await host.runJobs();
  expect(deletesFor(id)).toHaveLength(1);
  expect(heldFor(endpoint, id)[0].request_status).toBe('cancelled');
  expect(storedRequest(host, id).status).toBe('cancelled');
  expect(toldStatus(host, 'carla', ref, 'cancelled')).toHaveLength(1);
});

it('two hosts over one store run the outbox at the same moment: each request POSTed once, one message each', async () => {
  const users = ['alice', 'bruno', 'carla'];
  const filed = [];
  for (let i = 0; i < 9; i++) {
    const username = users[i % users.length];
    filed.push({ username, ...(await fileRequest(host, username)) });
  }
  const second = await startSecondHost(storeDir);
  // The race, made certain: this host's lease write lands 1.5 s late (a slow instance), so the
  // other host reads the lease as free, takes it and starts; and each create takes a moment, so
  // the two runs overlap.
  const persistence = host.bridges.persistence;
  const write = persistence.updateByAssociations;
  persistence.updateByAssociations = async function (associations, ...rest) {
    if (associations.some((a) => (a.id ?? a.getID?.()) === 'outbox-lease'))
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    return write.call(this, associations, ...rest);
  };
  await endpoint.setBehaviour({ mode: 'delay', on: 'create', delayMs: 300, count: 'always' });
  try {
    await Promise.all([host.runJobs(), second.runJobs()]);
    persistence.updateByAssociations = write;
    // Whatever one of them left (lost the race, ran out of budget) is picked up by later runs.
    await Promise.all([host.runJobs(), second.runJobs()]);
  } finally {
    persistence.updateByAssociations = write;
    await second.stop();
  }
  for (const { username, id, ref } of filed) {
    expect({ ref, creates: createsFor(endpoint, id).length }).toEqual({ ref, creates: 1 });
    expect(storedRequest(host, id).status).toBe('delivered');
    expect({ ref, told: toldStatus(host, username, ref, 'delivered').length }).toEqual({ ref, told: 1 });
  }
});
