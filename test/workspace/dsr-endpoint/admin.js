'use strict';
/**
 * The admin surface under `{base}/_admin/`, for the playground page and shell scripts. It is
 * not part of the contract, is never affected by behaviours, needs no token, and is not
 * recorded in the inbox. It never shows the token or the signing secret, only whether they
 * are set. CORS is open so a page on another local port can drive it.
 */
const { sendJson, errorBody, parseJson } = require('./respond');
const { BehaviourError } = require('./behaviour');
const { AdminError } = require('./requests');

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

/**
 * @param {object} api the endpoint's programmatic API (see index.js)
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} action the path after `/_admin/`
 * @param {string | null} raw
 */
async function handleAdminCall(api, req, res, action, raw) {
  const reply = (status, body) => sendJson(res, status, body, CORS);
  if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
  const key = `${req.method} ${action.replace(/\/$/, '')}`;
  let input = {};
  if (req.method === 'POST' && raw) {
    const parsed = parseJson(raw);
    if (!parsed.ok) return reply(400, errorBody('invalid_json', 'The body is not valid JSON.'));
    input = parsed.value ?? {};
  }
  try {
    switch (key) {
      case 'GET inbox':
        return reply(200, { calls: api.inbox(), callbacks: api.callbacks() });
      case 'GET requests':
        return reply(200, { requests: api.requests() });
      case 'GET behaviour':
        return reply(200, { behaviour: api.behaviour() });
      case 'GET state':
        return reply(200, api.state());
      case 'POST behaviour':
        return reply(200, { behaviour: await api.setBehaviour(input) });
      case 'POST status': {
        const { id, status, ...extra } = input;
        return reply(200, { request: api.setStatus(id, status, extra) });
      }
      case 'POST callback':
        return reply(200, await api.sendCallback(input));
      case 'POST configure':
        api.configure(input);
        return reply(200, api.state());
      case 'POST reset':
        await api.reset();
        return reply(200, api.state());
      default:
        return reply(404, errorBody('not_found', `No admin call ${key}.`));
    }
  } catch (e) {
    if (e instanceof AdminError) return reply(e.status, errorBody(e.code, e.message));
    if (e instanceof BehaviourError) return reply(400, errorBody('invalid_behaviour', e.message));
    throw e;
  }
}

module.exports = { handleAdminCall };
