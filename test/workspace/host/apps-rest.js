'use strict';
/**
 * The server's apps REST API as an app reaches it over HTTP: `GET /api/apps/installed` and
 * `GET /api/apps/marketplace`, authenticated with a personal access token (`X-User-Id`,
 * `X-Auth-Token`). The host answers from the catalogue and tokens its fixtures give
 * (fixtures/appsCatalogue.js), adding the apps it really runs, and fails on demand.
 */

/**
 * @typedef {{userId: string, token: string}} AccessToken
 * @typedef {{installed: object[], marketplace: object[]}} AppsCatalogue
 * @typedef {{status: number, body: any, hang?: undefined} | {hang: true, status?: undefined, body?: undefined}} AppsRestAnswer
 */

/**
 * How the routes can fail, for the integration tests:
 * - `unauthorized`: 401 on both routes (a wrong or revoked token); `forbidden`: 403.
 * - `timeout`: never answer (hold the request open past the app's time-out: 5 s while a user
 *   waits, 10 s in the refresh job).
 * - `server_error`: 500 on both; `bad_answer`: 200 with an HTML page.
 * - `marketplace_down`: installed answers, the Marketplace route gives 503 (the workspace cannot
 *   reach the Marketplace): the directory shows the apps, with privacy details marked unknown.
 */
const FAILURES = ['unauthorized', 'forbidden', 'timeout', 'server_error', 'bad_answer', 'marketplace_down'];

const ROUTES = new Set(['/api/apps/installed', '/api/apps/marketplace']);

/** @param {string} pathname */
const isAppsRestRoute = (pathname) => ROUTES.has(pathname.replace(/\/+$/, ''));

/**
 * What to answer for one request: `{ status, body }` (body to send as JSON, or a string to send
 * as is) or `{ hang: true }`. `ours` are the apps the host itself runs, in the installed format.
 *
 * @param {{ pathname: string, headers: Record<string, string | string[] | undefined>, failure?: string,
 *   ours?: object[], catalogue?: AppsCatalogue, tokens?: AccessToken[] }} request
 * @returns {AppsRestAnswer}
 */
function appsRestAnswer({
  pathname,
  headers,
  failure,
  ours = [],
  catalogue = { installed: [], marketplace: [] },
  tokens = [],
}) {
  const route = pathname.replace(/\/+$/, '');
  if (!ROUTES.has(route)) return { status: 404, body: { success: false } };
  if (failure === 'timeout') return { hang: true };
  const denied = { status: 401, body: { status: 'error', message: 'You must be logged in to do this.' } };
  if (failure === 'unauthorized') return denied;
  if (failure === 'forbidden') return { status: 403, body: { success: false, error: 'unauthorized' } };
  if (!tokens.some((a) => headers['x-user-id'] === a.userId && headers['x-auth-token'] === a.token))
    return denied;
  if (failure === 'server_error')
    return { status: 500, body: { success: false, error: 'Internal server error' } };
  if (failure === 'bad_answer') return { status: 200, body: '<html><body>Maintenance</body></html>' };
  if (route === '/api/apps/marketplace') {
    if (failure === 'marketplace_down')
      return { status: 503, body: { success: false, error: 'Marketplace_Bad_Marketplace_Connection' } };
    return { status: 200, body: catalogue.marketplace };
  }
  return { status: 200, body: { apps: [...ours, ...catalogue.installed], success: true } };
}

module.exports = { FAILURES, isAppsRestRoute, appsRestAnswer };
