'use strict';
/**
 * Shared steps of the data-subject request tests (requests-*.test.js): a workspace with the
 * packaged app wired to the reference DSR endpoint, filing a request through the modal as a user
 * does, running the jobs on demand, and reading what the endpoint, the store and the user hold.
 *
 * Jobs never run by themselves here (the scheduler's tick is an hour): every test says when they
 * run with `host.runJobs()`, the playground's "run jobs now".
 */
const { startWorkspace, fromApp, freshStoreDir } = require('./workspace');
const { startReferenceEndpoint, createWorkspaceServer, WorkspaceHost } = require('../../workspace');
// The app's own catalogue and reference scheme (TypeScript, through ts-jest): the words the
// user should read, in their language, rather than copies of them.
const { translator } = require('../../../src/core/i18n/translator');
const { formatDate, formatDateTime } = require('../../../src/core/i18n/dates');
const { referenceOf } = require('../../../src/core/requests/request');
const { foldRecords } = require('../../../src/core/requests/history');

const NO_TICK = 3_600_000;
const LANGUAGE = { alice: 'en', bruno: 'de', carla: 'pt-BR', admin: 'en' };

/** `t` in a user's language. */
const wordsFor = (username) => translator(LANGUAGE[username]).t;

/**
 * The status a person reads of a request with both tracks: the vendor's part (a `request.status.*`
 * key) and this workspace's part (`with_operator` until the operator moves it), side by side.
 */
const bothTracks = (t, vendor, operator = 'with_operator') =>
  t('request.status.tracks', {
    vendor: t(`request.status.${vendor}`),
    operator: t(`request.status.${operator}`),
  });

/**
 * Starts the reference endpoint and a host with the app pointed at it.
 * @param {{deployment?: string, siteUrl?: string, storeDir?: string, endpoint?: object|false,
 *   settings?: Record<string, any>, secrets?: false, runtimeTimeoutMs?: number}} [options]
 *   `endpoint: false` leaves the endpoint URL empty; `runtimeTimeoutMs`: the engine's budget for a
 *   call into the app (the workspace's 10 s unless given; a server's is 30 s)
 */
/**
 * One host and one reference endpoint for a whole test file: started before its tests, stopped
 * after them; `assign` receives `{ host, endpoint, storeDir }`. With `resetEndpoint`, the endpoint
 * behaves normally again after each test.
 */
function useRequestsWorkspace(options, assign, { resetEndpoint = false } = {}) {
  let started;
  beforeAll(async () => {
    started = await startRequestsWorkspace(options);
    assign(started);
  });
  afterAll(async () => {
    await started?.host.stop();
    await started?.endpoint.close();
  });
  if (resetEndpoint) afterEach(() => started.endpoint.setBehaviour('normal'));
}

/**
 * A deployment gives the endpoint and the app a token and a signing secret, and so does every
 * requests workspace (`secrets: false` runs without): the secret scan every file ends with
 * (helpers/stopHosts.js, issue 14) then has them to look for.
 */
const SECRETS = { token: 'it-dsr-token-R5tY8uI1oPq', signingSecret: 'it-signing-secret-A2sD4fG6hJ' };

async function startRequestsWorkspace(options = {}) {
  // The app's token and signing secret, when the test sets them, are the endpoint's too.
  const { dsr_token: token, dsr_signing_secret: signingSecret } = options.settings ?? {};
  const given = {
    ...(options.secrets === false ? {} : SECRETS),
    ...(token ? { token } : {}),
    ...(signingSecret ? { signingSecret } : {}),
    ...(options.endpoint || {}),
  };
  const endpoint = await startReferenceEndpoint({ port: 0, ...given });
  const storeDir = options.storeDir ?? freshStoreDir();
  const host = await startWorkspace({
    ...(options.host ? { host: options.host } : {}),
    storeDir,
    schedulerTickMs: NO_TICK,
    ...(options.deployment ? { deployment: options.deployment } : {}),
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.runtimeTimeoutMs ? { runtimeTimeoutMs: options.runtimeTimeoutMs } : {}),
  });
  const settings = {
    requests_per_day: 100,
    dpo_email: 'dpo@acme.example',
    // The reference endpoint listens on 127.0.0.1: a development address the app refuses unless
    // this setting allows it (set first, so that the URL's check sees it).
    dsr_allow_local_endpoint: true,
    ...(options.endpoint === false ? {} : { dsr_endpoint_url: endpoint.url }),
    ...(given.token ? { dsr_token: given.token } : {}),
    ...(given.signingSecret ? { dsr_signing_secret: given.signingSecret } : {}),
    ...(options.settings ?? {}),
  };
  for (const [id, value] of Object.entries(settings)) await host.setAppSetting(id, value);
  // The registration check sees the deployment; the wake-up the endpoint setting scheduled runs
  // over an empty outbox.
  await host.runJobs();
  return { host, endpoint, storeDir };
}

/**
 * A workspace the vendor can reach, for status callbacks over real HTTP: Site_Url is the
 * workspace's own server (test/workspace/api/server.js), which hands /api/apps/public/... to the
 * app as the server's router does, and the callback endpoint is open (the engine registers an
 * app's endpoints only when the app starts, so the app is started again with "The endpoint can
 * reach this workspace" on: issue 9.1). Stop it with `stop()`.
 */
async function startReachableWorkspace(signingSecret, options = {}) {
  const host = new WorkspaceHost();
  const server = createWorkspaceServer({ host });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${server.address().port}`;
  const started = await startRequestsWorkspace({
    ...options,
    host,
    siteUrl,
    endpoint: { signingSecret },
    settings: {
      dsr_signing_secret: signingSecret,
      dsr_callbacks_reachable: true,
      ...(options.settings ?? {}),
    },
  });
  await host.restartRuntime();
  const stop = async () => {
    await host.stop();
    await started.endpoint.close();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  };
  return { ...started, siteUrl, stop };
}

/** The open request modal of a user (throws when there is none). */
function requestModalOf(host, username) {
  const view = host.openViews(username).find((v) => v.viewId.startsWith('privacy-request:'));
  if (!view) throw new Error(`${username} has no open request modal.`);
  return view;
}

const idOf = (viewId) => viewId.slice('privacy-request:'.length);

/** `/privacy request`, then the law and type picked in the modal as a user picks them. */
async function openRequest(host, username, { jurisdiction, type } = {}) {
  const opened = await host.runCommand(username, '/privacy request');
  if (!opened.ok) throw new Error(`/privacy request failed: ${opened.error}`);
  let { viewId } = requestModalOf(host, username);
  const pick = async (blockId, actionId, value) => {
    const result = await host.blockAction(username, { viewId, blockId, actionId, value });
    if (!result.ok) throw new Error(`picking ${value} failed: ${result.error ?? JSON.stringify(result)}`);
    viewId = requestModalOf(host, username).viewId;
  };
  if (jurisdiction) await pick('request-jurisdiction', 'request-jurisdiction-select', jurisdiction);
  // The type select is named anew in each build of the modal (as the categories are).
  if (type) {
    const { view } = requestModalOf(host, username);
    const typeBlock = view.blocks.find((b) => b.blockId?.startsWith('request-type'));
    await pick(typeBlock.blockId, typeBlock.accessory.actionId, type);
  }
  const view = requestModalOf(host, username);
  return { viewId: view.viewId, view: view.view, id: idOf(view.viewId), ref: referenceOf(idOf(view.viewId)) };
}

/**
 * The categories field's ids in an open modal: they change each time the modal is rebuilt (law or
 * type picked), as the client keeps a field's value by its ids.
 */
function categoriesIdsOf(view) {
  const block = view?.blocks?.find(
    (b) => b.type === 'input' && b.element?.actionId?.startsWith('request-categories-select'),
  );
  return block
    ? [block.blockId, block.element.actionId]
    : ['request-categories', 'request-categories-select'];
}

/** The modal's submit state, as the client sends it (`view`: the modal as it is open now). */
function modalState({ jurisdiction, type, categories, details = '', confirm = true, vendor = false }, view) {
  const [categoriesBlock, categoriesAction] = categoriesIdsOf(view);
  return {
    ...(jurisdiction ? { 'request-jurisdiction': { 'request-jurisdiction-select': jurisdiction } } : {}),
    ...(type ? { 'request-type': { 'request-type-select': type } } : {}),
    ...(categories ? { [categoriesBlock]: { [categoriesAction]: categories } } : {}),
    'request-details': { 'request-details-input': details },
    'request-confirm': { 'request-confirm-check': confirm ? ['own'] : [] },
    ...(vendor ? { 'request-vendor': { 'request-vendor-check': ['vendor'] } } : {}),
  };
}

/**
 * Opens the modal and submits it. Throws when the submit comes back with field errors, unless
 * `expectErrors` is set.
 * @returns {Promise<{id: string, ref: string, viewId: string, result: any}>}
 */
async function fileRequest(host, username, form = {}, { expectErrors = false } = {}) {
  const jurisdiction = form.jurisdiction ?? 'gdpr';
  const type = form.type ?? 'access';
  const opened = await openRequest(host, username, { jurisdiction, type });
  const result = await host.submitView(
    username,
    opened.viewId,
    modalState(
      {
        jurisdiction,
        type,
        categories: ['account', 'usage', 'app', 'content', 'tracking'],
        ...form,
      },
      opened.view,
    ),
  );
  if (!expectErrors && !result.ok)
    throw new Error(`submit failed: ${JSON.stringify(result.errors ?? result.error)}`);
  return { ...opened, result };
}

/** The app's stored request (the truth inside the app): its record folded with its events. */
function storedRequest(host, id) {
  const records = host.bridges.persistence
    .records()
    .filter((r) => r.appId === host.appId && r.associations.some((a) => a.id === `request:${id}`))
    .map((r) => r.data);
  return foldRecords(records)[0];
}

/** The outbox entries waiting (the app's hints of work to do). */
function outboxEntries(host) {
  return host.bridges.persistence
    .records()
    .filter((r) => r.appId === host.appId && r.associations.some((a) => a.id.startsWith('outbox:')))
    .map((r) => r.data);
}

/**
 * Time passes: every outbox entry waiting on back-off or Retry-After becomes due now. (The app's
 * clock cannot be moved from here; this moves its hints instead, as if the wait had passed.)
 */
function letBackOffPass(host) {
  const past = new Date(Date.now() - 1000).toISOString();
  host.bridges.persistence.change((records) => {
    for (const r of records) {
      if (r.appId === host.appId && r.associations.some((a) => a.id.startsWith('outbox:')))
        r.data.dueAt = past;
    }
  });
}

/** Direct messages from the app to a user, oldest first. */
const dmsTo = (host, username) =>
  fromApp(host, username).filter((m) => m.kind === 'message' && m.roomType === 'd');
/** Notices (ephemeral answers to commands) from the app to a user, oldest first. */
const noticesTo = (host, username) => fromApp(host, username).filter((m) => m.kind === 'ephemeral');
/** The app's messages to a user that mention a reference. */
const aboutRef = (host, username, ref) => dmsTo(host, username).filter((m) => m.text.includes(ref));

/** The direct messages that tell `username` their access request `ref` moved to `status`. */
function toldStatus(host, username, ref, status) {
  const t = wordsFor(username);
  const line = t('request.changed', {
    ref,
    type: t('request.type.access'),
    status: t(`request.status.${status}`),
  });
  return aboutRef(host, username, ref).filter((m) => m.text.includes(line));
}

/** The creates the endpoint received for one id. */
const createsFor = (endpoint, id) =>
  endpoint
    .inbox()
    .filter((c) => c.method === 'POST' && c.path.endsWith('/requests') && c.body?.subject_request_id === id);
/** The requests the endpoint stores under one id (one, when all is well). */
const heldFor = (endpoint, id) => endpoint.requests().filter((r) => r.subject_request_id === id);

/** The receipt's due line as the user reads it, from the catalogue. */
function dueLine(username, request) {
  const t = wordsFor(username);
  if (!request.due) return t('request.noDeadline');
  // Only a due date counted in business days is approximate: CCPA opt-outs. 45 calendar days are exact.
  const approximate =
    request.jurisdiction === 'ccpa' && ['sale_opt_out', 'sensitive_data_limit'].includes(request.type);
  return t(approximate ? 'request.dueAbout' : 'request.due', {
    date: formatDate(request.due, LANGUAGE[username]),
  });
}

module.exports = {
  useRequestsWorkspace,
  LANGUAGE,
  wordsFor,
  bothTracks,
  formatDate,
  formatDateTime,
  referenceOf,
  startRequestsWorkspace,
  startReachableWorkspace,
  requestModalOf,
  openRequest,
  modalState,
  categoriesIdsOf,
  fileRequest,
  storedRequest,
  outboxEntries,
  letBackOffPass,
  dmsTo,
  noticesTo,
  aboutRef,
  toldStatus,
  createsFor,
  heldFor,
  dueLine,
};
