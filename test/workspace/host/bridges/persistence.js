'use strict';
/**
 * The app's stored records (store collection `persistence`), with the server's semantics:
 * reads and removals by association match records holding *all* the given associations;
 * updates by association match the association list exactly, order included; `update(id)`
 * is not implemented on the server either.
 */
const { randomUUID } = require('node:crypto');
const { engineRequire } = require('../runtime-env');

const { PersistenceBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

/** @typedef {{_id: string, appId: string, associations: Array<{model: string, id: string}>, data: any}} StoredRecord */

const key = (a) => `${a.model}:${a.id}`;
const holdsAll = (record, associations) =>
  associations.every((a) => record.associations.some((b) => key(b) === key(a)));
const sameList = (record, associations) =>
  record.associations.length === associations.length &&
  record.associations.every((b, i) => key(b) === key(associations[i]));
const plain = (associations) => (associations ?? []).map((a) => ({ model: a.model, id: a.id }));

class WorkspacePersistenceBridge extends PersistenceBridge {
  /** @param {import('../store').JsonStore} store */
  constructor(store) {
    super();
    this.db = store;
  }

  /** @returns {StoredRecord[]} */
  records() {
    return this.db.read('persistence', () => []);
  }

  /**
   * @template T
   * @param {(records: StoredRecord[]) => T} change
   * @returns {T}
   */
  change(change) {
    return this.db.update('persistence', () => [], change);
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
    this.change((records) =>
      records.push({ _id: id, appId, associations: plain(associations), data: structuredClone(data) }),
    );
    return id;
  }

  async readById(id, appId) {
    return this.records().find((r) => r._id === id && r.appId === appId)?.data;
  }

  async readByAssociations(associations, appId) {
    const wanted = plain(associations);
    return this.records()
      .filter((r) => r.appId === appId && holdsAll(r, wanted))
      .map((r) => structuredClone(r.data));
  }

  async remove(id, appId) {
    return this.change((records) => {
      const index = records.findIndex((r) => r._id === id && r.appId === appId);
      if (index === -1) return undefined;
      return records.splice(index, 1)[0].data;
    });
  }

  async removeByAssociations(associations, appId) {
    const wanted = plain(associations);
    return this.change((records) => {
      const removed = records.filter((r) => r.appId === appId && holdsAll(r, wanted));
      if (removed.length === 0) return undefined;
      const kept = records.filter((r) => !removed.includes(r));
      records.splice(0, records.length, ...kept);
      return removed.map((r) => r.data);
    });
  }

  async update() {
    throw new Error('Not implemented.');
  }

  async updateByAssociations(associations, data, upsert, appId) {
    const wanted = plain(associations);
    return this.change((records) => {
      const matches = records.filter((r) => r.appId === appId && sameList(r, wanted));
      if (matches.length === 0) {
        if (!upsert) return undefined;
        const id = randomUUID();
        records.push({ _id: id, appId, associations: wanted, data: structuredClone(data) });
        return id;
      }
      // MongoDB's update() without multi changes the first match only.
      matches[0].data = structuredClone(data);
      return matches[0]._id;
    });
  }
}

module.exports = { WorkspacePersistenceBridge };
