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
} = require('./helpers/requests');

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace({}, (started) => ({ host, endpoint } = started));
afterEach(async () => {
  for (const view of host.openViews('bruno')) await host.closeView('bruno', view.viewId);
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

it('both at once: both fields answered', async () => {
  const { viewId } = await openRequest(host, 'bruno');
  const result = await host.submitView('bruno', viewId, modalState({ categories: [], confirm: false }));
  expect(Object.keys(result.errors).sort()).toEqual(['request-categories-select', 'request-confirm-check']);
});

it('requests_per_day = 1: the first request goes, the second is refused with a field error', async () => {
  await host.setAppSetting('requests_per_day', 1);
  const first = await fileRequest(host, 'carla');
  const second = await fileRequest(host, 'carla', {}, { expectErrors: true });
  expect(second.result.ok).toBe(false);
  expect(second.result.errors).toEqual({
    'request-type-select': wordsFor('carla')('request.limit', { limit: 1, email: 'dpo@acme.example' }),
  });
  expect(requestModalOf(host, 'carla').viewId).toBe(second.viewId);
  expect(storedRequest(host, second.id)).toBeUndefined();
  await host.runJobs();
  expect(heldFor(endpoint, first.id)).toHaveLength(1);
  expect(heldFor(endpoint, second.id)).toEqual([]);
  // Another user's first request is never blocked.
  await fileRequest(host, 'alice');
  await host.closeView('carla', second.viewId);
});
