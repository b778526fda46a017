// The calls `npm run bench` times in the real runtime: one workspace host running both the
// packaged app and the bare app (each in its own Deno process, as on a server), their calls
// interleaved so that the machine's speed cancels out of every ratio.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AdmZip from 'adm-zip';
import { interleaved, roundTrips, timeOnce } from './measure.mjs';

const require = createRequire(import.meta.url);
const { callRow, installRow } = require('./report.cjs');

/** The users who file requests in turn (each has a daily limit of at most 100). */
const FILERS = ['alice', 'bruno', 'carla', 'admin'];
const REQUEST_VIEW = 'privacy-request:';

/** The number of .js files in a zip (more than one: the engine bundles them when it starts the app). */
export const jsFilesIn = (zipPath) =>
  new AdmZip(zipPath).getEntries().filter((e) => e.entryName.endsWith('.js')).length;

/**
 * Runs every call figure; returns rows.
 * @param {{workspace: any, appZip: string, bareZip: string, runs: number, installRuns: number, log: (s: string) => void}} options
 */
export async function callFigures({ workspace, appZip, bareZip, runs, installRuns, log }) {
  const endpoint = await workspace.startReferenceEndpoint({ port: 0 });
  // Jobs run only when the bench runs them: each figure is the call alone, not the call and
  // whatever job of the app's (deliveries after a submit) the scheduler's tick lets in beside it.
  const host = await workspace.startWorkspace({ schedulerTickMs: 24 * 60 * 60 * 1000 });
  const rows = [];
  try {
    const appId = host.appId;
    await host.install(readFileSync(bareZip));
    const bareId = host.appId;
    // The host acts for one app at a time (interactions, settings): the one each call is for.
    const as =
      (id, fn) =>
      async (...args) => {
        host.appId = id;
        return fn(...args);
      };
    const ok = (result, what) => {
      if (!result?.ok) throw new Error(`${what} failed: ${result?.error ?? JSON.stringify(result)}`);
      return result;
    };
    const configure = async () => {
      host.appId = appId;
      await host.setAppSetting('dsr_endpoint_url', endpoint.url);
      await host.setAppSetting('requests_per_day', 100);
    };
    await configure();
    await host.runJobs();

    const command = (id, text, user = 'alice') => ({
      run: as(id, async () => ok(await host.runCommand(user, text), text)),
    });
    const bareMessage = command(bareId, '/bare-message');
    const bareModal = command(bareId, '/bare-modal');
    const submitRequest = {
      prepare: as(appId, async (i) => {
        const user = FILERS[i % FILERS.length];
        ok(await host.runCommand(user, '/privacy request access'), '/privacy request access');
        const view = host
          .openViews(user)
          .filter((v) => v.viewId.startsWith(REQUEST_VIEW))
          .pop();
        const categories = view.view.blocks.find((b) =>
          b.element?.actionId?.startsWith('request-categories-select'),
        );
        const state = {
          [categories?.blockId ?? 'request-categories']: {
            [categories?.element.actionId ?? 'request-categories-select']: ['account'],
          },
          'request-details': { 'request-details-input': '' },
          'request-confirm': { 'request-confirm-check': ['own'] },
        };
        return { user, viewId: view.viewId, state };
      }),
      run: as(appId, async ({ user, viewId, state }) =>
        ok(await host.submitView(user, viewId, state), 'submitting a request'),
      ),
    };
    const submitBare = {
      prepare: as(bareId, async (i) => {
        const user = FILERS[i % FILERS.length];
        ok(await host.runCommand(user, '/bare-modal'), '/bare-modal');
        const view = host
          .openViews(user)
          .filter((v) => v.viewId.startsWith('bare-modal:'))
          .pop();
        return {
          user,
          viewId: view.viewId,
          state: { 'bare-name': { 'bare-name-input': 'A' }, 'bare-note': { 'bare-note-input': 'B' } },
        };
      }),
      run: as(bareId, async ({ user, viewId, state }) =>
        ok(await host.submitView(user, viewId, state), 'the bare submit'),
      ),
    };
    // alice has one request on file, so that /privacy status reads one.
    await timeOnce(submitRequest.run, () => submitRequest.prepare(0));

    const calls = [
      {
        name: '`/privacy policy` vs the bare modal',
        target: '≤ 1.25x',
        app: command(appId, '/privacy policy'),
        bare: bareModal,
      },
      {
        name: '`/privacy request` vs the bare modal',
        target: '≤ 1.25x',
        app: command(appId, '/privacy request'),
        bare: bareModal,
      },
      {
        name: '`/privacy status` vs the bare message',
        target: '≤ 1.25x',
        app: command(appId, '/privacy status'),
        bare: bareMessage,
      },
      {
        name: '`/privacy help` vs the bare message',
        target: null,
        app: command(appId, '/privacy help'),
        bare: bareMessage,
      },
      {
        name: 'submitting a request vs the bare submit',
        target: '≤ 1.5x',
        app: submitRequest,
        bare: submitBare,
      },
    ];
    for (const call of calls) {
      log(`  ${call.name.replace(/`/g, '')} (${runs} runs each)...`);
      // Warm both paths (the first call of a kind loads code in the Deno process).
      for (const side of [call.app, call.bare])
        await timeOnce(side.run, side.prepare && (() => side.prepare(0)));
      const { app, bare } = await interleaved(runs, call.app, call.bare);
      const appTrips = await roundTrips(host, call.app.run, call.app.prepare);
      const bareTrips = await roundTrips(host, call.bare.run, call.bare.prepare);
      rows.push(
        callRow({
          name: call.name,
          target: call.target,
          app: { ms: app, trips: appTrips },
          bare: { ms: bare, trips: bareTrips },
        }),
      );
    }

    log(`  install and enable (${installRuns} runs each)...`);
    const zips = { [appId]: readFileSync(appZip), [bareId]: readFileSync(bareZip) };
    const reinstall = (id) => ({
      prepare: async () => {
        host.appId = id;
        await host.uninstall();
      },
      run: () => host.install(zips[id]),
    });
    const install = await interleaved(installRuns, reinstall(appId), reinstall(bareId));
    const appInstallTrips = await roundTrips(host, reinstall(appId).run, reinstall(appId).prepare, 1);
    const bareInstallTrips = await roundTrips(host, reinstall(bareId).run, reinstall(bareId).prepare, 1);
    rows.push(
      installRow({
        app: { ms: install.app, trips: appInstallTrips },
        bare: { ms: install.bare, trips: bareInstallTrips },
        appFiles: jsFilesIn(appZip),
      }),
    );
  } finally {
    await host.stop();
    await endpoint.close();
  }
  return rows;
}
