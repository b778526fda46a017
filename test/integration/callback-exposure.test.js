'use strict';
/**
 * Issue 9.1: one unauthenticated POST whose JSON body holds a `__proto__` key stops the engine's
 * Deno runtime from reading its input (its msgpack decoder refuses the key), so the app's code
 * never runs and every later call fails. The app cannot catch that; what it can do is not expose
 * the public callback endpoint unless the admin said the vendor can reach the workspace.
 */
const { createWorkspaceServer, WorkspaceHost } = require('../workspace');
const { startWorkspace, freshStoreDir } = require('./helpers/workspace');

jest.setTimeout(120_000);

let host;
let server;
let siteUrl;
beforeAll(async () => {
  host = new WorkspaceHost();
  server = createWorkspaceServer({ host });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${server.address().port}`;
  await startWorkspace({ storeDir: freshStoreDir(), siteUrl, host });
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await host?.stop();
});

const PROTO_BODY = '{"__proto__":{"polluted":true},"subject_request_id":"x"}';

async function postCallback(body) {
  const res = await fetch(`${siteUrl}/api/apps/public/${host.appId}/dsr-callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return res.status;
}

async function helpWorks() {
  const ran = await host.runCommand('alice', '/privacy help');
  return ran.ok === true;
}

it('with "The endpoint can reach this workspace" off (the default), the callback endpoint does not exist, and a __proto__ body leaves the app working', async () => {
  expect(await postCallback(PROTO_BODY)).toBe(404);
  expect(await host.appStatus()).toMatch(/enabled/);
  expect(await helpWorks()).toBe(true);
});

/** What an admin does after changing the setting: disable the app, then enable it. */
async function disableAndEnable() {
  await host.manager.disable(host.appId);
  await host.manager.enable(host.appId);
  expect(await host.appStatus()).toMatch(/enabled/);
}

it('turned on, the endpoint opens when the app is enabled again (the engine registers endpoints only then), and closes the same way', async () => {
  await host.setAppSetting('dsr_callbacks_reachable', true);
  expect(await postCallback('{}')).toBe(404); // not yet: no engine accessor adds an endpoint later
  await disableAndEnable();
  expect(await postCallback('{}')).toBe(401); // open: refused for want of a signature
  expect(await helpWorks()).toBe(true); // the command the engine kept still answers
  await host.setAppSetting('dsr_callbacks_reachable', false);
  await disableAndEnable();
  expect(await postCallback('{}')).toBe(404);
  await host.setAppSetting('dsr_callbacks_reachable', true);
  await host.restartRuntime(); // a server restart opens it too
  expect(await postCallback('{}')).toBe(401);
  await host.setAppSetting('dsr_callbacks_reachable', false);
  await host.restartRuntime();
});

it('with the endpoint open, the engine issue remains: the runtime stops answering; a restart of the runtime brings the app back', async () => {
  await host.setAppSetting('dsr_callbacks_reachable', true);
  await host.restartRuntime();
  expect(await helpWorks()).toBe(true);
  // The app's code never runs: the runtime's decoder refuses the key, and the call times out.
  expect(await postCallback(PROTO_BODY)).toBe(500);
  expect(await host.appStatus()).toBe('unknown');
  expect(await helpWorks()).toBe(false);
  // What an operator does (README, Security): restart the runtime (a server restart, or disable
  // and enable the app once the engine has respawned its process).
  await host.restartRuntime();
  expect(await host.appStatus()).toMatch(/enabled/);
  expect(await helpWorks()).toBe(true);
  await host.setAppSetting('dsr_callbacks_reachable', false);
  await host.restartRuntime();
});

it('a view submit whose state holds a __proto__ key stops the runtime the same way (no app setting can close that path)', async () => {
  await host.runCommand('alice', '/privacy request');
  const modal = host.openViews('alice').find((v) => v.surface === 'modal');
  const state = JSON.parse('{"__proto__":{"polluted":true}}');
  // The engine swallows the timed-out interaction; what shows is the app's status.
  await host.submitView('alice', modal.viewId, state);
  expect(await host.appStatus()).toBe('unknown');
  expect(await helpWorks()).toBe(false);
  await host.restartRuntime();
  expect(await helpWorks()).toBe(true);
});
