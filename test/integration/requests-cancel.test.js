'use strict';
/**
 * /privacy cancel and /privacy status: a queued request is cancelled at once, a delivered one by a
 * DELETE to the endpoint; another user can neither read nor cancel it; the list is newest first
 * and one request shows its history.
 */
const {
  wordsFor,
  bothTracks,
  formatDate,
  formatDateTime,
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  aboutRef,
  noticesTo,
  createsFor,
  heldFor,
  letBackOffPass,
  dmsTo,
} = require('./helpers/requests');

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace({}, (started) => ({ host, endpoint } = started));

const lastNotice = (username) => noticesTo(host, username).at(-1).text;
const deletesFor = (id) =>
  endpoint.inbox().filter((c) => c.method === 'DELETE' && c.path.endsWith(`/requests/${id}`));

it('a queued request is cancelled by the outbox without any call, and the user gets a direct message', async () => {
  const { id, ref } = await fileRequest(host, 'carla');
  await host.runCommand('carla', `/privacy cancel ${ref}`);
  const t = wordsFor('carla');
  expect(lastNotice('carla')).toBe(t('request.cancelRequested', { ref }));
  await host.runJobs();
  expect(storedRequest(host, id)).toMatchObject({ status: 'cancelled' });
  expect(storedRequest(host, id).history.at(-1)).toMatchObject({ status: 'cancelled', source: 'user' });
  expect(createsFor(endpoint, id)).toEqual([]);
  expect(deletesFor(id)).toEqual([]);
  expect(aboutRef(host, 'carla', ref).at(-1).text).toContain(
    t('request.changed', { ref, type: t('request.type.access'), status: t('request.status.cancelled') }),
  );
  // Once final, a second cancel says so.
  await host.runCommand('carla', `/privacy cancel ${ref}`);
  expect(lastNotice('carla')).toBe(
    t('cancel.final', { ref, status: bothTracks(t, 'cancelled', 'operator_withdrawn') }),
  );
});

it('a delivered request is cancelled by a DELETE, then the user is told', async () => {
  const { id, ref } = await fileRequest(host, 'bruno');
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('delivered');
  await host.runCommand('bruno', `/privacy cancel ${ref.toLowerCase()}`);
  const t = wordsFor('bruno');
  expect(lastNotice('bruno')).toBe(t('request.cancelRequested', { ref }));
  expect(storedRequest(host, id).status).toBe('delivered');
  await host.runJobs();
  expect(deletesFor(id)).toHaveLength(1);
  expect(heldFor(endpoint, id)[0].request_status).toBe('cancelled');
  expect(storedRequest(host, id).status).toBe('cancelled');
  expect(aboutRef(host, 'bruno', ref).at(-1).text).toContain(
    t('request.changed', { ref, type: t('request.type.access'), status: t('request.status.cancelled') }),
  );
  await host.runJobs();
  expect(deletesFor(id)).toHaveLength(1);
});

describe('another user', () => {
  let alices;
  beforeAll(async () => {
    alices = await fileRequest(host, 'alice', { details: 'private to alice' });
    await host.runJobs();
  });

  it('cannot read someone else’s request: told there is no such request of theirs', async () => {
    await host.runCommand('bruno', `/privacy status ${alices.ref}`);
    const text = lastNotice('bruno');
    expect(text).toBe(wordsFor('bruno')('status.notFound', { ref: alices.ref }));
    expect(text).not.toContain('private to alice');
    await host.runCommand('bruno', `/privacy status ${alices.id}`);
    expect(lastNotice('bruno')).toBe(wordsFor('bruno')('status.notFound', { ref: alices.ref }));
    await host.runCommand('bruno', '/privacy status');
    expect(lastNotice('bruno')).not.toContain(alices.ref);
  });

  it('cannot cancel it: refused, nothing changed, no DELETE sent', async () => {
    const before = storedRequest(host, alices.id);
    await host.runCommand('carla', `/privacy cancel ${alices.ref}`);
    expect(lastNotice('carla')).toBe(wordsFor('carla')('status.notFound', { ref: alices.ref }));
    await host.runJobs();
    expect(storedRequest(host, alices.id)).toEqual(before);
    expect(deletesFor(alices.id)).toEqual([]);
    expect(aboutRef(host, 'carla', alices.ref)).toEqual([]);
  });
});

describe('/privacy status', () => {
  it('lists the user’s own requests newest first, with status and due date', async () => {
    const first = await fileRequest(host, 'alice', { jurisdiction: 'lgpd' });
    const second = await fileRequest(host, 'alice', {
      jurisdiction: 'ccpa',
      type: 'sale_opt_out',
      categories: ['usage'],
    });
    const third = await fileRequest(host, 'alice', {
      jurisdiction: 'other',
      type: 'information',
      categories: [],
      details: 'Who is the DPO?',
    });
    await host.runJobs();
    await host.runCommand('alice', '/privacy status');
    const text = lastNotice('alice');
    const t = wordsFor('alice');
    expect(text.startsWith(t('status.title'))).toBe(true);
    const order = [third, second, first].map((r) => text.indexOf(r.ref));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(
      t('status.line', {
        ref: second.ref,
        type: t('request.type.sale_opt_out'),
        status: bothTracks(t, 'delivered'),
        due: formatDate(storedRequest(host, second.id).due, 'en'),
      }),
    );
    expect(text).toContain(
      t('status.line', {
        ref: third.ref,
        type: t('request.type.information'),
        status: bothTracks(t, 'delivered'),
        due: t('status.noDue'),
      }),
    );
  });

  it('<ref> shows one request with its history, in the user’s language', async () => {
    const { id, ref } = await fileRequest(host, 'carla', { jurisdiction: 'lgpd' });
    await host.runJobs();
    await host.runCommand('carla', `/privacy status ${ref}`);
    const t = wordsFor('carla');
    const text = lastNotice('carla');
    expect(text).toContain(t('status.detail.title', { ref, status: bothTracks(t, 'delivered') }));
    expect(text).toContain(t('status.detail.history'));
    const history = storedRequest(host, id).history;
    expect(history.map((h) => h.source)).toEqual(['submit', 'delivery']);
    for (const h of history)
      expect(text).toContain(
        t('status.history', {
          date: formatDateTime(h.at, 'pt-BR', 0),
          status: t(`request.status.${h.status}`),
          source: t(`history.source.${h.source}`),
        }),
      );
  });

  it('a reference that is not one is named', async () => {
    await host.runCommand('alice', '/privacy status nonsense!');
    expect(lastNotice('alice')).toBe(wordsFor('alice')('status.badReference', { input: 'nonsense!' }));
  });
});

describe('what a cancel tells is true (review 2-5)', () => {
  const cancelMails = (ref) =>
    host.emails().filter((m) => m.subject === wordsFor('alice')('email.cancelSubject', { ref }));
  const cancelledLine = (username, ref) => {
    const t = wordsFor(username);
    return t('request.changed', {
      ref,
      type: t('request.type.access'),
      status: t('request.status.cancelled'),
    });
  };

  it('a request the DPO holds by email is cancelled only once the cancellation email went out', async () => {
    await endpoint.setBehaviour({ mode: 'bad-request', count: 1 });
    const { id, ref } = await fileRequest(host, 'alice');
    await host.runJobs();
    expect(storedRequest(host, id)).toMatchObject({ status: 'failed', channel: 'email' });
    const t = wordsFor('alice');
    host.bridges.email.failWith = 'SMTP is down';
    try {
      // The DPO holds it: the person may withdraw it (not "cannot be cancelled any more").
      await host.runCommand('alice', `/privacy cancel ${ref}`);
      expect(lastNotice('alice')).toBe(t('request.cancelRequested', { ref }));
      await host.runJobs();
      // The email failed: nobody reads "cancelled", and the cancel stays due.
      expect(storedRequest(host, id).status).toBe('failed');
      expect(aboutRef(host, 'alice', ref).map((m) => m.text)).not.toContainEqual(
        expect.stringContaining(cancelledLine('alice', ref)),
      );
      expect(cancelMails(ref)).toEqual([]);
    } finally {
      host.bridges.email.failWith = undefined;
    }
    letBackOffPass(host);
    await host.runJobs();
    expect(cancelMails(ref)).toHaveLength(1);
    expect(cancelMails(ref)[0]).toMatchObject({ to: 'dpo@acme.example', replyTo: 'alice@example.org' });
    expect(storedRequest(host, id).status).toBe('cancelled');
    expect(aboutRef(host, 'alice', ref).at(-1).text).toContain(cancelledLine('alice', ref));
  });

  it('a workspace part emailed to the DPO gets the cancellation email too', async () => {
    await host.setAppSetting('admin_usernames', 'nobody-by-this-name');
    try {
      const { id, ref } = await fileRequest(host, 'alice', { categories: ['account', 'usage'] });
      await host.runJobs();
      expect(storedRequest(host, id)).toMatchObject({
        status: 'delivered',
        workspaceNotice: { told: 'dpo_email' },
      });
      await host.runCommand('alice', `/privacy cancel ${ref}`);
      await host.runJobs();
      expect(deletesFor(id)).toHaveLength(1);
      expect(storedRequest(host, id).status).toBe('cancelled');
      expect(cancelMails(ref)).toHaveLength(1);
    } finally {
      await host.setAppSetting('admin_usernames', '');
    }
  });

  it('a workspace part emailed to the DPO: a failed cancellation email is retried, never lost to a 409', async () => {
    await host.setAppSetting('admin_usernames', 'nobody-by-this-name');
    try {
      const { id, ref } = await fileRequest(host, 'alice', { categories: ['account', 'usage'] });
      await host.runJobs();
      await host.runCommand('alice', `/privacy cancel ${ref}`);
      host.bridges.email.failWith = 'SMTP is down';
      try {
        await host.runJobs();
      } finally {
        host.bridges.email.failWith = undefined;
      }
      expect(storedRequest(host, id).status).toBe('delivered');
      expect(aboutRef(host, 'alice', ref).map((m) => m.text)).not.toContainEqual(
        expect.stringContaining(cancelledLine('alice', ref)),
      );
      letBackOffPass(host);
      await host.runJobs();
      expect(cancelMails(ref)).toHaveLength(1);
      expect(storedRequest(host, id).status).toBe('cancelled');
      expect(aboutRef(host, 'alice', ref).at(-1).text).toContain(cancelledLine('alice', ref));
    } finally {
      await host.setAppSetting('admin_usernames', '');
    }
  });

  it('too late to cancel (409): the person reads the fresh status, not the stale one', async () => {
    const { id, ref } = await fileRequest(host, 'alice');
    await host.runJobs();
    endpoint.setStatus(id, 'completed');
    await host.runCommand('alice', `/privacy cancel ${ref}`);
    await host.runJobs();
    expect(deletesFor(id)).toHaveLength(1);
    const t = wordsFor('alice');
    expect(storedRequest(host, id).status).toBe('completed');
    const texts = aboutRef(host, 'alice', ref).map((m) => m.text);
    expect(texts).not.toContain(t('cancel.final', { ref, status: t('request.status.delivered') }));
    expect(texts.at(-1)).toBe(t('cancel.final', { ref, status: t('request.status.completed') }));
  });
});

it('the admins’ cancel notice names nobody: not whoever holds the username now (9.3), nor the person (issue 11)', async () => {
  const ws = host.workspace;
  const join = (uid) => ws.change((data) => data.rooms.find((r) => r.id === 'GENERAL').userIds.push(uid));
  const first = ws.addUser({
    username: 'dora',
    name: 'Dora First',
    emails: [{ address: 'dora@example.org', verified: true }],
  });
  join(first);
  const { id, ref } = await fileRequest(host, 'dora', { categories: ['account', 'content'] });
  await host.runJobs();
  const before = dmsTo(host, 'admin').length;
  await host.runCommand('dora', `/privacy cancel ${ref}`);
  ws.removeUser(first);
  join(ws.addUser({ username: 'dora', name: 'Dora Second', emails: [] }));
  await host.runJobs();
  expect(storedRequest(host, id).status).toBe('cancelled');
  const notices = dmsTo(host, 'admin')
    .slice(before)
    .filter((m) => m.text.includes(ref));
  const a = wordsFor('admin');
  expect(notices.map((m) => m.text)).toEqual([
    a('admin.cancelled', { ref, type: a('request.type.access'), jurisdiction: a('jurisdiction.gdpr') }),
  ]);
  expect(notices[0].text).not.toMatch(/dora|example\.org/i);
});
