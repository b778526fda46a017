'use strict';
/**
 * The app's stored records, with the server's semantics: reads and removals by association match
 * records holding *all* the given associations; updates by association match the association list
 * exactly, order included; `update(id)` is not implemented on the server either.
 *
 * Realistic at scale, as the server's MongoDB (an index on `associations`) is: a read by
 * association costs what it finds, not what is stored, and a write costs about one record, not the
 * whole collection. The records are spread over SHARDS store collections (`persistence-<n>`, by
 * record id), so a write rewrites one small file; each shard has an in-memory index from
 * association to records, rebuilt when its file changes (another host process over the same store
 * wrote it) and kept current by this bridge's own writes. Reads come back in the order written
 * (`seq`). `recordsRead` counts the records handed to apps (what the scale tests bound).
 */
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const { engineRequire } = require('../runtime-env');

const { PersistenceBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

/** @typedef {{_id: string, appId: string, associations: Array<{model: string, id: string}>, data: any, seq?: number}} StoredRecord */

const SHARDS = 32;
/** The one lock every write of the app records takes (an upsert stays atomic across processes). */
const LOCK = 'persistence';

const key = (a) => `${a.model}:${a.id}`;
const holdsAll = (record, associations) =>
  associations.every((a) => record.associations.some((b) => key(b) === key(a)));
const sameList = (record, associations) =>
  record.associations.length === associations.length &&
  record.associations.every((b, i) => key(b) === key(associations[i]));
const plain = (associations) => (associations ?? []).map((a) => ({ model: a.model, id: a.id }));
const inOrder = (a, b) => (a.seq ?? 0) - (b.seq ?? 0);

/** @param {string} id */
function shardOf(id) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `persistence-${hash % SHARDS}`;
}

let lastSeq = 0;
/** Increasing within a process, and across processes as far as their clocks agree. */
const nextSeq = () => (lastSeq = Math.max(Date.now() * 1000, lastSeq + 1));

class WorkspacePersistenceBridge extends PersistenceBridge {
  /** @param {import('../store').JsonStore} store */
  constructor(store) {
    super();
    this.db = store;
    /** @type {Map<string, {source: StoredRecord[], byKey: Map<string, Set<StoredRecord>>}>} */
    this.indexes = new Map();
    /** How many records reads handed to apps so far. */
    this.recordsRead = 0;
    this.migrate();
  }

  /** A store written before the shards (one `persistence` collection) is split into them once. */
  migrate() {
    if (!fs.existsSync(this.db.file('persistence'))) return;
    this.db.locked(LOCK, () => {
      const file = this.db.file('persistence');
      if (!fs.existsSync(file)) return;
      const records = JSON.parse(fs.readFileSync(file, 'utf8'));
      this.spread(records.map((r, i) => ({ seq: i + 1, ...r })));
      fs.rmSync(file);
    });
  }

  /** @returns {string[]} */
  shardNames() {
    return Array.from({ length: SHARDS }, (_, n) => `persistence-${n}`);
  }

  /** @param {string} name @returns {StoredRecord[]} */
  shard(name) {
    return this.db.read(name, () => []);
  }

  /** Every stored record (of every app), in the order written: a copy of the list. */
  records() {
    return this.shardNames()
      .flatMap((name) => this.shard(name))
      .sort(inOrder);
  }

  /**
   * Any change to the records (tests and the host plant or alter records with it): `change` gets
   * every record in one list, and what it leaves there is stored. Costs the whole collection.
   * @template T
   * @param {(records: StoredRecord[]) => T} change
   * @returns {T}
   */
  change(change) {
    return this.db.locked(LOCK, () => {
      const records = this.records();
      const result = change(records);
      for (const r of records) if (r.seq === undefined) r.seq = nextSeq();
      this.spread(records);
      return result;
    });
  }

  /** Writes `records` as the whole collection. @param {StoredRecord[]} records */
  spread(records) {
    /** @type {Map<string, StoredRecord[]>} */
    const shards = new Map(this.shardNames().map((name) => [name, []]));
    for (const r of records) shards.get(shardOf(r._id))?.push(r);
    for (const [name, list] of shards) this.db.write(name, list);
  }

  /** The shard's association index, rebuilt when the shard changed on disk. @param {string} name */
  indexOf(name) {
    const source = this.shard(name);
    const known = this.indexes.get(name);
    if (known?.source === source) return known.byKey;
    /** @type {Map<string, Set<StoredRecord>>} */
    const byKey = new Map();
    for (const record of source) add(byKey, record);
    this.indexes.set(name, { source, byKey });
    return byKey;
  }

  /**
   * The app's records holding all of `wanted`, in the order written: looked up in each shard
   * through the rarest association (an empty list matches every record, as on the server).
   * @param {Array<{model: string, id: string}>} wanted @param {string} appId
   */
  matching(wanted, appId) {
    if (wanted.length === 0) return this.records().filter((r) => r.appId === appId);
    const found = [];
    for (const name of this.shardNames()) {
      const byKey = this.indexOf(name);
      let rarest;
      for (const a of wanted) {
        const set = byKey.get(key(a));
        if (!set) {
          rarest = undefined;
          break;
        }
        if (!rarest || set.size < rarest.size) rarest = set;
      }
      if (rarest) for (const r of rarest) if (r.appId === appId && holdsAll(r, wanted)) found.push(r);
    }
    return found.sort(inOrder);
  }

  /**
   * Changes one shard under the lock; the index follows.
   * @template T @param {string} name @param {(records: StoredRecord[], byKey: Map<string, Set<StoredRecord>>) => T} change
   */
  changeShard(name, change) {
    const byKey = this.indexOf(name);
    const records = this.shard(name);
    const result = change(records, byKey);
    this.db.write(name, records);
    return result;
  }

  /** @param {StoredRecord} record */
  insert(record) {
    this.changeShard(shardOf(record._id), (records, byKey) => {
      records.push(record);
      add(byKey, record);
    });
  }

  /** @param {StoredRecord} record */
  delete(record) {
    this.changeShard(shardOf(record._id), (records, byKey) => {
      const at = records.findIndex((r) => r._id === record._id);
      if (at === -1) return;
      const [gone] = records.splice(at, 1);
      for (const a of gone.associations) byKey.get(key(a))?.delete(gone);
    });
  }

  async purge(appId) {
    this.change((records) => {
      const kept = records.filter((r) => r.appId !== appId);
      records.splice(0, records.length, ...kept);
    });
  }

  async create(data, appId) {
    return this.createWithAssociations(data, [], appId);
  }

  async createWithAssociations(data, associations, appId) {
    const id = randomUUID();
    const record = { _id: id, appId, associations: plain(associations), data: structuredClone(data) };
    this.db.locked(LOCK, () => this.insert({ ...record, seq: nextSeq() }));
    return id;
  }

  async readById(id, appId) {
    const found = this.shard(shardOf(id)).find((r) => r._id === id && r.appId === appId)?.data;
    if (found !== undefined) this.recordsRead += 1;
    return found;
  }

  async readByAssociations(associations, appId) {
    const found = this.matching(plain(associations), appId);
    this.recordsRead += found.length;
    return found.map((r) => structuredClone(r.data));
  }

  async remove(id, appId) {
    return this.db.locked(LOCK, () => {
      const record = this.shard(shardOf(id)).find((r) => r._id === id && r.appId === appId);
      if (!record) return undefined;
      this.delete(record);
      return record.data;
    });
  }

  async removeByAssociations(associations, appId) {
    const wanted = plain(associations);
    return this.db.locked(LOCK, () => {
      const removed = this.matching(wanted, appId);
      if (removed.length === 0) return undefined;
      for (const record of removed) this.delete(record);
      return removed.map((r) => r.data);
    });
  }

  async update() {
    throw new Error('Not implemented.');
  }

  async updateByAssociations(associations, data, upsert, appId) {
    const wanted = plain(associations);
    return this.db.locked(LOCK, () => {
      const match = this.matching(wanted, appId).find((r) => sameList(r, wanted));
      if (!match) {
        if (!upsert) return undefined;
        const id = randomUUID();
        this.insert({ _id: id, appId, associations: wanted, data: structuredClone(data), seq: nextSeq() });
        return id;
      }
      // MongoDB's update() without multi changes the first match only.
      this.changeShard(shardOf(match._id), () => {
        match.data = structuredClone(data);
      });
      return match._id;
    });
  }

  /**
   * Writes many records at once: how tools and tests seed a large store fast. Each is stored as
   * the app would store it: `{associations, data}` under `appId`.
   * @param {Array<{associations: Array<{model: string, id: string}>, data: any}>} seeded
   * @param {string} appId
   */
  seed(seeded, appId) {
    this.db.locked(LOCK, () => {
      /** @type {Map<string, StoredRecord[]>} */
      const added = new Map();
      for (const r of seeded) {
        const record = {
          _id: randomUUID(),
          appId,
          associations: plain(r.associations),
          data: r.data,
          seq: nextSeq(),
        };
        const name = shardOf(record._id);
        const list = added.get(name) ?? [];
        list.push(record);
        added.set(name, list);
      }
      for (const [name, records] of added)
        this.changeShard(name, (list, byKey) => {
          for (const record of records) {
            list.push(record);
            add(byKey, record);
          }
        });
    });
  }
}

/** @param {Map<string, Set<StoredRecord>>} byKey @param {StoredRecord} record */
function add(byKey, record) {
  for (const a of record.associations) {
    const k = key(a);
    const set = byKey.get(k) ?? new Set();
    set.add(record);
    byKey.set(k, set);
  }
}

module.exports = { WorkspacePersistenceBridge, PERSISTENCE_SHARDS: SHARDS };
