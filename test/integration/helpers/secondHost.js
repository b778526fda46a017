'use strict';
/**
 * A second workspace host in a process of its own over the same store folder: two instances of
 * one server cluster (the engine's AppManager is one per process). Driven over IPC by the test:
 *
 * ```js
 * const second = await startSecondHost(storeDir, { siteUrl }); // siteUrl: the cluster's address
 * await fileRequest(second, 'bruno');   // the request modal, opened and submitted on this host
 * await second.runCommand('alice', '/privacy status');
 * await second.holdView('carla', host.openViews('carla')[0]); // opened on the first, submitted here
 * await second.runJobs(); await second.transcript('alice'); await second.stop();
 * ```
 *
 * The proxy answers what `test/integration/helpers/requests.js` asks of a host (`runCommand`,
 * `blockAction`, `submitView`, `closeView`, and a synchronous `openViews`: the user's open views
 * as the last call on this host left them, sent back with its answer). Open views and logs live in
 * each host's memory (a client talks to one instance); what the store holds (records, jobs,
 * messages, notices, e-mails) both hosts read from the one store. The second host also serves the
 * workspace's HTTP API (`url`), so a vendor's callback can reach this instance rather than the
 * first, as a load balancer may route it.
 */
const { fork } = require('node:child_process');
const { secretScan } = require('../../workspace');

/** The host methods the test may call on the second host. */
const CALLS = [
  'runCommand',
  'blockAction',
  'submitView',
  'closeView',
  'openViews',
  'transcript',
  'emails',
  'jobs',
  'runJobs',
  'runJobsNow',
  'callEndpoint',
];
/** The calls whose first argument is a user whose open views may have changed. */
const VIEW_CALLS = new Set(['runCommand', 'blockAction', 'submitView', 'closeView', 'openViews']);

if (require.main === module) {
  // The child: a host over the given store, jobs run only when told.
  const { startWorkspace } = require('./workspace');
  const { createWorkspaceServer } = require('../../workspace');
  let host;
  let server;
  const answer = async (message) => {
    if (message.op === 'start') {
      host = await startWorkspace({
        storeDir: message.storeDir,
        schedulerTickMs: 3_600_000,
        ...(message.siteUrl ? { siteUrl: message.siteUrl } : {}),
      });
      server = createWorkspaceServer({ host });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { url: `http://127.0.0.1:${server.address().port}` };
    }
    if (message.op === 'call') {
      if (!CALLS.includes(message.method)) throw new Error(`the second host has no call ${message.method}`);
      const value = await host[message.method](...message.args);
      const [username] = message.args;
      const views = VIEW_CALLS.has(message.method) ? host.openViews(username) : undefined;
      return { value, views };
    }
    if (message.op === 'holdView') {
      // The client holds the view and may send its submit through any instance.
      const open = host.workspace.openViewsOf(host.user(message.username).id);
      open.splice(0, open.length, ...open.filter((v) => v.surface !== message.view.surface), message.view);
      return { views: host.openViews(message.username) };
    }
    if (message.op === 'records') return { value: host.bridges.persistence.records() };
    if (message.op === 'logs') return { value: host.logs() };
    if (message.op === 'stop') {
      server?.closeAllConnections?.();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
      await host?.stop();
      // Issue 14: what this host showed was scanned when it stopped; the test's process reports it.
      return { scanned: secretScan.takeScanResult() };
    }
    throw new Error(`unknown op ${message.op}`);
  };
  process.on('message', async (message) => {
    try {
      const reply = await answer(message);
      process.send({ seq: message.seq, ok: true, ...reply });
      if (message.op === 'stop') process.exit(0);
    } catch (error) {
      process.send({ seq: message.seq, ok: false, error: String(error?.stack ?? error) });
    }
  });
} else {
  module.exports = {
    /**
     * @param {string} storeDir the first host's store folder
     * @param {{siteUrl?: string}} [options] the cluster's Site_Url (the same on every instance)
     */
    async startSecondHost(storeDir, { siteUrl } = {}) {
      const child = fork(__filename, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      let seq = 0;
      const pending = new Map();
      child.on('message', (m) => {
        const p = pending.get(m.seq);
        pending.delete(m.seq);
        if (m.ok) p?.resolve(m);
        else p?.reject(new Error(m.error));
      });
      child.on('exit', () => {
        for (const p of pending.values()) p.reject(new Error('the second host exited'));
        pending.clear();
      });
      const send = (op, extra = {}) =>
        new Promise((resolve, reject) => {
          if (child.exitCode !== null || child.signalCode !== null)
            return reject(new Error('the second host exited'));
          pending.set(++seq, { resolve, reject });
          child.send({ op, seq, ...extra });
        });
      /** @type {Map<string, any[]>} each user's open views as the last call left them */
      const views = new Map();
      const call = async (method, ...args) => {
        const reply = await send('call', { method, args });
        if (reply.views) views.set(args[0], reply.views);
        return reply.value;
      };
      const started = await send('start', { storeDir, siteUrl });
      const proxy = {
        /** This instance's own address (its workspace server). */
        url: started.url,
        /** @param {string} username the open views as this host's last answer left them */
        openViews: (username) => views.get(username) ?? [],
        /** @param {string} username */
        refreshViews: (username) => call('openViews', username),
        /**
         * A view another instance opened, now open on this one (the client sends a submit to any
         * instance of the cluster): `{ viewId, surface, view }` as `openViews` gives it.
         */
        holdView: async (username, view) => {
          views.set(username, (await send('holdView', { username, view })).views);
        },
        /** The app's stored records, as this host reads them from the store. */
        records: async () => (await send('records')).value,
        /** This host's log lines of the app (they live in its memory). */
        logs: async () => (await send('logs')).value,
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const stopped = await send('stop').catch(() => undefined);
          if (stopped?.scanned) secretScan.addScanResult(stopped.scanned);
        },
        kill: () => child.kill('SIGKILL'),
      };
      for (const method of CALLS)
        if (method !== 'openViews') proxy[method] = (...args) => call(method, ...args);
      return proxy;
    },
  };
}
