'use strict';
/** /privacy help, contact, unknown subcommands and settings, through the real runtime. */
const { startWorkspace, fromApp } = require('./helpers/workspace');
const { quoteInline } = require('../../src/core/text/quote');

jest.setTimeout(60_000);

let host;
beforeAll(async () => {
  host = await startWorkspace();
});
afterAll(async () => {
  await host?.stop();
});

const lastNotice = (username) => fromApp(host, username).at(-1);

describe('/privacy', () => {
  it('help lists the subcommands, in the user’s language', async () => {
    await host.runCommand('alice', '/privacy help');
    expect(lastNotice('alice').text).toMatch(/\/privacy policy[\s\S]*\/privacy contact[\s\S]*\/privacy help/);
    await host.runCommand('bruno', '/privacy help');
    expect(lastNotice('bruno').text).toContain('Geben Sie `/privacy` gefolgt von einem dieser Befehle ein');
  });

  it('answers the same help to a bare /privacy', async () => {
    await host.runCommand('alice', '/privacy help');
    const help = lastNotice('alice').text;
    await host.runCommand('alice', '/privacy');
    expect(lastNotice('alice').text).toBe(help);
  });

  it('names an unknown subcommand and suggests the closest one', async () => {
    await host.runCommand('alice', '/privacy polcy');
    const text = lastNotice('alice').text;
    expect(text).toContain('There is no `/privacy polcy`');
    expect(text).toContain('Did you mean `/privacy policy`?');
  });

  it('contact shows the DPO address and the policy documents', async () => {
    await host.runCommand('alice', '/privacy contact');
    const text = lastNotice('alice').text;
    expect(text).toContain('Privacy contact');
    expect(text).toMatch(/Data Protection Officer/);
    expect(text).toMatch(/https:\/\//);
  });
});

describe('settings', () => {
  it('a saved DPO address takes effect at once', async () => {
    await host.setAppSetting('dpo_email', 'privacy-office@acme.example');
    await host.runCommand('bruno', '/privacy contact');
    expect(lastNotice('bruno').text).toContain('privacy-office@acme.example');
  });

  it('a bad value is not saved; the named admins are told why by direct message', async () => {
    await host.setAppSetting('admin_usernames', 'admin');
    await host.setAppSetting('dpo_email', 'privacy-office@acme.example');
    const saved = await host.setAppSetting('dpo_email', 'not an address');
    expect(saved.value).toBe('privacy-office@acme.example');
    await host.runJobs();
    // The last direct message about a setting: the daily job run above may post the posture
    // news to the admins after it (it did once the data map was read before the run).
    const dm = host
      .transcript('admin')
      .filter((m) => m.kind === 'message' && m.roomType === 'd')
      .filter((m) => m.text.startsWith('The Privacy Center setting '))
      .at(-1);
    expect(dm).toBeDefined();
    expect(dm.sender.username).toBe('privacy-center.bot');
    // The setting is named by its label in the admin's language, not by its id.
    expect(dm.text).toContain("*Data Protection Officer's email*");
    expect(dm.text).not.toContain('dpo_email');
    // The value in force, quoted so that it cannot mention or link in the admins' room.
    expect(dm.text).toContain(quoteInline('privacy-office@acme.example'));
    // The people in the DM are the admin and the app; nobody else sees it.
    expect(host.transcript('alice').some((m) => m.id === dm.id)).toBe(false);
  });
});
