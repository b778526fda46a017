'use strict';
/**
 * The two Rocket.Chat REST calls the app makes to its own workspace: `GET /api/apps/installed`
 * and `GET /api/apps/marketplace`, authenticated with `X-User-Id` / `X-Auth-Token` (a personal
 * access token). Installed = our app as the engine holds it, plus the fixtures in
 * host/other-apps.js.
 */
const { ADMIN_ACCESS, OTHER_INSTALLED, MARKETPLACE } = require('../host/other-apps');
const { sendJson } = require('./http-utils');

const ROUTES = new Set(['/api/apps/installed', '/api/apps/marketplace']);

/** @param {string} pathname */
const isWorkspaceRest = (pathname) => ROUTES.has(pathname.replace(/\/+$/, ''));

/**
 * @param {import('../host').WorkspaceHost} host
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
async function serveWorkspaceRest(host, req, res, url) {
  if (
    req.headers['x-user-id'] !== ADMIN_ACCESS.userId ||
    req.headers['x-auth-token'] !== ADMIN_ACCESS.token
  ) {
    return sendJson(res, 401, { status: 'error', message: 'You must be logged in to do this.' });
  }
  if (url.pathname.startsWith('/api/apps/marketplace')) return sendJson(res, 200, MARKETPLACE);
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
  return sendJson(res, 200, { apps: [...ours, ...OTHER_INSTALLED], success: true });
}

module.exports = { isWorkspaceRest, serveWorkspaceRest };
