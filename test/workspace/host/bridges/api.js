'use strict';
/** The apps' REST endpoints (/api/apps/public/<appId>/<path>), served by the host's HTTP server. */
const { engineRequire } = require('../runtime-env');

const { ApiBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceApiBridge extends ApiBridge {
  constructor() {
    super();
    /** @type {Map<string, any[]>} appId -> AppApi[] */
    this.apis = new Map();
  }

  async registerApi(api, appId) {
    const list = this.apis.get(appId) ?? [];
    this.apis.set(appId, [...list.filter((a) => a.computedPath !== api.computedPath), api]);
  }

  async unregisterApis(appId) {
    this.apis.delete(appId);
  }

  /**
   * Finds the endpoint a URL path addresses; `:name` segments become params.
   * @param {string} urlPath e.g. /api/apps/public/<appId>/dsr/callback
   * @returns {{appId: string, path: string, params: Record<string,string>, api: any} | undefined}
   */
  match(urlPath) {
    const parts = urlPath.split('/').filter(Boolean).map(decodeURIComponent);
    for (const [appId, list] of this.apis) {
      for (const api of list) {
        const pattern = api.computedPath.split('/').filter(Boolean);
        if (pattern.length !== parts.length) continue;
        /** @type {Record<string, string>} */
        const params = {};
        const ok = pattern.every((segment, i) => {
          if (segment.startsWith(':')) {
            params[segment.slice(1)] = parts[i];
            return true;
          }
          return segment === parts[i];
        });
        if (ok) return { appId, path: api.endpoint.path, params, api };
      }
    }
    return undefined;
  }
}

module.exports = { WorkspaceApiBridge };
