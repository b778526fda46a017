'use strict';
/** Serves the playground page's built files; a short note when it has not been built. */
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

const MISSING = `<!doctype html><meta charset="utf-8"><title>Privacy Center workspace</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Privacy Center: local workspace</h1>
<p>The playground page is not built (test/workspace/playground/dist/ is missing). Run <code>npm install</code>
at the project's root to build it. The JSON API works without it: try <a href="/api/state">/api/state</a>
(documented in test/workspace/README.md).</p></body>`;

/**
 * @param {string} root folder of the built page
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function serveStatic(root, req, res) {
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    res.writeHead(urlPath === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(MISSING);
    return;
  }
  let file = path.resolve(root, `.${urlPath}`);
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end();
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) {
    // A page address that is not a file: the page itself (client-side routes).
    if (path.extname(urlPath)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    file = path.join(root, 'index.html');
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}

module.exports = { serveStatic };
