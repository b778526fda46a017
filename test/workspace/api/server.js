'use strict';
/**
 * The local workspace's HTTP server: the playground JSON API (/api/...), the app's own REST
 * endpoints (/api/apps/public/<appId>/...), and the playground page (static files) at /.
 */
const http = require('node:http');
const path = require('node:path');
const { ApiError, readJson, sendJson } = require('./http-utils');
const { routes } = require('./routes');
const { serveStatic } = require('./static');
const { isWorkspaceRest, serveWorkspaceRest } = require('./workspace-rest');

const DEFAULT_STATIC_DIR = path.resolve(__dirname, '..', 'playground', 'dist');

/**
 * @param {{host: import('../host').WorkspaceHost, endpoint?: {url: string, kind: string, reference?: any}, staticDir?: string}} options
 * @returns {http.Server}
 */
function createWorkspaceServer({ host, endpoint, staticDir = DEFAULT_STATIC_DIR }) {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (isWorkspaceRest(url.pathname) && host.manager) return await serveWorkspaceRest(host, req, res, url);
      if (url.pathname.startsWith('/api/apps/') && host.manager)
        return await appEndpoint(host, req, res, url);
      if (!url.pathname.startsWith('/api/')) return serveStatic(staticDir, req, res);
      if (!host.manager)
        throw new ApiError(503, 'The workspace is starting (or restarting); try again in a moment.');
      const route = routes[`${req.method} ${url.pathname.replace(/\/+$/, '')}`];
      if (!route) throw new ApiError(404, `No route ${req.method} ${url.pathname}.`);
      const body = req.method === 'GET' ? {} : await readJson(req);
      const [status, json] = await route({ host, endpoint, body, query: url.searchParams });
      sendJson(res, status, json);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 500;
      if (status === 500) console.error(`[workspace] ${req.method} ${url.pathname} failed:`, error);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: error.message ?? String(error) });
    }
  });
}

/** Hands the request to the app as the server's router does: parsed JSON, lower-case headers. */
async function appEndpoint(host, req, res, url) {
  const raw = req.method === 'GET' || req.method === 'HEAD' ? {} : await readJson(req);
  const answer = await host.callEndpoint({
    method: req.method,
    path: url.pathname,
    headers: /** @type {Record<string,string>} */ (req.headers),
    query: Object.fromEntries(url.searchParams),
    content: raw,
  });
  const headers = Object.fromEntries(
    Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
  let body = answer.content;
  if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
    body = JSON.stringify(body);
    headers['content-type'] = headers['content-type'] ?? 'application/json';
  }
  res.writeHead(answer.status ?? 200, headers);
  res.end(body);
}

module.exports = { createWorkspaceServer, DEFAULT_STATIC_DIR };
