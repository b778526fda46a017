'use strict';
/**
 * Jobs that really run: kept in the store (collection `scheduler`) so they survive a restart,
 * checked every `tickMs`, run one at a time (the server's queue is cluster-wide and serial),
 * and runnable on demand (`runDue()`, `runAll()`). A failed one-time job is not run again;
 * a recurring job is scheduled again after each run.
 */
const { randomUUID } = require('node:crypto');
const { engineRequire } = require('../runtime-env');

const { SchedulerBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

const UNITS = {
  ms: 1,
  millisecond: 1,
  second: 1e3,
  sec: 1e3,
  minute: 6e4,
  min: 6e4,
  hour: 36e5,
  day: 864e5,
  week: 6048e5,
};

/**
 * Agenda-style intervals: a number of ms, or "10 seconds", "1 minute", "2.5 hours".
 * @param {string|number} interval
 */
function intervalMs(interval) {
  if (typeof interval === 'number') return interval;
  const match = /^\s*(?:every\s+)?(\d+(?:\.\d+)?)\s*([a-z]+?)s?\s*$/i.exec(String(interval));
  if (!match || !UNITS[match[2].toLowerCase()]) {
    throw new Error(
      `The local workspace understands intervals like "30 seconds" or "5 minutes", not "${interval}".`,
    );
  }
  return Number(match[1]) * UNITS[match[2].toLowerCase()];
}

/** @param {Date|string|number} when */
function whenMs(when) {
  if (when instanceof Date) return when.getTime();
  if (typeof when === 'number') return when;
  const relative = /^\s*in\s+(.+)$/i.exec(String(when));
  if (relative) return Date.now() + intervalMs(relative[1]);
  if (/^\s*now\s*$/i.test(String(when))) return Date.now();
  const at = Date.parse(String(when));
  if (Number.isNaN(at)) throw new Error(`Cannot tell when "${when}" is.`);
  return at;
}

/**
 * @typedef {{jobId: string, name: string, appId: string, type: 'once'|'recurring', nextRunAt: number,
 *   every?: number, interval?: string, data?: any, lastRunAt?: number}} StoredJob
 * @typedef {{jobId: string, name: string, ok: boolean, error?: string, skipped?: string, ms: number, ts: string}} JobRun
 */

class WorkspaceSchedulerBridge extends SchedulerBridge {
  /** @param {import('../store').JsonStore} store @param {{tickMs?: number}} [options] */
  constructor(store, { tickMs = 250 } = {}) {
    super();
    this.db = store;
    /** @type {Map<string, {processor: Function, appId: string}>} processor id -> function */
    this.processors = new Map();
    /** @type {Promise<unknown>} the run in progress (runs queue behind it) */
    this.running = Promise.resolve();
    /** While the host boots or installs, due jobs wait (the app may not have registered them yet). */
    this.paused = true;
    this.timer = setInterval(() => void this.runDue().catch(() => {}), tickMs);
    this.timer.unref();
    /** @type {JobRun[]} Runs so far, newest last. */
    this.history = [];
    /** @type {Array<{seq: number, name: string, data?: any}>} One-time jobs scheduled so far, newest last (the last 100). */
    this.scheduledOnce = [];
    this.scheduledSeq = 0;
  }

  stop() {
    clearInterval(this.timer);
  }

  /** @returns {StoredJob[]} the scheduled jobs as stored */
  jobs() {
    return this.db.read('scheduler', () => []);
  }

  /** @param {(jobs: any[]) => any} change */
  change(change) {
    return this.db.update('scheduler', () => [], change);
  }

  async registerProcessors(processors, appId) {
    const started = [];
    for (const { id, processor, startupSetting } of processors) {
      this.processors.set(id, { processor, appId });
      if (!startupSetting) continue;
      if (startupSetting.type === 'recurring') {
        started.push(
          await this.scheduleRecurring(
            {
              id,
              interval: startupSetting.interval,
              skipImmediate: startupSetting.skipImmediate,
              data: startupSetting.data,
            },
            appId,
          ),
        );
      } else if (!this.jobs().some((j) => j.name === id && j.appId === appId)) {
        started.push(
          await this.scheduleOnce({ id, when: startupSetting.when, data: startupSetting.data }, appId),
        );
      }
    }
    return started.length ? started : undefined;
  }

  async scheduleOnce({ id, when, data }, appId) {
    const jobId = randomUUID();
    const nextRunAt = whenMs(when ?? new Date());
    this.change((jobs) => jobs.push({ jobId, name: id, appId, type: 'once', nextRunAt, data: data ?? {} }));
    this.scheduledOnce.push({ seq: ++this.scheduledSeq, name: id, data: structuredClone(data ?? {}) });
    if (this.scheduledOnce.length > 100) this.scheduledOnce.shift();
    return jobId;
  }

  async scheduleRecurring({ id, interval, skipImmediate, data }, appId) {
    const every = intervalMs(interval);
    return this.change((jobs) => {
      // Like Agenda's every(): one recurring job per name.
      const existing = jobs.find((j) => j.name === id && j.appId === appId && j.type === 'recurring');
      const job = existing ?? { jobId: randomUUID(), name: id, appId, type: 'recurring' };
      Object.assign(job, {
        interval,
        every,
        data: data ?? {},
        nextRunAt: Date.now() + (skipImmediate ? every : 0),
      });
      if (!existing) jobs.push(job);
      return job.jobId;
    });
  }

  async cancelJob(jobId, appId) {
    this.change((jobs) => {
      const kept = jobs.filter((j) => !(j.appId === appId && (j.name === jobId || j.jobId === jobId)));
      jobs.splice(0, jobs.length, ...kept);
    });
  }

  async cancelAllJobs(appId) {
    this.change((jobs) => {
      const kept = jobs.filter((j) => j.appId !== appId);
      jobs.splice(0, jobs.length, ...kept);
    });
  }

  /** Runs every job whose time has come, one at a time. */
  runDue() {
    if (this.paused) return Promise.resolve([]);
    return this.enqueue(() => this.jobs().filter((j) => j.nextRunAt <= Date.now()));
  }

  /** Runs every scheduled job now, whatever its time ("run now" in the playground). */
  runAll() {
    return this.enqueue(() => this.jobs().slice());
  }

  /** Runs the scheduled jobs whose name passes `test` now, whatever their time. */
  runNamed(test) {
    return this.enqueue(() => this.jobs().filter((j) => test(j.name)));
  }

  /** @param {() => any[]} pick */
  enqueue(pick) {
    const run = this.running.then(async () => {
      const ran = [];
      for (const job of pick()) {
        const entry = this.processors.get(job.name);
        if (!entry) continue; // the app has not registered this processor (yet)
        ran.push(await this.runOne(job, entry));
      }
      return ran;
    });
    this.running = run.catch(() => {});
    return run;
  }

  async runOne(job, entry) {
    // Take the job first (as a queue's lock does), so neither another tick nor another host
    // process over the same store runs it twice.
    const taken = this.change((jobs) => {
      const stored = jobs.find((j) => j.jobId === job.jobId);
      if (!stored || stored.nextRunAt !== job.nextRunAt) return false;
      if (stored.type === 'once') jobs.splice(jobs.indexOf(stored), 1);
      else stored.nextRunAt = Date.now() + stored.every;
      stored.lastRunAt = Date.now();
      return true;
    });
    if (!taken)
      return {
        jobId: job.jobId,
        name: job.name,
        ok: true,
        skipped: 'taken by another run',
        ms: 0,
        ts: new Date().toISOString(),
      };
    const started = Date.now();
    /** @type {JobRun} */
    const result = { jobId: job.jobId, name: job.name, ok: true, ms: 0, ts: new Date().toISOString() };
    try {
      await entry.processor({ ...job.data, jobId: job.jobId });
    } catch (error) {
      Object.assign(result, { ok: false, error: error?.message ?? String(error) });
    }
    result.ms = Date.now() - started;
    this.history.push(result);
    if (this.history.length > 500) this.history.shift();
    return result;
  }
}

module.exports = { WorkspaceSchedulerBridge, intervalMs, whenMs };
