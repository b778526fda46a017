'use strict';
/** Small helpers for the playground's plain-node HTTP API. */

const MAX_BODY = 1024 * 1024;

/** An error the API answers with its status and message. */
class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
function readRaw(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ApiError(413, 'The body is larger than 1 MB.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<any>} the parsed JSON body ({} when empty) */
async function readJson(req) {
  const raw = (await readRaw(req)).toString('utf8').trim();
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'The body is not JSON.');
  }
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {any} body */
function sendJson(res, status, body) {
  const text = JSON.stringify(body ?? null);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * @param {Record<string, any>} body
 * @param {string[]} names fields that must be non-empty strings
 */
function requireStrings(body, names) {
  for (const name of names) {
    if (typeof body[name] !== 'string' || body[name] === '')
      throw new ApiError(400, `"${name}" is required (a string).`);
  }
}

module.exports = { ApiError, readRaw, readJson, sendJson, requireStrings };
