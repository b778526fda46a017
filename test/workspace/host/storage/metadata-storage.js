'use strict';
/** The installed apps' records (status, settings, info), kept in the store's `apps` collection. */
const { randomUUID } = require('node:crypto');
const { engineRequire } = require('../runtime-env');

const { AppMetadataStorage } = engineRequire('@rocket.chat/apps-engine/server/storage');

/** Dates survive the JSON round trip as Date objects, as they do in MongoDB. */
const revive = (item) => {
  if (!item) return item;
  for (const key of ['createdAt', 'updatedAt'])
    if (typeof item[key] === 'string') item[key] = new Date(item[key]);
  return item;
};

class WorkspaceMetadataStorage extends AppMetadataStorage {
  /** @param {import('../store').JsonStore} store */
  constructor(store) {
    super('json-file');
    this.store = store;
  }

  all() {
    return this.store.read('apps', () => ({}));
  }

  /** @param {(apps: Record<string, any>) => any} change */
  change(change) {
    return this.store.update('apps', () => ({}), change);
  }

  async create(item) {
    return this.change((apps) => {
      if (Object.values(apps).some((a) => a.id === item.id || a.info?.nameSlug === item.info?.nameSlug)) {
        throw new Error('App already exists.');
      }
      const now = new Date();
      const stored = { ...item, _id: item._id ?? randomUUID(), createdAt: now, updatedAt: now };
      apps[stored.id] = stored;
      Object.assign(item, { _id: stored._id, createdAt: now, updatedAt: now });
      return item;
    });
  }

  async retrieveOne(id) {
    const item = this.all()[id];
    return item ? revive(structuredClone(item)) : null;
  }

  async retrieveAll() {
    return new Map(Object.values(this.all()).map((item) => [item.id, revive(structuredClone(item))]));
  }

  async retrieveAllPrivate() {
    return new Map(
      Object.values(this.all())
        .filter((item) => item.installationSource === 'private')
        .map((item) => [item.id, revive(structuredClone(item))]),
    );
  }

  async remove(id) {
    this.change((apps) => {
      delete apps[id];
    });
    return { deletedCount: 1 };
  }

  /** @param {(item: any) => void} mutate */
  patch(_id, mutate) {
    return this.change((apps) => {
      const item = Object.values(apps).find((a) => a._id === _id || a.id === _id);
      if (!item) return false;
      mutate(item);
      item.updatedAt = new Date();
      return true;
    });
  }

  /** @param {{_id: string} & Record<string, any>} item @param {{unsetPermissionsGranted?: boolean}} [options] */
  async updatePartialAndReturnDocument({ _id, ...updates }, { unsetPermissionsGranted } = {}) {
    let result = null;
    this.patch(_id, (item) => {
      Object.assign(item, updates);
      if (unsetPermissionsGranted) delete item.permissionsGranted;
      result = item;
    });
    return revive(structuredClone(result));
  }

  async updateStatus(_id, status) {
    return this.patch(_id, (item) => {
      item.status = status;
    });
  }

  async updateSetting(_id, setting) {
    return this.patch(_id, (item) => {
      item.settings = { ...item.settings, [setting.id]: setting };
    });
  }

  async updateAppInfo(_id, info) {
    return this.patch(_id, (item) => {
      item.info = info;
    });
  }

  async updateMarketplaceInfo(_id, marketplaceInfo) {
    return this.patch(_id, (item) => {
      item.marketplaceInfo = marketplaceInfo;
    });
  }
}

module.exports = { WorkspaceMetadataStorage };
