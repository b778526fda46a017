'use strict';
/**
 * The two Rocket.Chat REST calls the app makes to its own workspace: `GET /api/apps/installed`
 * and `GET /api/apps/marketplace`, authenticated with `X-User-Id` / `X-Auth-Token` (a personal
 * access token). Answered by host/apps-rest.js from the host's fixtures (this app's:
 * fixtures/appsCatalogue.js), with the apps the engine runs listed first, and failing as
 * `host.setAppsApiFailure(mode)` says.
 */
const { appsRestAnswer, isAppsRestRoute } = require('../host/apps-rest');
const { sendJson } = require('./http-utils');

/** @param {string} pathname */
const isWorkspaceRest = (pathname) => isAppsRestRoute(pathname);

/**
 * The apps the host runs, in the format of `/api/apps/installed`.
 * @param {import('../host').WorkspaceHost} host
 */
async function ourApps(host) {
  const ours = [];
  for (const app of await host.manager.get()) {
    const info = app.getInfo();
    const item = app.getStorageItem();
    ours.push({
      id: info.id,
      name: info.name,
      nameSlug: info.nameSlug,
      version: info.version,
      description: info.description,
      author: info.author,
      permissions: info.permissions,
      status: await app.getStatus(),
      private: item.installationSource === 'private',
    });
  }
  return ours;
}

/**
 * @param {import('../host').WorkspaceHost} host
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
async function serveWorkspaceRest(host, req, res, url) {
  const answer = appsRestAnswer({
    pathname: url.pathname,
    headers: req.headers,
    failure: host.appsApiFailure,
    ours: url.pathname.startsWith('/api/apps/installed') ? await ourApps(host) : [],
    catalogue: host.fixtures.appsCatalogue,
    tokens: host.fixtures.accessTokens,
  });
  // A time-out: the request is held open until the caller gives up (or the server closes).
  // The host counts it from here, so a test knows the server is holding it, not only that the
  // app sent it.
  if (answer.hang) {
    host.appsApiHeld += 1;
    return;
  }
  if (typeof answer.body === 'string') {
    res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(answer.body);
  }
  return sendJson(res, answer.status, answer.body);
}

module.exports = { isWorkspaceRest, serveWorkspaceRest };
