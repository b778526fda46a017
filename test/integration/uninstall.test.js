'use strict';
/**
 * Uninstalling and disabling in the real runtime. Disabling keeps every record and job. Before it
 * is uninstalled the app hands over the requests not yet delivered: sent now when the endpoint
 * answers; when neither the endpoint nor e-mail works, posted to the admin who installed it by
 * direct message with everything needed to send it by hand; then its records and jobs go, and
 * nothing of the app is left behind.
 */
const { fromApp } = require('./helpers/workspace');
const { startRequestsWorkspace, fileRequest, storedRequest, createsFor } = require('./helpers/requests');

jest.setTimeout(120_000);

const appRecords = (host) => host.bridges.persistence.records().filter((r) => r.appId === host.appId);
const appJobs = (host) => host.jobs().filter((j) => j.appId === host.appId);
/** Records of requests, their outbox entries, and the records kept under a person's id. */
const requestLike = (records) =>
  records.filter((r) =>
    r.associations.some(
      (a) => a.model === 'user' || a.id === 'requests-all' || a.id.startsWith('outbox-shard:'),
    ),
  );

describe('when the endpoint answers', () => {
  let host;
  let endpoint;
  let filed;

  beforeAll(async () => {
    ({ host, endpoint } = await startRequestsWorkspace());
    filed = await fileRequest(host, 'bruno', { details: 'Alles, bitte.' });
  });
  afterAll(async () => {
    await host?.stop();
    await endpoint?.close();
  });

  it('disabling keeps every record and job, and enabling again finds the request as it was', async () => {
    const records = appRecords(host).length;
    const jobs = appJobs(host)
      .map((j) => j.name)
      .sort();
    expect(storedRequest(host, filed.id)).toMatchObject({ status: 'queued' });
    expect(await host.disable()).toBe('manually_disabled');
    expect(appRecords(host)).toHaveLength(records);
    expect(await host.enable()).toMatch(/enabled/);
    expect(appRecords(host)).toHaveLength(records);
    expect(
      appJobs(host)
        .map((j) => j.name)
        .sort(),
    ).toEqual(jobs);
    await host.runCommand('bruno', '/privacy status');
    expect(fromApp(host, 'bruno').at(-1).text).toContain(filed.ref);
    expect(createsFor(endpoint, filed.id)).toEqual([]);
  });

  it('uninstall sends the request not yet delivered, then nothing of the app is left', async () => {
    const { leftByApp, left, status } = await host.uninstall();
    expect(createsFor(endpoint, filed.id)).toHaveLength(1);
    // The app removed its requests, outbox and people's records and its jobs itself...
    expect(requestLike(leftByApp.records)).toEqual([]);
    expect(leftByApp.jobs).toEqual([]);
    // ...and after the engine's purge nothing at all is left.
    expect(left).toEqual({ records: [], jobs: [] });
    expect(status).toBe('not_installed');
  });
});

describe('when neither the endpoint nor e-mail works', () => {
  let host;
  let endpoint;
  let filed;

  beforeAll(async () => {
    ({ host, endpoint } = await startRequestsWorkspace());
    await endpoint.setBehaviour({ mode: 'fail', count: 'always', status: 503 });
    host.bridges.email.failWith = 'The mail server is not set up.';
    filed = await fileRequest(host, 'carla', { jurisdiction: 'lgpd', details: 'Quero uma cópia de tudo.' });
  });
  afterAll(async () => {
    await host?.stop();
    await endpoint?.close();
  });

  it('the admin who installed the app gets it by direct message, with what is needed to send it by hand', async () => {
    const { left } = await host.uninstall();
    const [post, ...more] = fromApp(host, 'admin').filter((m) =>
      m.text.includes(`request ${filed.ref} was not delivered`),
    );
    expect(more).toEqual([]);
    expect(post.roomType).toBe('d');
    expect(post.text).toContain(
      `*Privacy Center is being uninstalled: request ${filed.ref} was not delivered*`,
    );
    expect(post.text).toContain('Please send it by hand to dpo@acme.example');
    expect(post.text).toContain('only because this is the last chance');
    // The request as the DPO would have read it (in the admin's language), with her address and words.
    expect(post.text).toContain('carla@example.org');
    expect(post.text).toContain('Quero uma cópia de tudo.');
    expect(post.text).toContain('Law: LGPD (Brazil)');
    // Nobody else in #general reads it.
    expect(fromApp(host, 'alice').filter((m) => m.text.includes(filed.ref))).toEqual([]);
    expect(left).toEqual({ records: [], jobs: [] });
  });
});
