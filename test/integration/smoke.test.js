'use strict';
/** The packaged zip in the real runtime: it loads, answers, and keeps its data over a restart. */
const {
  startWorkspace,
  freshStoreDir,
  fromApp,
  manifest,
  textOf,
  findElement,
} = require('./helpers/workspace');

jest.setTimeout(60_000);

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

  it('restarts the runtime in place and keeps working', async () => {
    host = await startWorkspace();
    const { status } = await host.restartRuntime();
    expect(status).toMatch(/enabled$/);
    await host.runCommand('alice', '/privacy help');
    expect(textOf(fromApp(host, 'alice').map((m) => ({ text: m.text })))).toContain('/privacy contact');
  });
});
