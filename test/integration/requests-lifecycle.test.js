'use strict';
/**
 * A request's life after delivery, in the real runtime against the reference endpoint: the
 * outbox's hourly poll picks up each status the endpoint moves to (the user told once per change,
 * in their language, and the request leaves the outbox once final), a rejection read by the poll
 * names the supervisory authority under GDPR only, 72 h of failures dead-letter a request (admins
 * told, the user given the DPO's address, the DPO emailed), a plain time-out leaves the request
 * queued until the endpoint answers again, and `/privacy status <ref>` shows every step.
 *
 * The app's clock cannot be moved from here: time passes by editing the app's stored records as
 * `letBackOffPass()` does (an outbox entry's `dueAt`, a request's `delivery.firstFailureAt`).
 */
const {
  wordsFor,
  bothTracks,
  formatDateTime,
  LANGUAGE,
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  outboxEntries,
  letBackOffPass,
  aboutRef,
  dmsTo,
  noticesTo,
  createsFor,
  heldFor,
} = require('./helpers/requests');

jest.setTimeout(60_000);

const DPO = 'dpo@acme.example';
let host;
let endpoint;
useRequestsWorkspace(
  { settings: { admin_usernames: 'admin' } },
  (started) => ({ host, endpoint } = started),
  { resetEndpoint: true },
);

const isRecordOf = (r, associationId) =>
  r.appId === host.appId && r.associations.some((a) => a.id === associationId);

/**
 * Edits the app's stored record under one association (as `letBackOffPass()` edits the outbox);
 * `which` picks one among several (a request's record and its events share its association).
 */
function editRecord(associationId, edit, which = () => true) {
  let found = 0;
  host.bridges.persistence.change((records) => {
    for (const r of records)
      if (isRecordOf(r, associationId) && which(r.data)) {
        edit(r.data);
        found++;
      }
  });
  if (found !== 1) throw new Error(`expected one record under ${associationId}, found ${found}`);
}

/** The hour until this request's next poll (or retry) has passed: its outbox entry is due now. */
const makeDue = (id) =>
  editRecord(`outbox:${id}`, (entry) => {
    entry.dueAt = new Date(Date.now() - 1000).toISOString();
  });

const outboxEntryOf = (id) => outboxEntries(host).find((e) => e.requestId === id);
const getsFor = (id) =>
  endpoint.inbox().filter((c) => c.method === 'GET' && c.path.endsWith(`/requests/${id}`));

/** The first line of every DM about a request: the receipt's title, then one line per change. */
const firstLines = (username, ref) => aboutRef(host, username, ref).map((m) => m.text.split('\n')[0]);

const changedLine = (username, ref, status, type = 'access') => {
  const t = wordsFor(username);
  return t('request.changed', {
    ref,
    type: t(`request.type.${type}`),
    status: t(`request.status.${status}`),
  });
};

/** What the admins were told by DM since `before`, leaving out the notices of new requests. */
const adminAlerts = (before) =>
  dmsTo(host, 'admin')
    .slice(before)
    .map((m) => m.text)
    .filter((text) => !text.startsWith(wordsFor('admin')('admin.newRequest').split('{ref}')[0]));

/** Delivers a freshly filed request (one run) and checks where it stands. */
async function filedAndDelivered(username, form) {
  const filed = await fileRequest(host, username, form);
  await host.runJobs();
  expect(storedRequest(host, filed.id).status).toBe('delivered');
  expect(heldFor(endpoint, filed.id)).toHaveLength(1);
  return filed;
}

const lifecycle = {};

describe('polling', () => {
  it('each status the endpoint moves to is picked up by the hourly poll, told once in German, until final', async () => {
    const { id, ref } = await filedAndDelivered('bruno');
    lifecycle.polled = { id, ref };
    // The next poll is an hour away: running the jobs now reads nothing.
    const due = Date.parse(outboxEntryOf(id).dueAt) - Date.now();
    expect(due).toBeGreaterThan(59 * 60_000);
    expect(due).toBeLessThanOrEqual(60 * 60_000);
    endpoint.setStatus(id, 'in_progress');
    await host.runJobs();
    expect(getsFor(id)).toEqual([]);
    expect(storedRequest(host, id).status).toBe('delivered');

    // An hour later: the poll reads in_progress.
    makeDue(id);
    await host.runJobs();
    expect(getsFor(id)).toHaveLength(1);
    let stored = storedRequest(host, id);
    expect(stored.status).toBe('in_progress');
    expect(stored.history.at(-1)).toMatchObject({ status: 'in_progress', source: 'poll' });
    expect(Date.parse(outboxEntryOf(id).dueAt) - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(firstLines('bruno', ref)).toEqual([
      wordsFor('bruno')('request.receipt.title', { ref }),
      changedLine('bruno', ref, 'delivered'),
      changedLine('bruno', ref, 'in_progress'),
    ]);
    expect(changedLine('bruno', ref, 'in_progress')).not.toBe(changedLine('alice', ref, 'in_progress'));

    // No change on the next poll: not told again.
    makeDue(id);
    await host.runJobs();
    expect(getsFor(id)).toHaveLength(2);
    expect(aboutRef(host, 'bruno', ref)).toHaveLength(3);

    // Completed with a results link.
    const resultsUrl = 'https://vendor.example/results/bruno-1';
    endpoint.setStatus(id, 'completed', { results_url: resultsUrl });
    makeDue(id);
    await host.runJobs();
    expect(getsFor(id)).toHaveLength(3);
    stored = storedRequest(host, id);
    expect(stored.status).toBe('completed');
    expect(stored.history.map((h) => [h.status, h.source])).toEqual([
      ['queued', 'submit'],
      ['delivered', 'delivery'],
      ['in_progress', 'poll'],
      ['completed', 'poll'],
    ]);
    const t = wordsFor('bruno');
    const messages = aboutRef(host, 'bruno', ref);
    expect(messages).toHaveLength(4);
    expect(messages[3].text).toBe(
      [changedLine('bruno', ref, 'completed'), t('request.results', { url: resultsUrl })].join('\n'),
    );
    // Final: out of the outbox, never read again.
    expect(outboxEntryOf(id)).toBeUndefined();
    letBackOffPass(host);
    await host.runJobs();
    await host.runJobs();
    expect(getsFor(id)).toHaveLength(3);
    expect(aboutRef(host, 'bruno', ref)).toHaveLength(4);
  });
});

describe('rejection read by the poll', () => {
  const reason = 'We hold no data under this identity.';

  it('under GDPR: the user is told the reason and that they may complain to a supervisory authority', async () => {
    const { id, ref } = await filedAndDelivered('bruno', { jurisdiction: 'gdpr' });
    lifecycle.rejected = { id, ref };
    endpoint.setStatus(id, 'rejected', { reason });
    makeDue(id);
    await host.runJobs();
    const stored = storedRequest(host, id);
    expect(stored.status).toBe('rejected');
    expect(stored.history.at(-1)).toMatchObject({ status: 'rejected', source: 'poll', reason });
    expect(outboxEntryOf(id)).toBeUndefined();
    const t = wordsFor('bruno');
    const messages = aboutRef(host, 'bruno', ref);
    expect(messages).toHaveLength(3);
    expect(messages[2].text).toBe(
      [
        changedLine('bruno', ref, 'rejected'),
        // The vendor's own words, marked as such and quoted.
        t('request.reason.vendor', { reason: `“${reason}”` }),
        t('request.complaint'),
      ].join('\n'),
    );
    expect(t('request.complaint')).not.toBe(wordsFor('alice')('request.complaint'));
  });

  it('under CCPA: told the reason, without the complaint line', async () => {
    const { id, ref } = await filedAndDelivered('alice', { jurisdiction: 'ccpa' });
    endpoint.setStatus(id, 'rejected', { reason });
    makeDue(id);
    await host.runJobs();
    expect(storedRequest(host, id).status).toBe('rejected');
    const t = wordsFor('alice');
    const messages = aboutRef(host, 'alice', ref);
    expect(messages).toHaveLength(3);
    expect(messages[2].text).toBe(
      [changedLine('alice', ref, 'rejected'), t('request.reason.vendor', { reason: `“${reason}”` })].join(
        '\n',
      ),
    );
    expect(messages[2].text).not.toContain(t('request.complaint'));
  });
});

describe('dead-letter', () => {
  it('72 h of failures: failed, admins told, the DPO emailed, then the user told it was passed on', async () => {
    await endpoint.setBehaviour({ mode: 'fail', count: 'always', status: 503, on: 'create' });
    const adminBefore = dmsTo(host, 'admin').length;
    const emailsBefore = host.emails().length;
    const { id, ref } = await fileRequest(host, 'bruno', { details: 'Bitte alles.' });
    lifecycle.deadLettered = { id, ref };
    await host.runJobs();
    expect(storedRequest(host, id)).toMatchObject({
      status: 'queued',
      delivery: { failures: 1, lastError: 'HTTP 503' },
    });
    expect(createsFor(endpoint, id)).toHaveLength(1);

    // 73 hours of failing have passed, and the retry is due.
    // The first failure's time is in the event that recorded it (a request is folded from its events).
    editRecord(
      `request:${id}`,
      (event) => {
        event.change.set.firstFailureAt = new Date(Date.now() - 73 * 3_600_000).toISOString();
      },
      (data) => data.change?.set?.firstFailureAt !== undefined,
    );
    makeDue(id);
    await host.runJobs();
    expect(createsFor(endpoint, id)).toHaveLength(2);
    expect(createsFor(endpoint, id).map((c) => c.answer.status)).toEqual([503, 503]);
    const stored = storedRequest(host, id);
    expect(stored.status).toBe('failed');
    expect(stored.history.map((h) => [h.status, h.source])).toEqual([
      ['queued', 'submit'],
      ['failed', 'delivery'],
    ]);
    expect(stored.delivery.failures).toBe(2);
    expect(outboxEntryOf(id)).toBeUndefined();
    expect(heldFor(endpoint, id)).toEqual([]);

    // The admins read the last error, quoted; the person never does.
    expect(adminAlerts(adminBefore)).toEqual([
      wordsFor('admin')('admin.deadLetter', { ref, reason: '“HTTP 503”' }),
    ]);
    expect(stored.history.at(-1).reason).toBe('undeliverable');

    const t = wordsFor('bruno');
    const messages = aboutRef(host, 'bruno', ref);
    expect(messages).toHaveLength(2);
    expect(messages[0].text.split('\n')[0]).toBe(t('request.receipt.title', { ref }));
    // Told after the hand-over, with what happened: emailed to the DPO, nothing left for the person to do.
    expect(messages[1].text).toBe(
      t('request.handedOver', { ref, type: t('request.type.access'), email: DPO }),
    );
    expect(messages[1].text).not.toContain(t('request.failed.contact', { email: DPO, ref }));

    const emails = host.emails().slice(emailsBefore);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: DPO,
      replyTo: 'bruno@example.org',
      // The admins have the operator's part; this is the vendor's part, and says so.
      subject: t('email.subject.vendor', { ref, type: t('request.type.access') }),
    });
    expect(emails[0].text).toContain(`${t('email.field.reference')}: ${ref}`);
    expect(emails[0].text).toContain('Bitte alles.');

    // Never sent again, even with the endpoint still failing and every wait passed.
    letBackOffPass(host);
    await host.runJobs();
    await host.runJobs();
    expect(createsFor(endpoint, id)).toHaveLength(2);
    expect(storedRequest(host, id).status).toBe('failed');
    expect(host.emails().slice(emailsBefore)).toHaveLength(1);
    expect(aboutRef(host, 'bruno', ref)).toHaveLength(2);
    expect(adminAlerts(adminBefore)).toHaveLength(1);
  });
});

describe('a plain time-out', () => {
  it('stays queued with a retry scheduled, then is delivered once the endpoint answers again', async () => {
    // Held longer than the app waits (5 s): the app gives up; the endpoint stores nothing.
    await endpoint.setBehaviour({ mode: 'timeout', count: 'always', on: 'create', holdMs: 8_000 });
    const { id, ref } = await fileRequest(host, 'carla');
    lifecycle.timedOut = { id, ref };
    await host.runJobs();
    const stored = storedRequest(host, id);
    expect(stored).toMatchObject({ status: 'queued', delivery: { failures: 1, lastError: 'timeout' } });
    const wait = Date.parse(stored.delivery.nextAttemptAt) - Date.now();
    expect(wait).toBeGreaterThan(20_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(outboxEntryOf(id).dueAt).toBe(stored.delivery.nextAttemptAt);
    expect(createsFor(endpoint, id)).toHaveLength(1);
    expect(createsFor(endpoint, id)[0].answer).toMatchObject({ held: true });
    expect(heldFor(endpoint, id)).toEqual([]);
    expect(aboutRef(host, 'carla', ref)).toHaveLength(1); // the receipt only

    // Not before the retry is due.
    await host.runJobs();
    expect(createsFor(endpoint, id)).toHaveLength(1);

    await endpoint.setBehaviour('normal');
    makeDue(id);
    await host.runJobs();
    expect(createsFor(endpoint, id)).toHaveLength(2);
    expect(createsFor(endpoint, id)[1].answer.status).toBe(201);
    expect(storedRequest(host, id).status).toBe('delivered');
    const held = heldFor(endpoint, id);
    expect(held).toHaveLength(1);
    expect(held[0].duplicates).toBe(0);
    expect(firstLines('carla', ref)).toEqual([
      wordsFor('carla')('request.receipt.title', { ref }),
      changedLine('carla', ref, 'delivered'),
    ]);
  });
});

describe('/privacy status <ref> afterwards', () => {
  /**
   * Asks for one request and checks its title and every history step, in the user's words:
   * `expected` holds [status, source] or [status, source, reason key, reason params].
   */
  async function expectHistoryShown(username, { id, ref }, expected) {
    await host.runCommand(username, `/privacy status ${ref}`);
    const text = noticesTo(host, username).at(-1).text;
    const t = wordsFor(username);
    const english = wordsFor('alice');
    const stored = storedRequest(host, id);
    expect(stored.history.map((h) => [h.status, h.source])).toEqual(
      expected.map(([s, source]) => [s, source]),
    );
    // A failed request that went to the DPO by email says so (a dead-letter the workspace emailed).
    const vendorKey = (status) => (status === 'failed' && stored.channel === 'email' ? 'emailed' : status);
    const label = (status) => t(`request.status.${vendorKey(status)}`);
    // The title shows both tracks; each history line is the vendor track's move.
    expect(text).toContain(
      t('status.detail.title', { ref, status: bothTracks(t, vendorKey(stored.status)) }),
    );
    expect(text).toContain(t('status.detail.history'));
    const lines = text.split('\n');
    stored.history.forEach((h, i) => {
      const [, , reasonKey, reasonParams] = expected[i];
      let line = t('status.history', {
        date: formatDateTime(h.at, LANGUAGE[username], 0),
        status: label(h.status),
        source: t(`history.source.${h.source}`),
      });
      if (reasonKey) {
        // The app's own words about the reason are the reader's, not English ones.
        expect(t(reasonKey, reasonParams)).not.toBe(english(reasonKey, reasonParams));
        line += ` (${t(reasonKey, reasonParams)})`;
      } else expect(h.reason).toBeUndefined();
      expect(lines.filter((l) => l.endsWith(line))).toHaveLength(1);
    });
    return text;
  }

  it('the polled request: filed, delivered, in progress, completed (German)', async () => {
    const text = await expectHistoryShown('bruno', lifecycle.polled, [
      ['queued', 'submit'],
      ['delivered', 'delivery'],
      ['in_progress', 'poll'],
      ['completed', 'poll'],
    ]);
    expect(text).toContain(wordsFor('bruno')('history.source.poll'));
    expect(text).not.toContain(wordsFor('alice')('history.source.poll'));
  });

  it('the dead-lettered request: filed, then failed in delivery (German)', async () => {
    await expectHistoryShown('bruno', lifecycle.deadLettered, [
      ['queued', 'submit'],
      ['failed', 'delivery', 'history.reason.undeliverable'],
    ]);
    // Never the endpoint's error, in any form (issue 9.10).
    const text = noticesTo(host, 'bruno').at(-1).text;
    expect(text).not.toContain('503');
    expect(text).not.toContain('HTTP');
  });

  it('the request rejected under GDPR: the vendor’s reason quoted in German words', async () => {
    await expectHistoryShown('bruno', lifecycle.rejected, [
      ['queued', 'submit'],
      ['delivered', 'delivery'],
      ['rejected', 'poll', 'history.reason.given', { reason: '“We hold no data under this identity.”' }],
    ]);
  });

  it('the timed-out request: filed, then delivered on the retry (Portuguese)', async () => {
    await expectHistoryShown('carla', lifecycle.timedOut, [
      ['queued', 'submit'],
      ['delivered', 'delivery'],
    ]);
  });
});
