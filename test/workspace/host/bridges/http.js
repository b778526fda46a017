'use strict';
/**
 * Outgoing HTTP, for real, with node's http/https: query params, JSON data, timeout; the answer
 * has lower-case header names and the body as text (and parsed JSON in `data` when it is JSON),
 * as the server's bridge gives it.
 */
const http = require('node:http');
const https = require('node:https');
const { engineRequire } = require('../runtime-env');

const { HttpBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceHttpBridge extends HttpBridge {
  constructor() {
    super();
    /**
     * Every call made, newest last: { method, url, statusCode | error, ms }, and what was sent and
     * answered (headers and bodies, for the secret scan: see secret-scan.js).
     */
    this.calls = [];
    /** @type {((calls: any[]) => void) | undefined} told of the calls that roll off (the host's secret scan) */
    this.onDrop = undefined;
  }

  /**
   * @param {{method: string, url: string, request?: {params?: Record<string, any>, headers?: Record<string, string>,
   *   content?: string, data?: any, timeout?: number}}} call
   */
  async call({ method, url, request = {} }) {
    const target = new URL(url);
    for (const [name, value] of Object.entries(request.params ?? {}))
      target.searchParams.append(name, String(value));
    const headers = { ...(request.headers ?? {}) };
    let body = request.content;
    if (body === undefined && request.data !== undefined) {
      body = JSON.stringify(request.data);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        headers['Content-Type'] = 'application/json';
    }
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    const started = Date.now();
    const record = { method, url: target.toString(), ts: new Date().toISOString() };
    Object.defineProperty(record, 'sent', { value: { headers, body }, enumerable: false });
    this.calls.push(record);
    if (this.calls.length > 500) this.onDrop?.([this.calls.shift()]);
    try {
      const response = await send(target, method, headers, body, request.timeout);
      Object.assign(record, { statusCode: response.statusCode, ms: Date.now() - started });
      Object.defineProperty(record, 'answered', {
        value: { headers: response.headers, content: response.content },
        enumerable: false,
      });
      return response;
    } catch (error) {
      Object.assign(record, { error: error.message, ms: Date.now() - started });
      throw error;
    }
  }
}

/** @returns {Promise<{url: string, method: string, statusCode: number, headers: Record<string,string>, content: string, data?: any}>} */
function send(target, method, headers, body, timeout) {
  return new Promise((resolve, reject) => {
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(target, { method: method.toUpperCase(), headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const content = Buffer.concat(chunks).toString('utf8');
        /** @type {Record<string, string>} */
        const lower = {};
        for (const [name, value] of Object.entries(res.headers))
          lower[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
        /** @type {{url: string, method: string, statusCode: number, headers: Record<string,string>, content: string, data?: any}} */
        const answer = {
          url: target.toString(),
          method,
          statusCode: res.statusCode ?? 0,
          headers: lower,
          content,
        };
        if (/json/i.test(lower['content-type'] ?? '') && content) {
          try {
            answer.data = JSON.parse(content);
          } catch {
            // not JSON after all: the app gets the text only
          }
        }
        resolve(answer);
      });
    });
    if (timeout) {
      req.setTimeout(timeout, () => req.destroy(new Error(`timeout of ${timeout}ms exceeded`)));
    }
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

module.exports = { WorkspaceHttpBridge };
