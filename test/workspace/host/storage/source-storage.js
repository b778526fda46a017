'use strict';
/** The installed apps' packages (zip files) in the store's `blobs/` folder. */
const fs = require('node:fs');
const { engineRequire } = require('../runtime-env');

const { AppSourceStorage } = engineRequire('@rocket.chat/apps-engine/server/storage');

class WorkspaceSourceStorage extends AppSourceStorage {
  /** @param {import('../store').JsonStore} store */
  constructor(store) {
    super();
    this.db = store;
  }

  async store(item, zip) {
    return this.storeZip(item, zip);
  }

  storeZip(item, zip) {
    return this.db.writeBlob(`${item.id}.zip`, zip);
  }

  async fetch(item) {
    return fs.readFileSync(this.db.blobPath(`${item.id}.zip`));
  }

  async update(item, zip) {
    return this.storeZip(item, zip);
  }

  async remove(item) {
    fs.rmSync(this.db.blobPath(`${item.id}.zip`), { force: true });
  }
}

module.exports = { WorkspaceSourceStorage };
