'use strict';
/**
 * A second workspace host in a process of its own over the same store folder: two instances of
 * one server cluster (the engine's AppManager is one per process). Driven over IPC by the test:
 * `const second = await startSecondHost(storeDir); await second.runJobs(); await second.stop();`
 */
const { fork } = require('node:child_process');
const { secretScan } = require('../../workspace');

if (require.main === module) {
  // The child: a host over the given store, jobs run only when told.
  const { startWorkspace } = require('./workspace');
  let host;
  process.on('message', async (message) => {
    try {
      if (message.op === 'start') {
        host = await startWorkspace({ storeDir: message.storeDir, schedulerTickMs: 3_600_000 });
        process.send({ seq: message.seq, ok: true });
      } else if (message.op === 'runJobs') {
        const ran = await host.runJobs();
        process.send({ seq: message.seq, ok: true, ran });
      } else if (message.op === 'stop') {
        await host?.stop();
        // Issue 14: what this host showed was scanned when it stopped; the test's process reports it.
        const { secretScan } = require('../../workspace');
        process.send({ seq: message.seq, ok: true, scanned: secretScan.takeScanResult() });
        process.exit(0);
      }
    } catch (error) {
      process.send({ seq: message.seq, ok: false, error: String(error?.stack ?? error) });
    }
  });
} else {
  module.exports = {
    /** @param {string} storeDir */
    async startSecondHost(storeDir) {
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
      const call = (op, extra = {}) =>
        new Promise((resolve, reject) => {
          pending.set(++seq, { resolve, reject });
          child.send({ op, seq, ...extra });
        });
      await call('start', { storeDir });
      return {
        runJobs: () => call('runJobs'),
        stop: async () => {
          if (child.exitCode !== null) return;
          const stopped = await call('stop').catch(() => undefined);
          if (stopped?.scanned) secretScan.addScanResult(stopped.scanned);
        },
        kill: () => child.kill('SIGKILL'),
      };
    },
  };
}
