'use strict';
/**
 * The workspace's "database": one JSON document per collection in a folder on disk. Every write
 * goes to a temp file and is renamed over the old one (atomic on POSIX), and every read checks
 * the file's stamp first, so a second host process over the same folder sees what this one wrote
 * (as the instances of a cluster share one database).
 */
const fs = require('node:fs');
const path = require('node:path');

const LOCK_WAIT_MS = 5000;
const STALE_MS = 10_000;
const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

class JsonStore {
  /** @param {string} dir folder that holds the collections (created if missing) */
  constructor(dir) {
    this.dir = path.resolve(dir);
    fs.mkdirSync(this.dir, { recursive: true });
    /** @type {Map<string, {stamp: string, value: any}>} */
    this.cache = new Map();
    this.writes = 0;
  }

  /** @param {string} name */
  file(name) {
    return path.join(this.dir, `${name}.json`);
  }

  /**
   * The collection's current value (a fresh copy is never needed: callers mutate and `write`).
   * @template T
   * @param {string} name
   * @param {() => T} fallback value when the collection does not exist yet
   * @returns {T}
   */
  read(name, fallback) {
    const file = this.file(name);
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      const value = fallback();
      this.cache.set(name, { stamp: 'missing', value });
      return value;
    }
    const stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    const cached = this.cache.get(name);
    if (cached && cached.stamp === stamp) return cached.value;
    const value = JSON.parse(fs.readFileSync(file, 'utf8'));
    this.cache.set(name, { stamp, value });
    return value;
  }

  /**
   * Replaces the collection atomically.
   * @param {string} name
   * @param {any} value
   */
  write(name, value) {
    const file = this.file(name);
    const temp = `${file}.${process.pid}.${++this.writes}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(value, null, 1));
    fs.renameSync(temp, file);
    const stat = fs.statSync(file);
    this.cache.set(name, { stamp: `${stat.mtimeMs}:${stat.size}:${stat.ino}`, value });
  }

  /**
   * Read, change, write.
   * @template T
   * @param {string} name
   * @param {() => T} fallback
   * @param {(value: T) => any} change may mutate `value`; its return value is passed through
   */
  update(name, fallback, change) {
    return this.locked(name, () => {
      const value = this.read(name, fallback);
      const result = change(value);
      this.write(name, value);
      return result;
    });
  }

  /**
   * Runs `work` holding the collection's lock (a directory: mkdir is atomic), so two host
   * processes over one store never lose each other's read-change-write. A lock older than
   * STALE_MS is a crashed holder's and is taken over.
   * @template T @param {string} name @param {() => T} work @returns {T}
   */
  locked(name, work) {
    const lock = path.join(this.dir, `${name}.lock`);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        fs.mkdirSync(lock);
        break;
      } catch (error) {
        if (error.code !== 'EEXIST') throw error;
        try {
          if (Date.now() - fs.statSync(lock).mtimeMs > STALE_MS)
            fs.rmSync(lock, { recursive: true, force: true });
        } catch {
          // released meanwhile
        }
        if (Date.now() > deadline)
          throw new Error(`The store's ${name} collection stayed locked for ${LOCK_WAIT_MS} ms (${lock}).`);
        Atomics.wait(SLEEPER, 0, 0, 2);
      }
    }
    try {
      return work();
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }

  /** Binary blobs (app packages) beside the collections. @param {string} name */
  blobPath(name) {
    const file = path.join(this.dir, 'blobs', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return file;
  }

  /** @param {string} name @param {Buffer} data */
  writeBlob(name, data) {
    const file = this.blobPath(name);
    const temp = `${file}.${process.pid}.${++this.writes}.tmp`;
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
    return file;
  }
}

module.exports = { JsonStore };
