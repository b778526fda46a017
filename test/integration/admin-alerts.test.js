'use strict';
/**
 * The daily due-date alerts in the real runtime (issue 11): the admins get one message naming the
 * requests this workspace must answer that are overdue or due within the setting's days, with the
 * reference, law, type and due date only; a second run the same day names nothing; the next day,
 * they are named again. (The app's clock cannot be moved from here: the stored due dates are
 * moved instead, and the day's claims are made to expire, as if the day had passed.)
 */
const {
  useRequestsWorkspace,
  fileRequest,
  dmsTo,
  wordsFor,
  formatDate,
  storedRequest,
} = require('./helpers/requests');

jest.setTimeout(90_000);

let host;
useRequestsWorkspace({ settings: { admin_usernames: 'admin' } }, (started) => ({ host } = started));

const DAY = 86_400_000;
const t = wordsFor('admin');

/** Moves a stored request's due date (its record as filed), as if it had been filed earlier. */
function setDue(id, due) {
  host.bridges.persistence.change((records) => {
    for (const r of records)
      if (r.appId === host.appId && r.data?.id === id && r.data?.ref) r.data.due = due.toISOString();
  });
}

/** The next day: the day's alert claims have run out. */
function nextDay() {
  const past = new Date(Date.now() - 1000).toISOString();
  host.bridges.persistence.change((records) => {
    for (const r of records)
      if (r.appId === host.appId && r.associations.some((a) => a.id.startsWith('due-alert:')))
        r.data.until = past;
  });
}

const runAlerts = () => host.bridges.scheduler.runNamed((name) => name.startsWith('due-alerts_'));
const alertsTo = (before) =>
  dmsTo(host, 'admin')
    .slice(before)
    .filter((m) => m.text.includes(t('admin.dueAlert.title')));

const line = (request) =>
  `• ${t('admin.dueAlert.line', {
    ref: request.ref,
    type: t(`request.type.${request.type}`),
    jurisdiction: t(`jurisdiction.${request.jurisdiction}`),
    date: formatDate(request.due, 'en'),
  })}`;

it('names the overdue and the due-soon requests once a day, in one message, without the person', async () => {
  const details = 'My private words about my account';
  const overdue = await fileRequest(host, 'bruno', { categories: ['account', 'content'], details });
  const soon = await fileRequest(host, 'carla', { categories: ['account', 'content'], details });
  const later = await fileRequest(host, 'alice', { categories: ['account', 'content'], details });
  await host.runJobs();
  setDue(overdue.id, new Date(Date.now() - 2 * DAY));
  setDue(soon.id, new Date(Date.now() + 3 * DAY));
  const [a, b, c] = [overdue, soon, later].map(({ id }) => storedRequest(host, id));
  expect(a.routing.workspace).toBeTruthy();
  expect(Date.parse(c.due)).toBeGreaterThan(Date.now() + 7 * DAY);

  let before = dmsTo(host, 'admin').length;
  const [ran] = await runAlerts();
  expect(ran).toMatchObject({ ok: true });
  const [alert, ...more] = alertsTo(before);
  expect(more).toEqual([]);
  expect(alert.text).toBe(
    [
      t('admin.dueAlert.title'),
      '',
      t('admin.dueAlert.overdue'),
      line(a),
      '',
      t('admin.dueAlert.dueSoon', { days: 7 }),
      line(b),
    ].join('\n'),
  );
  expect(alert.text).toContain('/privacy admin');
  expect(alert.text).not.toContain(c.ref);
  expect(alert.text).not.toMatch(/bruno|carla|alice|example\.org|private words/i);

  // The same day, again (a second run, or a second instance): nothing new.
  before = dmsTo(host, 'admin').length;
  await runAlerts();
  await host.runJobs();
  expect(alertsTo(before)).toEqual([]);

  // The next day: named again.
  nextDay();
  before = dmsTo(host, 'admin').length;
  await runAlerts();
  const again = alertsTo(before);
  expect(again).toHaveLength(1);
  expect(again[0].text).toContain(line(a));
  expect(again[0].text).toContain(line(b));
});

it('a request the person cancelled is not named', async () => {
  const cancelled = await fileRequest(host, 'bruno', { categories: ['account', 'content'] });
  await host.runJobs();
  await host.runCommand('bruno', `/privacy cancel ${cancelled.ref}`);
  await host.runJobs();
  expect(storedRequest(host, cancelled.id).status).toBe('cancelled');
  setDue(cancelled.id, new Date(Date.now() - DAY));
  nextDay();
  const before = dmsTo(host, 'admin').length;
  await runAlerts();
  for (const m of alertsTo(before)) expect(m.text).not.toContain(cancelled.ref);
});
