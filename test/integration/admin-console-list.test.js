'use strict';
/**
 * The console's list (`/privacy admin`) in the real runtime: a handler opens the register as a
 * modal and sees the requests filed here, both tracks, newest first; its filters and pages work;
 * a person without a handler role gets the refusal and nothing else, also with a crafted action.
 */
const { useRequestsWorkspace, wordsFor, fileRequest } = require('./helpers/requests');
const { fromApp } = require('./helpers/workspace');

jest.setTimeout(120_000);

let host;
useRequestsWorkspace({}, (started) => ({ host } = started));

const VIEW_ID = 'privacy-console';
const en = wordsFor('admin');

/** The open console of a user, or undefined. */
const consoleOf = (username) => host.openViews(username).find((v) => v.viewId === VIEW_ID);
const blocksOf = (username) => consoleOf(username).view.blocks;
/** The references listed, in order. */
const refsOf = (username) =>
  blocksOf(username)
    .filter((b) => b.accessory?.actionId === 'console.request.open')
    .map((b) => /\*(PR-[0-9A-F]{8})\*/.exec(b.text.text)[1]);
const textsOf = (username) =>
  blocksOf(username).map((b) =>
    b.type === 'section' ? b.text.text : b.type === 'context' ? b.elements.map((e) => e.text).join(' ') : '',
  );
/** The element of an action in the open console, with its block id. */
function elementOf(username, actionId) {
  for (const block of blocksOf(username)) {
    const found = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])].find(
      (e) => e.actionId === actionId,
    );
    if (found) return { ...found, blockId: found.blockId ?? block.blockId };
  }
  throw new Error(`${username}'s console has no ${actionId}.`);
}
/** The user picks `value` in a select (or presses a button) of the open console. */
async function act(username, actionId, value) {
  const element = elementOf(username, actionId);
  const result = await host.blockAction(username, {
    viewId: VIEW_ID,
    blockId: element.blockId,
    actionId,
    value: value ?? element.value,
  });
  if (!result.ok) throw new Error(`${actionId} failed: ${result.error ?? JSON.stringify(result)}`);
}

/** What the app pushed to a user's client (views opened, updated, closed), oldest first. */
const pushedTo = (username) =>
  host.workspace.interactionLog.filter((entry) => entry.userId === host.user(username).id);

const filed = [];
beforeAll(async () => {
  // Eleven requests: nine GDPR access requests of alice, then two CCPA erasure requests of bruno.
  for (let i = 0; i < 9; i++) filed.push(await fileRequest(host, 'alice'));
  for (let i = 0; i < 2; i++)
    filed.push(await fileRequest(host, 'bruno', { jurisdiction: 'ccpa', type: 'erasure' }));
});
const newestFirst = () => filed.map((r) => r.ref).reverse();

describe('a handler', () => {
  it('opens the console with /privacy admin: every request filed, newest first, ten to a page', async () => {
    const before = fromApp(host, 'admin').length;
    const opened = await host.runCommand('admin', '/privacy admin');
    expect(opened.ok).toBe(true);
    // A modal, and no message.
    expect(fromApp(host, 'admin')).toHaveLength(before);
    const { surface, view } = consoleOf('admin');
    expect(surface).toBe('modal');
    expect(view.title.text).toBe('Privacy requests');
    expect(textsOf('admin')[0]).toBe(
      '*11* in all · received: 11 · in progress: 0 · finished: 0 · overdue: *0* · due within 7 days: 0',
    );
    expect(textsOf('admin')).toContain('Showing 1–10 of 11 matching (page 1 of 2)');
    expect(refsOf('admin')).toEqual(newestFirst().slice(0, 10));
    const row = blocksOf('admin').find((b) => b.text?.text.startsWith(`*${filed[10].ref}*`));
    expect(row.text.text.split('\n')[0]).toBe(
      `*${filed[10].ref}* · ${en('jurisdiction.ccpa')} · ${en('request.type.erasure')} · @bruno`,
    );
    expect(row.text.text.split('\n')[1]).toMatch(/Operator: new, nobody has taken it/);
    expect(row.text.text.split('\n')[2]).toMatch(/^Due /);
    expect(row.accessory).toMatchObject({ actionId: 'console.request.open', value: filed[10].id });
  });

  it('pages with Next and Previous', async () => {
    await act('admin', 'console.list.next');
    expect(refsOf('admin')).toEqual(newestFirst().slice(10));
    expect(textsOf('admin')).toContain('Showing 11–11 of 11 matching (page 2 of 2)');
    await act('admin', 'console.list.prev');
    expect(refsOf('admin')).toEqual(newestFirst().slice(0, 10));
  });

  it('filters by law, type and status, and clears the filters', async () => {
    await act('admin', 'console.list.law', 'ccpa');
    expect(refsOf('admin')).toEqual(newestFirst().slice(0, 2));
    expect(elementOf('admin', 'console.list.law').initialOption.text.text).toBe(en('jurisdiction.ccpa'));
    await act('admin', 'console.list.type', 'access');
    expect(refsOf('admin')).toEqual([]);
    expect(textsOf('admin')).toContain('No request matches these filters.');
    await act('admin', 'console.list.reset');
    expect(refsOf('admin')).toHaveLength(10);
    await act('admin', 'console.list.type', 'access');
    expect(refsOf('admin')).toEqual(newestFirst().slice(2));
    await act('admin', 'console.list.status', 'operator.in_progress');
    expect(refsOf('admin')).toEqual([]);
    await act('admin', 'console.list.status', 'overall.received');
    expect(refsOf('admin')).toEqual(newestFirst().slice(2));
  });

  it('ignores a value the list does not offer, and goes back to the whole list with console.list.show', async () => {
    const before = JSON.stringify(consoleOf('admin').view);
    await act('admin', 'console.list.law', 'mars');
    expect(JSON.stringify(consoleOf('admin').view)).toBe(before);
    await host.blockAction('admin', {
      viewId: VIEW_ID,
      blockId: 'console.request.page',
      actionId: 'console.list.show',
      value: '',
    });
    expect(refsOf('admin')).toEqual(newestFirst().slice(0, 10));
  });

  it('still reads the admin commands as text with /privacy admin help', async () => {
    const before = fromApp(host, 'admin').length;
    await host.runCommand('admin', '/privacy admin help');
    const [text] = fromApp(host, 'admin')
      .slice(before)
      .map((m) => m.text);
    expect(text).toBe(
      [
        en('admin.title'),
        `• ${en('admin.cmd.console')}`,
        `• ${en('admin.cmd.test')}`,
        `• ${en('admin.cmd.posture')}`,
        `• ${en('admin.cmd.export')}`,
        `• ${en('admin.cmd.acks')}`,
        `• ${en('admin.cmd.help')}`,
      ].join('\n'),
    );
  });
});

describe('anyone else', () => {
  it('gets the refusal from /privacy admin and no console', async () => {
    const before = fromApp(host, 'bruno').length;
    await host.runCommand('bruno', '/privacy admin');
    expect(
      fromApp(host, 'bruno')
        .slice(before)
        .map((m) => m.text),
    ).toEqual([wordsFor('bruno')('admin.refusal')]);
    expect(consoleOf('bruno')).toBeUndefined();
  });

  it('gets nothing from a crafted console.list action: no view, no message, no counts, no names', async () => {
    const before = fromApp(host, 'alice').length;
    const views = host.openViews('alice').length;
    const pushed = pushedTo('alice').length;
    for (const [actionId, value] of [
      ['console.list.show', ''],
      ['console.list.law', 'ccpa'],
      ['console.list.next', '1'],
      ['console.list.reset', 'reset'],
    ]) {
      const result = await host.blockAction('alice', {
        blockId: 'console.list.filters:',
        actionId,
        value,
        container: { type: 'view', id: VIEW_ID },
      });
      expect(result.ok).toBe(true);
    }
    expect(host.openViews('alice')).toHaveLength(views);
    expect(consoleOf('alice')).toBeUndefined();
    expect(fromApp(host, 'alice')).toHaveLength(before);
    expect(JSON.stringify(host.transcript('alice'))).not.toContain('@bruno');
    // Nothing was pushed to alice's client at all (no view opened or updated).
    expect(pushedTo('alice')).toHaveLength(pushed);
  });

  it('loses the console the moment the role is taken away: a click on an open console changes nothing', async () => {
    await host.setAppSetting('handler_roles', 'admin, user');
    try {
      await host.runCommand('carla', '/privacy admin');
      expect(refsOf('carla')).toEqual(newestFirst().slice(0, 10));
    } finally {
      await host.setAppSetting('handler_roles', 'admin');
    }
    const before = JSON.stringify(consoleOf('carla').view);
    const pushed = pushedTo('carla').length;
    await act('carla', 'console.list.next');
    await act('carla', 'console.list.law', 'ccpa');
    await host.blockAction('carla', {
      viewId: VIEW_ID,
      blockId: elementOf('carla', 'console.list.law').blockId,
      actionId: 'console.list.show',
      value: 'l=ccpa',
    });
    expect(JSON.stringify(consoleOf('carla').view)).toBe(before);
    expect(pushedTo('carla')).toHaveLength(pushed);
  });
});
