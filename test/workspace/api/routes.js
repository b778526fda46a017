'use strict';
/**
 * The playground's JSON API: one function per route. Documented in test/workspace/README.md.
 * Each handler gets { host, endpoint, body, query } and returns [status, json].
 */
const { ApiError, requireStrings } = require('./http-utils');
const { flattenLogs } = require('./logs');
const { settingLabels } = require('./labels');

/** @typedef {{host: import('../host').WorkspaceHost, endpoint: any, body: any, query: URLSearchParams}} Ctx */

/** @param {Ctx} ctx */
const username = ({ query, body }) => {
  const name = query.get('username') ?? body?.username;
  if (!name) throw new ApiError(400, '"username" is required.');
  return name;
};

/** @param {Ctx} ctx @param {string} name */
const knownUser = (ctx, name) => {
  if (!ctx.host.workspace.userRecordByUsername(name))
    throw new ApiError(404, `No user "${name}" in the workspace.`);
  return name;
};

const endpointOnly = (ctx) => {
  if (!ctx.endpoint?.reference)
    throw new ApiError(
      501,
      ctx.endpoint?.url
        ? 'The DSR endpoint is a real vendor endpoint (DSR_ENDPOINT_URL): it has no inbox here.'
        : 'No DSR endpoint is running.',
    );
  return ctx.endpoint.reference;
};

/** @type {Record<string, (ctx: Ctx) => Promise<[number, any]> | [number, any]>} */
const routes = {
  'GET /api/state': ({ host, endpoint }) => [
    200,
    { ...host.state(), endpointUrl: endpoint?.url ?? null, endpointKind: endpoint?.kind ?? 'none' },
  ],

  'POST /api/command': async (ctx) => {
    requireStrings(ctx.body, ['username', 'text']);
    knownUser(ctx, ctx.body.username);
    const result = await ctx.host.runCommand(ctx.body.username, ctx.body.text, { roomId: ctx.body.roomId });
    return [200, result];
  },

  'GET /api/transcript': (ctx) => [200, ctx.host.transcript(knownUser(ctx, username(ctx)))],

  'GET /api/views': (ctx) => [200, ctx.host.openViews(knownUser(ctx, username(ctx)))],

  'POST /api/views/submit': async (ctx) => {
    requireStrings(ctx.body, ['username', 'viewId']);
    knownUser(ctx, ctx.body.username);
    const result = await ctx.host
      .submitView(ctx.body.username, ctx.body.viewId, ctx.body.state ?? {})
      .catch(notFound);
    return [200, result];
  },

  'POST /api/views/close': async (ctx) => {
    requireStrings(ctx.body, ['username', 'viewId']);
    knownUser(ctx, ctx.body.username);
    return [200, await ctx.host.closeView(ctx.body.username, ctx.body.viewId).catch(notFound)];
  },

  'POST /api/actions': async (ctx) => {
    requireStrings(ctx.body, ['username', 'actionId']);
    knownUser(ctx, ctx.body.username);
    const { username: name, ...action } = ctx.body;
    return [200, await ctx.host.blockAction(name, action).catch(notFound)];
  },

  'POST /api/settings': async ({ host, body }) => {
    requireStrings(body, ['id']);
    if (!('value' in body)) throw new ApiError(400, '"value" is required.');
    const saved = await host.saveAppSetting(body.id, body.value).catch((e) => {
      throw new ApiError(/no setting/i.test(e.message) ? 404 : 500, e.message);
    });
    return [200, { ok: true, ...saved }];
  },

  'GET /api/i18n': ({ query }) => [200, settingLabels(query.get('language'))],

  'POST /api/deployment': async ({ host, body }) => {
    requireStrings(body, ['mode']);
    let switched;
    try {
      switched = host.setDeployment(body.mode);
    } catch (e) {
      throw new ApiError(400, e.message);
    }
    // The app's registration check runs at once: what it says next is about this deployment.
    return [200, { ok: true, ...switched, checked: await host.checkRegistrationNow() }];
  },

  'GET /api/server-settings': ({ host }) => [
    200,
    {
      settings: host.workspace.serverSettings().map(({ id, type, value, packageValue }) => ({
        id,
        type,
        value: value ?? packageValue,
        packageValue,
        changed: value !== null && value !== undefined,
      })),
      asked: host.serverSettingsAsked(),
    },
  ],

  'POST /api/server-settings': async ({ host, body }) => {
    const values = body?.values;
    if (!values || typeof values !== 'object' || Array.isArray(values))
      throw new ApiError(400, '"values" must be an object of setting ids and values.');
    try {
      host.workspace.setServerSettings(values);
    } catch (e) {
      throw new ApiError(400, e.message);
    }
    // The app reads the settings again at once: its next answer is about them.
    return [200, { ok: true, ...(await host.changeServerSettings({})) }];
  },

  'POST /api/apps-api/failure': ({ host, body }) => {
    try {
      return [200, { ok: true, ...host.setAppsApiFailure(body?.mode) }];
    } catch (e) {
      throw new ApiError(400, e.message);
    }
  },

  'GET /api/jobs': ({ host }) => [
    200,
    { jobs: host.jobs(), history: host.bridges.scheduler.history.slice(-50) },
  ],

  'POST /api/jobs/run': async ({ host, body }) => {
    if (body?.due) return [200, { ok: true, ran: await host.runDueJobs() }];
    if (body?.waiting === false) return [200, { ok: true, ran: await host.runJobs() }];
    return [200, { ok: true, ...(await host.runJobsNow()) }];
  },

  'POST /api/runtime/restart': async ({ host }) => [200, { ok: true, ...(await host.restartRuntime()) }],

  'GET /api/logs': ({ host, query }) => [200, flattenLogs(host.logs(), Number(query.get('limit')) || 500)],

  'GET /api/emails': ({ host }) => [200, host.emails()],

  'GET /api/endpoint/inbox': (ctx) => [200, endpointOnly(ctx).inbox()],

  'POST /api/endpoint/behaviour': async (ctx) => {
    const reference = endpointOnly(ctx);
    try {
      return [200, { ok: true, behaviour: await reference.setBehaviour(ctx.body) }];
    } catch (e) {
      throw new ApiError(400, e.message);
    }
  },
};

/** A missing view or user is the caller's mistake (404), not the server's. */
function notFound(error) {
  if (/has no open view|No user/.test(error.message)) throw new ApiError(404, error.message);
  throw error;
}

module.exports = { routes };
