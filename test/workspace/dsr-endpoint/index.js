'use strict';
/**
 * The reference DSR endpoint: a real HTTP server on 127.0.0.1 that speaks the contract in
 * /work/shared/DSR-CONTRACT.md (see README.md beside this file), keeps requests in memory,
 * records every call it receives, and misbehaves on command.
 *
 *   const endpoint = await startReferenceEndpoint({ token: 't', signingSecret: 's' });
 *   // endpoint.url === 'http://127.0.0.1:<port>/dsr'
 *   await endpoint.setBehaviour({ mode: 'fail', count: 2 });
 *   ...
 *   await endpoint.close();
 */
const http = require('node:http');
const { readBody, sendJson, errorBody } = require('./respond');
const { createStore } = require('./store');
const { BehaviourState, normalizeBehaviour } = require('./behaviour');
const { handleDsrCall } = require('./dsr');
const { handleAdminCall } = require('./admin');
const { AdminError, setStatus } = require('./requests');
const { sendCallback } = require('./callback');
const secretScan = require('../host/secret-scan');

const BASE_PATH = '/dsr';
const ADMIN_PREFIX = `${BASE_PATH}/_admin`;

/**
 * @param {http.Server} server
 * @param {number} port
 * @param {string} host
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (e) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(undefined);
    });
  });
}

/** @param {unknown} v */
const isSecretInput = (v) => v === undefined || v === null || typeof v === 'string';

/**
 * @typedef {object} ReferenceEndpoint
 * @property {string} url the base URL, e.g. http://127.0.0.1:PORT/dsr
 * @property {number} port
 * @property {() => object[]} inbox every call received on the DSR surface, oldest first
 * @property {() => object[]} callbacks every callback sent, with the answer it got
 * @property {() => object[]} requests the stored requests
 * @property {() => object} behaviour the active behaviour
 * @property {(b: object | string) => Promise<object>} setBehaviour see behaviour.js; resolves to the active behaviour
 * @property {(id: string, status: string, extra?: object) => object} setStatus
 * @property {(opts: import('./callback').CallbackOptions) => Promise<object>} sendCallback
 * @property {(c: { token?: string | null, signingSecret?: string | null }) => void} configure
 * @property {() => object} state what is set (never the secrets themselves) and counts
 * @property {() => Promise<void>} reset forget requests, calls, callbacks; behave normally (configuration is kept)
 * @property {() => Promise<void>} close
 * @property {string} [allowSecretEcho] why this endpoint may see a secret in a body (see host/secret-scan.js)
 */

/**
 * @param {{ port?: number, host?: string, token?: string, signingSecret?: string, controllerId?: string }} [options]
 * @returns {Promise<ReferenceEndpoint>}
 */
async function startReferenceEndpoint(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    token = null,
    signingSecret = null,
    controllerId = 'privacy-center-reference',
  } = options;
  const config = { token: token || null, signingSecret: signingSecret || null, controllerId };
  secretScan.rememberSecret(config.token, 'endpoint token');
  secretScan.rememberSecret(config.signingSecret, 'endpoint signing secret');
  const store = createStore();
  const behaviour = new BehaviourState();
  /** Connections held open on purpose (time-out behaviours). */
  const holds = new Set();
  /** Set while the port is closed by `refuse`/`close`; the timer reopens it. */
  /** @type {NodeJS.Timeout | null} */
  let refuseTimer = null;
  let closing = false;

  /** Holds a call without answering; after holdMs the connection is dropped. */
  function hold(entry, res, holdMs, wouldHaveAnswered) {
    entry.answer = { held: true, holdMs, ...(wouldHaveAnswered ? { wouldHaveAnswered } : {}) };
    /** @type {{res: import('node:http').ServerResponse, timer: NodeJS.Timeout | undefined}} */
    const h = { res, timer: undefined };
    const end = (how) => {
      clearTimeout(h.timer);
      holds.delete(h);
      if (!entry.answer.ended) entry.answer.ended = how;
    };
    h.timer = setTimeout(() => {
      end('dropped');
      res.socket?.destroy();
    }, holdMs);
    res.on('close', () => end('closed-by-client'));
    holds.add(h);
  }

  function dropHeld() {
    for (const h of holds) {
      clearTimeout(h.timer);
      h.res.socket?.destroy();
    }
    holds.clear();
  }

  const ctx = { config, store, behaviour, hold };

  const server = http.createServer(async (req, res) => {
    try {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)) {
        return await handleAdminCall(api, req, res, path.slice(ADMIN_PREFIX.length + 1), raw);
      }
      const inBase = path === BASE_PATH || path.startsWith(`${BASE_PATH}/`);
      return await handleDsrCall(ctx, req, res, inBase ? path.slice(BASE_PATH.length) : null, raw);
    } catch (e) {
      if (!res.headersSent && !res.destroyed)
        sendJson(res, 500, errorBody('internal', String(e && e.message)));
    }
  });
  await listen(server, port, host);
  const boundPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

  /** Listens again after a `refuse`/`close`, on the same port. */
  async function reopen() {
    if (refuseTimer === null) return;
    clearTimeout(refuseTimer);
    refuseTimer = null;
    if (behaviour.active.mode === 'refuse') behaviour.set('normal');
    if (!closing) await listen(server, boundPort, host);
  }

  /** Closes the listening socket (new connections are refused) and drops open ones. */
  function refuseFor(ms) {
    server.close();
    server.closeAllConnections();
    dropHeld();
    refuseTimer = setTimeout(() => {
      reopen().catch((e) => store.recordCallback({ note: `could not listen again: ${e.message}` }));
    }, ms);
  }

  /** @type {ReferenceEndpoint} */
  const api = {
    url: `http://${host}:${boundPort}${BASE_PATH}`,
    port: boundPort,
    inbox: store.calls,
    callbacks: store.callbacks,
    requests: store.requests,
    behaviour: () => behaviour.current(),
    async setBehaviour(b) {
      const next = normalizeBehaviour(b);
      await reopen();
      behaviour.set(next);
      if (next.mode === 'refuse' && next.how === 'close') refuseFor(next.ms);
      return behaviour.current();
    },
    setStatus: (id, status, extra) => setStatus(ctx, id, status, extra),
    sendCallback: (opts) => sendCallback(ctx, opts),
    configure(c = {}) {
      if (typeof c !== 'object' || c === null || !isSecretInput(c.token) || !isSecretInput(c.signingSecret)) {
        throw new AdminError(
          400,
          'invalid_admin_call',
          'token and signingSecret must be strings, or null to unset.',
        );
      }
      if (c.token !== undefined) config.token = c.token || null;
      if (c.signingSecret !== undefined) config.signingSecret = c.signingSecret || null;
      secretScan.rememberSecret(config.token, 'endpoint token');
      secretScan.rememberSecret(config.signingSecret, 'endpoint signing secret');
    },
    state: () => ({
      url: api.url,
      listening: server.listening,
      controllerId: config.controllerId,
      tokenSet: config.token !== null,
      signingSecretSet: config.signingSecret !== null,
      behaviour: behaviour.current(),
      counts: {
        requests: store.requests().length,
        calls: store.calls().length,
        callbacks: store.callbacks().length,
      },
    }),
    async reset() {
      await reopen();
      behaviour.set('normal');
      dropHeld();
      secretScan.scanSource(api); // before it forgets what it saw
      store.clear();
    },
    async close() {
      if (closing) return;
      closing = true;
      clearTimeout(refuseTimer ?? undefined);
      refuseTimer = null;
      dropHeld();
      if (!server.listening) return void server.closeAllConnections();
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
    },
  };
  // What the endpoint received (bodies, headers but the token's) and sent: scanned for the
  // file's secrets when the file ends (test/integration/helpers/stopHosts.js).
  secretScan.addLiveSource(
    `reference endpoint :${boundPort}`,
    () => ({
      'call received': store.calls(),
      'callback sent': store.callbacks(),
      'request kept': store.requests(),
    }),
    api,
  );
  return api;
}

module.exports = { startReferenceEndpoint, BASE_PATH };
