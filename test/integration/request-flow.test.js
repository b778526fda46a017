'use strict';
/**
 * Filing a data-subject request through the real runtime: the modal (field errors answered on
 * the modal itself), the receipt, delivery by the app's own jobs to the reference DSR endpoint,
 * and the status the user sees afterwards.
 */
const { startWorkspace, fromApp } = require('./helpers/workspace');
const { startReferenceEndpoint } = require('../workspace');

jest.setTimeout(60_000);

let host;
let endpoint;
beforeAll(async () => {
  endpoint = await startReferenceEndpoint({ port: 0 });
  host = await startWorkspace();
  await host.setAppSetting('dsr_allow_local_endpoint', true); // the endpoint is on 127.0.0.1
  await host.setAppSetting('dsr_endpoint_url', endpoint.url);
});
afterAll(async () => {
  await host?.stop();
  await endpoint?.close();
});

const VALID_STATE = {
  'request-jurisdiction': { 'request-jurisdiction-select': 'gdpr' },
  'request-type': { 'request-type-select': 'access' },
  'request-categories': { 'request-categories-select': ['account', 'usage'] },
  'request-details': { 'request-details-input': '' },
  'request-confirm': { 'request-confirm-check': ['own'] },
};

async function openRequestModal(username) {
  expect(await host.runCommand(username, '/privacy request')).toMatchObject({ ok: true });
  const modal = host.openViews(username).find((v) => v.surface === 'modal');
  expect(modal).toBeDefined();
  return modal;
}

async function until(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('/privacy request', () => {
  it('answers an incomplete form with field errors and keeps the modal open', async () => {
    const modal = await openRequestModal('alice');
    const result = await host.submitView('alice', modal.viewId, {});
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors)).toEqual(
      expect.arrayContaining(['request-categories-select', 'request-confirm-check']),
    );
    const still = host.openViews('alice').find((v) => v.viewId === modal.viewId);
    expect(still.errors).toEqual(result.errors);
    expect(endpoint.inbox()).toHaveLength(0);
    await host.closeView('alice', modal.viewId);
  });

  it('files a complete form: the modal closes, a receipt arrives, and a job delivers it to the vendor', async () => {
    const modal = await openRequestModal('alice');
    const result = await host.submitView('alice', modal.viewId, VALID_STATE);
    expect(result).toMatchObject({ ok: true });
    expect(host.openViews('alice')).toEqual([]);

    const receipt = fromApp(host, 'alice').find((m) => m.kind === 'message' && m.roomType === 'd');
    expect(receipt.text).toMatch(/PR-[0-9A-F]{8}/);
    const reference = receipt.text.match(/PR-[0-9A-F]{8}/)[0];

    // Nobody runs jobs here: the scheduler does, on its own.
    const call = await until(() =>
      endpoint.inbox().find((c) => c.method === 'POST' && c.path === '/dsr/requests'),
    );
    expect(call.answer.status).toBe(201);
    expect(call.body).toMatchObject({ subject_request_type: 'access', regulation: 'gdpr' });
    expect(call.body.subject_identities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ identity_type: 'email', identity_value: 'alice@example.org' }),
      ]),
    );

    await until(() =>
      fromApp(host, 'alice').some(
        (m) => m.text.includes(reference) && m.text.includes('received by the vendor'),
      ),
    );
    await host.runCommand('alice', '/privacy status');
    expect(fromApp(host, 'alice').at(-1).text).toContain(reference);
  });
});
