'use strict';
/** "Privacy Center" in the user menu and the room menu opens the policy view, in the real runtime. */
const { startWorkspace, textOf } = require('./helpers/workspace');

jest.setTimeout(60_000);

let host;
beforeAll(async () => {
  host = await startWorkspace();
  await host.runJobs(); // the registration check, so both views read it the same
  // The data map too: its start-up run may land between the two views otherwise.
  await host.changeServerSettings({});
});
afterAll(async () => {
  await host?.stop();
});

describe('Privacy Center buttons', () => {
  it('are registered in the user menu and the room menu, labelled from the app’s i18n', async () => {
    const buttons = await host.actionButtons();
    expect(buttons.map((b) => [b.context, b.labelI18n]).sort()).toEqual([
      ['roomAction', 'privacy_center_button'],
      ['userDropdownAction', 'privacy_center_button'],
    ]);
  });

  it.each([
    ['the user menu', 'privacy-center-user-menu', undefined],
    ['the room menu', 'privacy-center-room-menu', 'GENERAL'],
  ])('%s opens the policy view, as /privacy does', async (_where, actionId, roomId) => {
    expect(await host.actionButton('bruno', { actionId, roomId })).toMatchObject({ ok: true });
    const opened = host.openViews('bruno').at(-1);
    expect(opened).toMatchObject({ viewId: 'policy-view', surface: 'contextualBar' });
    expect(opened.view.title.text).toBe('Datenschutzerklärung');
    await host.closeView('bruno', 'policy-view');
    await host.runCommand('bruno', '/privacy policy');
    const typed = host.openViews('bruno').at(-1);
    expect(textOf(typed.view)).toBe(textOf(opened.view));
    await host.closeView('bruno', 'policy-view');
  });
});
