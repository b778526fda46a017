'use strict';
/**
 * Field errors come back on the modal itself (viewErrorResponse) and keep it open: a missing
 * confirmation, an empty category list, and the per-user limit (requests_per_day).
 */
const {
  wordsFor,
  useRequestsWorkspace,
  openRequest,
  modalState,
  fileRequest,
  requestModalOf,
  storedRequest,
  heldFor,
  noticesTo,
} = require('./helpers/requests');
const { randomUUID } = require('node:crypto');
const { DAY_MS } = require('../../src/core/requests/dailyLimit');
const { formatDateTime } = require('../../src/core/i18n/dates');

/** A view submit as the server hands it to the app, for any view object (open or not). */
const submitAs = (host, username, view, state) =>
  host.interact(host.user(username), {
    type: 'viewSubmit',
    actionId: view.submit?.actionId ?? '',
    payload: { view: { ...view, state } },
  });
/** The requests the app holds for a user (the records as filed; later changes are event records). */
const requestsOfUser = (host, username) =>
  host.bridges.persistence
    .records()
    .filter(
      (r) =>
        r.appId === host.appId &&
        r.data?.kind !== 'request-event' &&
        r.associations.some((a) => a.id === `requests-of:${host.user(username).id}`),
    )
    .map((r) => r.data);

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace({}, (started) => ({ host, endpoint } = started));
afterEach(async () => {
  for (const username of ['bruno', 'alice', 'admin'])
    for (const view of host.openViews(username)) await host.closeView(username, view.viewId);
});

it('a missing confirmation: a field error in German on the open modal, nothing filed', async () => {
  const { viewId, id } = await openRequest(host, 'bruno');
  const result = await host.submitView(
    'bruno',
    viewId,
    modalState({ categories: ['usage'], confirm: false }),
  );
  const t = wordsFor('bruno');
  expect(result.ok).toBe(false);
  expect(result.errors).toEqual({ 'request-confirm-check': t('form.error.confirm') });
  expect(t('form.error.confirm')).not.toBe(wordsFor('alice')('form.error.confirm'));
  expect(requestModalOf(host, 'bruno')).toMatchObject({ viewId, errors: result.errors });
  expect(storedRequest(host, id)).toBeUndefined();

  // Fixed and submitted again: the same modal files it, under the same id.
  const fixed = await host.submitView('bruno', viewId, modalState({ categories: ['usage'] }));
  expect(fixed.ok).toBe(true);
  expect(host.openViews('bruno')).toEqual([]);
  expect(storedRequest(host, id).status).toBe('queued');
});

it('an empty category list: a field error, the modal stays open', async () => {
  const { viewId, id } = await openRequest(host, 'bruno');
  const result = await host.submitView('bruno', viewId, modalState({ categories: [] }));
  expect(result.errors).toEqual({ 'request-categories-select': wordsFor('bruno')('form.error.categories') });
  expect(requestModalOf(host, 'bruno').viewId).toBe(viewId);
  expect(storedRequest(host, id)).toBeUndefined();
});

it('both at once: both fields answered, on the modal that stays open', async () => {
  const { viewId, id } = await openRequest(host, 'bruno');
  const result = await host.submitView('bruno', viewId, modalState({ categories: [], confirm: false }));
  expect(result.ok).toBe(false);
  expect(Object.keys(result.errors).sort()).toEqual(['request-categories-select', 'request-confirm-check']);
  expect(requestModalOf(host, 'bruno')).toMatchObject({ viewId, errors: result.errors });
  expect(storedRequest(host, id)).toBeUndefined();
  expect(heldFor(endpoint, id)).toEqual([]);
});

it('a view id the user never opened: refused in their language, nothing filed', async () => {
  const opened = await openRequest(host, 'bruno');
  const forged = randomUUID();
  const answer = await submitAs(
    host,
    'bruno',
    { ...opened.view, id: `privacy-request:${forged}` },
    modalState({ categories: ['usage'] }),
  );
  expect(answer).toMatchObject({
    type: 'errors',
    errors: { 'request-confirm-check': wordsFor('bruno')('form.error.notOpened') },
  });
  expect(storedRequest(host, forged)).toBeUndefined();
  expect(storedRequest(host, opened.id)).toBeUndefined();
});

it("bruno submitting alice's open form is refused; alice's request is hers and unchanged", async () => {
  const alices = await openRequest(host, 'alice');
  const state = modalState({ categories: ['account', 'usage'] });
  const refused = await submitAs(host, 'bruno', alices.view, modalState({ categories: ['tracking'] }));
  expect(refused.errors).toEqual({ 'request-confirm-check': wordsFor('bruno')('form.error.notOpened') });
  expect(storedRequest(host, alices.id)).toBeUndefined();

  expect((await host.submitView('alice', alices.viewId, state)).ok).toBe(true);
  const filed = storedRequest(host, alices.id);
  expect(filed).toMatchObject({ userId: host.user('alice').id, categories: ['account', 'usage'] });
  // After it was filed, bruno's submit of the same id still files nothing and changes nothing.
  const again = await submitAs(host, 'bruno', alices.view, modalState({ categories: ['tracking'] }));
  expect(again.errors).toEqual({ 'request-confirm-check': wordsFor('bruno')('form.error.notOpened') });
  expect(storedRequest(host, alices.id)).toEqual(filed);
});

it('two forms open at once (a second tab): each is filed when sent, neither is refused as "not opened"', async () => {
  const older = await openRequest(host, 'alice');
  const newer = await openRequest(host, 'alice');
  expect(newer.id).not.toBe(older.id);
  const first = await submitAs(host, 'alice', older.view, modalState({ categories: ['usage'] }, older.view));
  expect(first.errors).toBeUndefined();
  expect(storedRequest(host, older.id)).toMatchObject({
    userId: host.user('alice').id,
    categories: ['usage'],
  });
  const second = await submitAs(
    host,
    'alice',
    newer.view,
    modalState({ categories: ['account'] }, newer.view),
  );
  expect(second.errors).toBeUndefined();
  expect(storedRequest(host, newer.id)).toMatchObject({
    userId: host.user('alice').id,
    categories: ['account'],
  });
});

it('requests_per_day = 1: the second is refused on Send, and /privacy request says so up front', async () => {
  await host.setAppSetting('requests_per_day', 2);
  const first = await fileRequest(host, 'carla');
  // A form opened while there was room; the admin lowers the limit before it is sent.
  const opened = await openRequest(host, 'carla', { jurisdiction: 'gdpr', type: 'access' });
  await host.setAppSetting('requests_per_day', 1);
  const result = await host.submitView(
    'carla',
    opened.viewId,
    modalState({ jurisdiction: 'gdpr', type: 'access', categories: ['usage'] }, opened.view),
  );
  const second = { ...opened, result };
  expect(second.result.ok).toBe(false);
  // On the confirmation next to Send (a section's select shows no error), with when and whom to write to.
  const until = new Date(Date.parse(storedRequest(host, first.id).submittedAt) + DAY_MS);
  const notice = wordsFor('carla')('request.limitUntil', {
    limit: 1,
    email: 'dpo@acme.example',
    time: formatDateTime(until, 'pt-BR', 0),
  });
  expect(second.result.errors).toEqual({ 'request-confirm-check': notice });
  expect(requestModalOf(host, 'carla').viewId).toBe(second.viewId);
  expect(storedRequest(host, second.id)).toBeUndefined();
  await host.runJobs();
  expect(heldFor(endpoint, first.id)).toHaveLength(1);
  expect(heldFor(endpoint, second.id)).toEqual([]);
  await host.closeView('carla', second.viewId);

  // At /privacy request, before typing anything: the same words, and no form.
  expect((await host.runCommand('carla', '/privacy request')).ok).toBe(true);
  expect(noticesTo(host, 'carla').at(-1).text).toBe(notice);
  expect(host.openViews('carla')).toEqual([]);
  // Another user's first request is never blocked.
  await fileRequest(host, 'admin');
});

it('50 submits at once, limit 5: never more than 5 filed (forms opened in between, forged ids)', async () => {
  await host.setAppSetting('requests_per_day', 5);
  const submits = [];
  for (let round = 0; round < 10; round++) {
    await host.runCommand('admin', '/privacy request');
    const view = host.openViews('admin').find((v) => v.viewId.startsWith('privacy-request:'))?.view;
    if (!view) break; // at the limit: the form no longer opens
    const state = modalState({ jurisdiction: 'gdpr', type: 'access', categories: ['usage'] }, view);
    for (let i = 0; i < 4; i++) submits.push(submitAs(host, 'admin', view, state));
    submits.push(submitAs(host, 'admin', { ...view, id: `privacy-request:${randomUUID()}` }, state));
  }
  await Promise.all(submits);
  const filed = requestsOfUser(host, 'admin');
  expect(filed.length).toBeGreaterThan(0);
  expect(filed.length).toBeLessThanOrEqual(5);
});
