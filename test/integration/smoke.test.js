'use strict';
/**
 * The packaged zip in the real runtime: it loads, answers, runs its own jobs on the scheduler's
 * tick, and keeps its data over a restart.
 */
const { startReferenceEndpoint } = require('../workspace');
const {
  startWorkspace,
  freshStoreDir,
  fromApp,
  manifest,
  textOf,
  findElement,
} = require('./helpers/workspace');

jest.setTimeout(60_000);

async function until(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the packaged app in the real Apps-Engine runtime', () => {
  let host;
  afterEach(async () => {
    await host?.stop();
    host = undefined;
  });

  it('installs and is enabled, with its slash command registered', async () => {
    host = await startWorkspace();
    expect(host.appId).toBe(manifest.id);
    expect(await host.appStatus()).toMatch(/^(auto|manually)_enabled$/);
    expect(host.bridges.commands.commands.get('privacy')).toMatchObject({
      appId: manifest.id,
      enabled: true,
    });
  });

  it('answers /privacy with an ephemeral notice from the app user, seen only by the sender', async () => {
    host = await startWorkspace();
    const result = await host.runCommand('alice', '/privacy');
    expect(result).toMatchObject({ ok: true });
    const notices = fromApp(host, 'alice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'ephemeral', roomId: 'GENERAL', roomType: 'c' });
    expect(notices[0].text).toContain('/privacy policy');
    expect(fromApp(host, 'bruno')).toHaveLength(0);
  });

  it('refuses a command nobody registered, as the server does', async () => {
    host = await startWorkspace();
    expect(await host.runCommand('alice', '/nosuchcommand')).toEqual({
      ok: false,
      error: 'No such command: /nosuchcommand',
    });
  });

  it('keeps settings and stored data when the server restarts (a new host over the same store)', async () => {
    const storeDir = freshStoreDir();
    host = await startWorkspace({ storeDir });
    await host.setAppSetting('dpo_email', 'dpo@acme.example');
    await host.runCommand('carla', '/privacy policy');
    const [policy] = host.openViews('carla');
    const remembered = await host.blockAction('carla', {
      viewId: policy.viewId,
      blockId: 'policy-jurisdiction',
      actionId: 'policy-jurisdiction-select',
      value: 'lgpd',
    });
    expect(remembered.ok).toBe(true);
    await host.stop();

    host = await startWorkspace({ storeDir });
    expect(host.appSettings().find((s) => s.id === 'dpo_email').value).toBe('dpo@acme.example');
    await host.runCommand('carla', '/privacy contact');
    expect(fromApp(host, 'carla').at(-1).text).toContain('dpo@acme.example');
    // The jurisdiction carla chose before the restart is still hers (app persistence).
    await host.runCommand('carla', '/privacy policy');
    const select = findElement(host.openViews('carla')[0].view, 'policy-jurisdiction-select');
    expect(select.initialValue).toBe('lgpd');
  });

  it('runs its own jobs: a request filed through the modal reaches the DSR endpoint with nobody running them, and the user is told', async () => {
    const endpoint = await startReferenceEndpoint({ port: 0 });
    try {
      host = await startWorkspace();
      await host.setAppSetting('dsr_allow_local_endpoint', true); // the endpoint is on 127.0.0.1
      await host.setAppSetting('dsr_endpoint_url', endpoint.url);
      expect(await host.runCommand('alice', '/privacy request')).toMatchObject({ ok: true });
      const modal = host.openViews('alice').find((v) => v.surface === 'modal');
      const result = await host.submitView('alice', modal.viewId, {
        'request-jurisdiction': { 'request-jurisdiction-select': 'gdpr' },
        'request-type': { 'request-type-select': 'access' },
        'request-categories': { 'request-categories-select': ['account', 'usage'] },
        'request-details': { 'request-details-input': '' },
        'request-confirm': { 'request-confirm-check': ['own'] },
      });
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
    } finally {
      await endpoint.close();
    }
  });

  it('restarts the runtime in place and keeps working', async () => {
    host = await startWorkspace();
    const { status } = await host.restartRuntime();
    expect(status).toMatch(/enabled$/);
    await host.runCommand('alice', '/privacy help');
    expect(textOf(fromApp(host, 'alice').map((m) => ({ text: m.text })))).toContain('/privacy contact');
  });
});
