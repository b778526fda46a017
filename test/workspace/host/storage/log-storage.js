'use strict';
/** The apps' log entries (what Administration > Apps > Logs shows), kept in memory, newest last. */
const { engineRequire } = require('../runtime-env');

const { AppLogStorage } = engineRequire('@rocket.chat/apps-engine/server/storage');

const MAX_ENTRIES = 2000;

class WorkspaceLogStorage extends AppLogStorage {
  constructor() {
    super('memory');
    /** @type {any[]} */
    this.entries = [];
    /** @type {((entries: any[]) => void) | undefined} told of the entries that roll off (the host's secret scan) */
    this.onDrop = undefined;
  }

  async storeEntries(entry) {
    this.entries.push({ ...entry, _createdAt: entry._createdAt ?? new Date() });
    if (this.entries.length > MAX_ENTRIES)
      this.onDrop?.(this.entries.splice(0, this.entries.length - MAX_ENTRIES));
    return entry;
  }

  async getEntriesFor(appId) {
    return this.entries.filter((e) => e.appId === appId);
  }

  async findPaginated(query = {}, { offset = 0, count = 50 } = {}) {
    const matches = this.entries.filter((e) => !query.appId || e.appId === query.appId);
    return { logs: matches.slice(offset, offset + count), total: matches.length };
  }

  async removeEntriesFor(appId) {
    this.entries = this.entries.filter((e) => e.appId !== appId);
  }
}

module.exports = { WorkspaceLogStorage };
