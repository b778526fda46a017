'use strict';
/**
 * The local workspace host: the real Apps-Engine 1.62.0 AppManager and its Deno runtime, our
 * bridges, and a store on disk. One host per process at a time (the AppManager is a singleton).
 * Generic: who the workspace holds, the apps catalogue and tokens its REST API knows, and the
 * shortcuts that know an app's jobs and records come from the fixtures it is given (this app's:
 * test/workspace/fixtures, wired by test/workspace/index.js).
 *
 *   const host = new WorkspaceHost(fixtures);
 *   await host.start({ storeDir, zipPath, deployment: 'registered' });
 *   await host.runCommand('alice', '/privacy policy');
 *   host.openViews('alice'); host.transcript('alice');
 *   await host.stop();
 */
const { createHash, randomUUID } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { checkRuntime, engineRequire } = require('./runtime-env');
const { JsonStore } = require('./store');
const { Workspace } = require('./workspace');
const { WorkspaceBridges } = require('./bridges');
const { applyInteraction } = require('./bridges/ui-interaction');
const { WorkspaceMetadataStorage } = require('./storage/metadata-storage');

/** Hosts started and not stopped yet: `stopEveryHost()` ends them (a runtime left running keeps a test process alive). */
const RUNNING = new Set();

/** Stops every host still running (each test file's last step, see test/integration/helpers/stopHosts.js). */
async function stopEveryHost() {
  for (const host of [...RUNNING]) await host.stop().catch(() => undefined);
}
const { WorkspaceSourceStorage } = require('./storage/source-storage');
const { WorkspaceLogStorage } = require('./storage/log-storage');
const { parseCommandLine } = require('./command-line');
const { FAILURES: APPS_API_FAILURES } = require('./apps-rest');
const secretScan = require('./secret-scan');

/** The app's HTTP calls with what was sent and answered (kept out of `calls`' own fields). */
const httpSeen = (calls) => calls.map((c) => ({ ...c, sent: c.sent, answered: c.answered }));

/** Numbers the hosts of a test file, for the secret scan's report. */
let hostCount = 0;

/**
 * What the host knows of the app it runs, for its shortcuts; each is optional.
 * @typedef {object} AppHooks
 * @property {string} [registrationCheckJob] the processor id (before `_<appId>`) of the app's
 *   registration check, which `checkRegistrationNow()` runs
 * @property {string} [serverSettingsJob] the processor id (before `_<appId>`) of the app's job that
 *   reads server settings, which `changeServerSettings()` runs after a change
 * @property {(scheduled: Array<{seq: number, name: string, data?: any}>, settingId: string) => string | undefined} [refusalReason]
 *   why the app refused a setting's value, from the one-time jobs it scheduled while saving it
 * @property {(records: Array<{appId: string, associations: Array<{id: string}>, data: any}>, now: number) => {due: number, broughtForward: number}} [bringWaitingForward]
 *   brings the app's deliveries waiting in back-off forward (changes its records in place)
 */

/**
 * What a workspace holds besides the server itself.
 * @typedef {object} WorkspaceFixtures
 * @property {import('./seed').UserSeed[]} users the seeded users (all in `#general`)
 * @property {string} installAs the username of the admin who installs the app
 * @property {import('./apps-rest').AccessToken[]} [accessTokens] personal access tokens the REST API knows
 * @property {import('./apps-rest').AppsCatalogue} [appsCatalogue] other installed apps and the Marketplace
 * @property {AppHooks} [app] the shortcuts that know the app's jobs and records
 */

const { AppManager } = engineRequire('@rocket.chat/apps-engine/server/AppManager');
const { AppInterface } = engineRequire('@rocket.chat/apps-engine/definition/metadata');
const { SlashCommandContext } = engineRequire('@rocket.chat/apps-engine/definition/slashcommands');
const { AppStatus, AppStatusUtils } = engineRequire('@rocket.chat/apps-engine/definition/AppStatus');

/**
 * The round trips an app makes to the server: every `accessor:` and `bridges:` message its Deno
 * runtime sends reaches the host through `AppsEngineDenoRuntime.prototype.handleIncomingMessage`,
 * (its class `DenoRuntimeSubprocessController`), which is hooked once per process; each recorder in `ROUND_TRIP_RECORDERS` counts them.
 * @type {Set<{total: number, byMethod: Record<string, number>}>}
 */
const ROUND_TRIP_RECORDERS = new Set();
function hookRoundTrips() {
  const { DenoRuntimeSubprocessController } = engineRequire(
    '@rocket.chat/apps-engine/server/runtime/deno/AppsEngineDenoRuntime',
  );
  const proto = DenoRuntimeSubprocessController.prototype;
  if (proto.handleIncomingMessage.roundTripCounter) return;
  const original = proto.handleIncomingMessage;
  /** @this {any} @param {any} message */
  const counted = function (message) {
    const method = message?.payload?.method;
    if (typeof method === 'string' && (method.startsWith('accessor:') || method.startsWith('bridges:'))) {
      for (const recorder of ROUND_TRIP_RECORDERS) {
        recorder.total += 1;
        recorder.byMethod[method] = (recorder.byMethod[method] ?? 0) + 1;
      }
    }
    return original.call(this, message);
  };
  counted.roundTripCounter = true;
  proto.handleIncomingMessage = counted;
}
hookRoundTrips();

class WorkspaceHost {
  /** @param {WorkspaceFixtures} fixtures */
  constructor(fixtures) {
    if (!fixtures?.users || !fixtures.installAs)
      throw new Error(
        "A WorkspaceHost needs fixtures (users, installAs): require('test/workspace') makes one with this app's.",
      );
    /** @type {Required<WorkspaceFixtures>} */
    this.fixtures = {
      accessTokens: [],
      appsCatalogue: { installed: [], marketplace: [] },
      app: {},
      ...fixtures,
    };
    /** @type {any} the engine's AppManager while the host runs */
    this.manager = undefined;
    // Set by start(): a host is used once started, as a server is. (The cast is JavaScript's
    // spelling of TypeScript's definite assignment, `store!: JsonStore`.)
    const setByStart = /** @type {any} */ (undefined);
    /** @type {{storeDir: string, zipPath?: string, siteUrl?: string, deployment?: import('./workspace').DeploymentMode,
     *   language?: string, runtimeTimeoutMs?: number, schedulerTickMs?: number}} */
    this.options = setByStart;
    /** @type {JsonStore} */
    this.store = setByStart;
    /** @type {Workspace} */
    this.workspace = setByStart;
    /** @type {WorkspaceBridges} set by boot(), again on each restart */
    this.bridges = setByStart;
    /** @type {WorkspaceLogStorage | undefined} */
    this.logStorage = undefined;
    /** @type {string | undefined} */
    this.tempDir = undefined;
    /** @type {string | undefined} the id of the app started from `zipPath` */
    this.appId = undefined;
    /** @type {{bootMs?: number, installMs?: number, restartMs?: number}} */
    this.timings = {};
    /** @type {string | undefined} How the workspace's `/api/apps/installed` and `/api/apps/marketplace` fail; undefined: they answer. */
    this.appsApiFailure = undefined;
    /** How many `/api/apps/*` requests the workspace server has held open (`timeout`) so far. */
    this.appsApiHeld = 0;
    /** Every secret value this host was given (the app's password settings), see secret-scan.js. */
    this.secrets = new Set();
    /**
     * Why this host may show a secret (a test that types one where a person could); unset, a
     * secret in anything the host showed fails the test file. A reason, not `true`.
     * @type {string | undefined}
     */
    this.allowSecretEcho = undefined;
    /** What the app answered to commands, interactions and REST calls, for the secret scan. */
    this.answers = [];
    this.label = `workspace host ${++hostCount}`;
    /** Set once stop() scanned what the host showed. */
    this.secretsScanned = false;
  }

  /**
   * Starts the workspace over `storeDir` (a new folder is a fresh workspace; an existing one is a
   * restart) and installs, updates or just loads the app in `zipPath`.
   * @param {WorkspaceHost['options']} options
   */
  async start(options) {
    if (this.manager) throw new Error('This host is already started.');
    RUNNING.add(this);
    this.secretsScanned = false;
    const { denoBinary, denoDir } = checkRuntime();
    const denoBin = path.dirname(denoBinary);
    if (!(process.env.PATH ?? '').split(path.delimiter).includes(denoBin)) {
      process.env.PATH = [denoBin, process.env.PATH].filter(Boolean).join(path.delimiter);
    }
    process.env.DENO_DIR = denoDir;
    if (options.runtimeTimeoutMs) process.env.APPS_ENGINE_RUNTIME_TIMEOUT = String(options.runtimeTimeoutMs);
    // Under NODE_ENV=test (jest sets it) the engine skips every permission check; a server
    // enforces them, and so must the workspace.
    if (process.env.NODE_ENV === 'test') process.env.NODE_ENV = 'production';
    this.options = options;
    this.store = new JsonStore(options.storeDir);
    this.workspace = new Workspace(this.store, { ...options, users: this.fixtures.users });
    this.tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apps-engine-workspace-'));
    try {
      await this.boot();
      if (options.zipPath) await this.install(fs.readFileSync(options.zipPath));
    } catch (error) {
      // Leave no Deno process or timer behind: a failed start must not hang the caller.
      await this.stop().catch(() => {});
      throw error;
    }
    this.bridges.scheduler.paused = false;
    return this;
  }

  /** A new AppManager over the same store: what a server start does. */
  async boot() {
    const started = Date.now();
    AppManager.Instance = undefined;
    if (!this.logStorage) {
      this.logStorage = new WorkspaceLogStorage();
      this.logStorage.onDrop = (entries) => this.scanForSecrets({ 'log record (rolled off)': entries });
    }
    this.bridges = new WorkspaceBridges(this.workspace, this.store, {
      schedulerTickMs: this.options.schedulerTickMs,
    });
    this.bridges.http.onDrop = (calls) =>
      this.scanForSecrets({ 'outgoing HTTP call (rolled off)': httpSeen(calls) });
    this.manager = new AppManager({
      metadataStorage: new WorkspaceMetadataStorage(this.store),
      logStorage: this.logStorage,
      bridges: this.bridges,
      sourceStorage: new WorkspaceSourceStorage(this.store),
      tempFilePath: this.tempDir,
    });
    await this.manager.load();
    await this.manager.enableAll();
    this.timings.bootMs = Date.now() - started;
  }

  /** @param {Buffer} zip */
  async install(zip) {
    const started = Date.now();
    const parsed = await this.manager.getParser().unpackageApp(zip);
    const appId = parsed.info.id;
    const digest = createHash('sha256').update('granted-as-declared\0').update(zip).digest('hex');
    // The admin accepts the permissions the app declares (the install dialog); none declared
    // means the engine's default set.
    const permissionsGranted = parsed.info.permissions;
    const installed = this.store.read('installed', () => ({}));
    const admin = this.user(this.fixtures.installAs);
    let fulfillment;
    if (!this.manager.getOneById(appId)) {
      fulfillment = await this.manager.add(zip, { enable: true, user: admin, permissionsGranted });
    } else if (installed[appId] !== digest) {
      fulfillment = await this.manager.update(zip, permissionsGranted, { loadApp: true, user: admin });
    }
    if (fulfillment) {
      const problem =
        fulfillment.getStorageError() ||
        (fulfillment.getAppUserError() && JSON.stringify(fulfillment.getAppUserError()));
      if (problem) throw new Error(`Installing ${parsed.info.name} failed: ${problem}`);
      this.store.write('installed', { ...installed, [appId]: digest });
      this.timings.installMs = Date.now() - started;
    }
    this.appId = appId;
    const status = await this.appStatus();
    if (!AppStatusUtils.isEnabled(status)) {
      const logs = this.logs()
        .flatMap((l) => l.entries ?? [])
        .filter((e) => e.severity === 'error')
        .map((e) => JSON.stringify(e.args))
        .slice(-3);
      throw new Error(
        `${parsed.info.name} is not enabled after start (status "${status}").${logs.length ? ` Last errors: ${logs.join('; ')}` : ''}`,
      );
    }
  }

  /** @returns {Promise<string>} the app's status, e.g. 'auto_enabled' */
  async appStatus() {
    const app = this.appId && this.manager?.getOneById(this.appId);
    return app ? app.getStatus() : 'not_installed';
  }

  /** @param {string} username */
  user(username) {
    const user = this.workspace.toIUser(this.workspace.userRecordByUsername(username));
    if (!user) throw new Error(`No user "${username}" in the workspace.`);
    return user;
  }

  /** @param {string} [roomId] */
  room(roomId = 'GENERAL') {
    const room = this.workspace.toIRoom(this.workspace.roomRecordById(roomId));
    if (!room) throw new Error(`No room "${roomId}" in the workspace.`);
    return room;
  }

  /**
   * Runs a slash command as a user types it in a room's composer.
   * @param {string} username
   * @param {string} text e.g. "/privacy policy"
   * @param {{roomId?: string, threadId?: string}} [options]
   * @returns {Promise<{ok: boolean, error?: string, triggerId?: string, ms?: number}>}
   */
  async runCommand(username, text, { roomId, threadId } = {}) {
    const parsed = parseCommandLine(text);
    if (!parsed) return { ok: false, error: 'A command starts with "/".' };
    const sender = this.user(username);
    const room = this.room(roomId);
    if (!room.userIds.includes(sender.id))
      return { ok: false, error: `${username} is not in room ${room.id}.` };
    const registered = this.bridges.commands.commands.get(parsed.command);
    if (!registered || !registered.enabled)
      return { ok: false, error: `No such command: /${parsed.command}` };
    const triggerId = randomUUID();
    const started = Date.now();
    try {
      await this.manager
        .getCommandManager()
        .executeCommand(
          parsed.command,
          new SlashCommandContext(sender, room, parsed.args, threadId, triggerId),
        );
      return this.answered('command', { ok: true, triggerId, ms: Date.now() - started });
    } catch (error) {
      return this.answered('command', {
        ok: false,
        error: error?.message ?? String(error),
        triggerId,
        ms: Date.now() - started,
      });
    }
  }

  /** Keeps what the app answered (for the secret scan) and returns it. @template T @param {string} kind @param {T} answer @returns {T} */
  answered(kind, answer) {
    this.answers.push({ kind, answer });
    if (this.answers.length > 500) this.scanForSecrets({ answer: this.answers.splice(0, 250) });
    return answer;
  }

  /** @param {string} username the user's open views, newest last */
  openViews(username) {
    return this.workspace.openViewsOf(this.user(username).id).map((v) => ({
      viewId: v.viewId,
      surface: v.surface,
      view: v.view,
      ...(v.errors ? { errors: v.errors } : {}),
    }));
  }

  /** @param {string} username @param {string} viewId */
  findView(username, viewId) {
    const view = this.workspace.openViewsOf(this.user(username).id).find((v) => v.viewId === viewId);
    if (!view) throw new Error(`${username} has no open view "${viewId}".`);
    return view;
  }

  /**
   * Submits an open view with the given state ({ [blockId]: { [actionId]: value } }), through the
   * listener path the server uses. Field errors keep the view open, as in the client.
   * @returns {Promise<{ok: boolean, errors?: Record<string,string>, response?: any, error?: string}>}
   */
  async submitView(username, viewId, state = {}) {
    const user = this.user(username);
    const open = this.findView(username, viewId);
    const view = { ...open.view, state };
    const response = await this.interact(user, {
      type: 'viewSubmit',
      actionId: view.submit?.actionId ?? '',
      payload: { view },
    }).catch((error) => ({ failed: error }));
    if (response?.failed) return { ok: false, error: response.failed.message ?? String(response.failed) };
    if (response && response.type === 'errors') {
      applyInteraction(this.workspace, user.id, { ...response, viewId: response.viewId ?? viewId });
      return { ok: false, errors: response.errors, response };
    }
    if (response && typeof response.type === 'string' && response.type !== 'errors') {
      applyInteraction(this.workspace, user.id, { appId: this.appId, ...response });
    } else if (response?.success !== false && open.surface === 'modal') {
      // A successful submit closes the modal in the client.
      applyInteraction(this.workspace, user.id, { type: 'modal.close', viewId });
    }
    return { ok: response?.success !== false, response };
  }

  /** Closes an open view (the user's ×), telling the app as the server does. */
  async closeView(username, viewId) {
    const user = this.user(username);
    const open = this.findView(username, viewId);
    applyInteraction(this.workspace, user.id, {
      type: open.surface === 'modal' ? 'modal.close' : 'contextual_bar.close',
      viewId,
    });
    const response = await this.interact(user, {
      type: 'viewClosed',
      payload: { view: open.view, isCleared: false },
    }).catch((error) => ({ failed: error }));
    if (response?.failed) return { ok: false, error: response.failed.message ?? String(response.failed) };
    return { ok: true, response };
  }

  /**
   * A block action: in a view (viewId) or in a message (messageId, roomId).
   * @param {string} username
   * @param {{viewId?: string, blockId: string, actionId: string, value?: any, messageId?: string, roomId?: string, container?: any}} action
   */
  async blockAction(username, { viewId, blockId, actionId, value, messageId, roomId, container }) {
    const user = this.user(username);
    let view;
    if (viewId) view = this.findView(username, viewId);
    const message = messageId
      ? this.workspace.toIMessage(this.workspace.messageRecordById(messageId))
      : undefined;
    const roomOf = roomId ?? message?.room?.id;
    const room = roomOf ? this.room(roomOf) : undefined;
    const payload = { blockId, value };
    const interaction = {
      type: 'blockAction',
      actionId,
      payload,
      container:
        container ??
        (view ? { type: 'view', id: viewId } : messageId ? { type: 'message', id: messageId } : undefined),
      ...(message ? { message } : {}),
      ...(room ? { room } : {}),
    };
    if (view) payload.view = view.view;
    const response = await this.interact(user, interaction).catch((error) => ({ failed: error }));
    if (response?.failed) return { ok: false, error: response.failed.message ?? String(response.failed) };
    if (response && typeof response.type === 'string')
      applyInteraction(this.workspace, user.id, {
        appId: this.appId,
        ...response,
        viewId: response.viewId ?? viewId,
      });
    return {
      ok: response?.success !== false,
      ...(response?.type === 'errors' ? { errors: response.errors } : {}),
      response,
    };
  }

  /**
   * A user logs in: the server's IPostUserLoggedIn event, handed to the apps that listen for it.
   * @param {string} username
   */
  async login(username) {
    await this.manager
      .getListenerManager()
      .executeListener(AppInterface.IPostUserLoggedIn, this.user(username));
    return { ok: true };
  }

  /**
   * An admin deletes a user: the server removes them, then hands the apps that listen for it the
   * IPostUserDeleted event with the user as they were and who deleted them.
   * @param {string} username
   * @param {string} [by] the admin (the installing admin by default)
   */
  async deleteUser(username, by = this.fixtures.installAs) {
    const user = this.user(username);
    const performedBy = this.user(by);
    this.workspace.change((data) => {
      data.users = data.users.filter((u) => u.username !== username);
    });
    await this.manager
      .getListenerManager()
      .executeListener(AppInterface.IPostUserDeleted, { user, performedBy });
    return { ok: true };
  }

  /** The action buttons the app registered (user menu, room menu, ...), as the client lists them. */
  async actionButtons() {
    return this.manager.getUIActionButtonManager().getAllActionButtons();
  }

  /**
   * A click on one of the app's action buttons (the user menu, a room's menu), as the server
   * hands it over: the button's context, and the room for a room action.
   * @param {string} username
   * @param {{actionId: string, roomId?: string}} click
   * @returns {Promise<{ok: boolean, error?: string, response?: any}>}
   */
  async actionButton(username, { actionId, roomId }) {
    const user = this.user(username);
    const button = (await this.actionButtons()).find((b) => b.actionId === actionId);
    if (!button) return { ok: false, error: `The app has no action button "${actionId}".` };
    const room = roomId ? this.room(roomId) : undefined;
    const response = await this.interact(user, {
      type: 'actionButton',
      actionId,
      payload: { context: button.context },
      ...(room ? { room } : {}),
    }).catch((error) => ({ failed: error }));
    if (response?.failed) return { ok: false, error: response.failed.message ?? String(response.failed) };
    return { ok: response?.success !== false, response };
  }

  /** @param {any} user @param {Record<string, any>} data */
  async interact(user, data) {
    const triggerId = randomUUID();
    const response = await this.manager
      .getListenerManager()
      .executeListener(AppInterface.IUIKitInteractionHandler, {
        appId: this.appId,
        triggerId,
        user,
        ...data,
      });
    return this.answered(data.type, response);
  }

  /** @param {string} username what the user sees in their rooms and notices, oldest first */
  transcript(username) {
    return this.workspace.transcript(username);
  }

  /** The app's settings as the admin sees them. */
  appSettings() {
    const app = this.manager.getOneById(this.appId);
    return Object.values(app?.getStorageItem().settings ?? {}).map((s) => ({
      id: s.id,
      type: s.type,
      value: s.value,
      packageValue: s.packageValue,
      ...(s.values ? { values: s.values } : {}),
      required: !!s.required,
      public: !!s.public,
      i18nLabel: s.i18nLabel,
      ...(s.i18nDescription ? { i18nDescription: s.i18nDescription } : {}),
    }));
  }

  /**
   * Saves an app setting as an admin does: the app's onPreSettingUpdate, the store, then its
   * onSettingUpdated.
   */
  async setAppSetting(id, value) {
    const app = this.manager.getOneById(this.appId);
    const current = app?.getStorageItem().settings?.[id];
    if (!current) throw new Error(`The app has no setting "${id}".`);
    if (current.type === 'password') this.rememberSecret(value, `setting ${id}`);
    await this.manager.getSettingsManager().updateAppSetting(this.appId, { ...current, value });
    const saved = this.appSettings().find((s) => s.id === id);
    if (!saved) throw new Error(`The app has no setting "${id}" after saving it.`);
    return saved;
  }

  /**
   * Saves a setting as setAppSetting does and says whether the app refused the value: then
   * `refused` holds the value asked for, the value in force and the app's reason (the problem
   * code of the admin notice the app scheduled, e.g. `not_email`), when it gave one.
   * @returns {Promise<{setting: any, refused?: {value: any, inForce: any, problem?: string}}>}
   */
  async saveAppSetting(id, value) {
    const scheduler = this.bridges.scheduler;
    const mark = scheduler.scheduledSeq;
    const setting = await this.setAppSetting(id, value);
    const inForce = setting.value ?? setting.packageValue;
    if (JSON.stringify(inForce) === JSON.stringify(value)) return { setting };
    const since = scheduler.scheduledOnce.filter((j) => j.seq > mark);
    const problem = this.fixtures.app.refusalReason?.(since, id);
    return { setting, refused: { value, inForce, ...(problem ? { problem } : {}) } };
  }

  /** @param {import('./workspace').DeploymentMode} mode */
  setDeployment(mode) {
    this.workspace.setDeployment(mode);
    return { deployment: this.workspace.deployment, siteUrl: this.workspace.siteUrl };
  }

  /**
   * Switches the deployment and runs the app's registration check at once, so that what the
   * app says next is about the new deployment (a server's admin would wait for the daily check).
   * @param {import('./workspace').DeploymentMode} mode
   */
  async switchDeployment(mode) {
    const switched = this.setDeployment(mode);
    return { ...switched, checked: await this.checkRegistrationNow() };
  }

  /** Runs the app's registration check job now (its run results; none when the app has none). */
  checkRegistrationNow() {
    const job = this.fixtures.app.registrationCheckJob;
    if (!job) return Promise.resolve([]);
    return this.bridges.scheduler.runNamed((name) => name.startsWith(`${job}_`));
  }

  /**
   * Changes Rocket.Chat's server settings (`null`: back to the default), as an admin would, and runs
   * the app's job that reads them (the hook `serverSettingsJob`), so the app's next answer is
   * about the new settings. Returns the settings changed from the defaults and that job's runs.
   * @param {Record<string, any>} values
   */
  async changeServerSettings(values) {
    const changed = this.workspace.setServerSettings(values);
    const job = this.fixtures.app.serverSettingsJob;
    const ran = job ? await this.bridges.scheduler.runNamed((name) => name.startsWith(`${job}_`)) : [];
    return { changed, ran };
  }

  /** Every server setting id an app asked for since the host started, once each, in order. */
  serverSettingsAsked() {
    return [...new Set(this.bridges.serverSettings.asked.map((a) => a.id))];
  }

  /**
   * Makes the workspace's `/api/apps/*` routes fail (see host/apps-rest.js): `unauthorized`,
   * `forbidden`, `timeout`, `server_error`, `bad_answer`, `marketplace_down`; undefined (or null)
   * makes them answer again.
   * @param {string | undefined | null} mode
   */
  setAppsApiFailure(mode) {
    if (mode !== undefined && mode !== null && !APPS_API_FAILURES.includes(mode))
      throw new Error(`unknown apps API failure "${mode}" (one of ${APPS_API_FAILURES.join(', ')})`);
    this.appsApiFailure = mode ?? undefined;
    return { failure: this.appsApiFailure ?? null };
  }

  /** Runs every scheduled job now ("run now"). */
  runJobs() {
    return this.bridges.scheduler.runAll();
  }

  /**
   * "Run scheduled jobs now" as a person means it: the deliveries waiting in back-off (a queued
   * request whose next attempt is later) are brought forward, then every job runs. Says how many
   * outbox entries were due already and how many were brought forward.
   * @returns {Promise<{ran: any[], outbox: {due: number, broughtForward: number}}>}
   */
  async runJobsNow() {
    const outbox = this.bringWaitingDeliveriesForward();
    return { ran: await this.runJobs(), outbox };
  }

  /**
   * Brings the app's deliveries waiting in back-off forward to now, as the app's hook says
   * (fixtures/app.js for this app). The host owns the store; the app's code is not involved.
   * @returns {{due: number, broughtForward: number}}
   */
  bringWaitingDeliveriesForward(now = Date.now()) {
    const bring = this.fixtures.app.bringWaitingForward;
    if (!bring) return { due: 0, broughtForward: 0 };
    return this.bridges.persistence.change((records) =>
      bring(
        records.filter((r) => r.appId === this.appId),
        now,
      ),
    );
  }

  /**
   * Seeds the app's persistence with many records in one write (`{associations, data}` each,
   * stored as the app stores them): how scale tests and `.tools/bench/scale.mjs` put 50,000
   * requests in place in a second instead of filing them through the modal.
   * @param {Array<{associations: Array<{model: string, id: string}>, data: any}>} records
   */
  seedRecords(records) {
    if (!this.appId) throw new Error('Seed records after the app is installed (start the host first).');
    this.bridges.persistence.seed(records, this.appId);
  }

  /** How many stored records the app has read so far (reads by id and by association). */
  recordsRead() {
    return this.bridges.persistence.recordsRead;
  }

  /** The resident memory of the app's Deno process in kB (Linux: /proc/<pid>/status VmRSS). */
  runtimeRssKb() {
    const pid = this.manager?.getOneById(this.appId)?.getRuntimeController()?.deno?.pid;
    if (!pid) throw new Error("The app's runtime process is not running.");
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  }

  /** Runs the jobs whose time has come (the scheduler does this on its own every tick). */
  runDueJobs() {
    return this.bridges.scheduler.runDue();
  }

  /** The scheduled jobs as stored. */
  jobs() {
    return this.bridges.scheduler.jobs();
  }

  /**
   * Calls one of the app's REST endpoints as the server's router does: parsed JSON content,
   * lower-case header names.
   * @param {{method?: string, path: string, headers?: Record<string,string>, query?: Record<string,string>, content?: any}} request
   * @returns {Promise<{status: number, headers?: Record<string,string>, content?: any}>}
   */
  async callEndpoint({ method = 'GET', path: urlPath, headers = {}, query = {}, content }) {
    const match = this.bridges.api.match(urlPath);
    if (!match) return { status: 404, content: { success: false, error: 'Not found' } };
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const response = await this.manager.getApiManager().executeApi(match.appId, match.path, {
      method: method.toLowerCase(),
      headers: lower,
      query,
      params: match.params,
      content,
      privateHash: undefined,
    });
    return this.answered('REST call', response ?? { status: 500 });
  }

  /** Stops the runtime and starts a new manager over the same store (a server restart). */
  async restartRuntime() {
    const started = Date.now();
    await this.shutdownManager();
    await this.boot();
    this.bridges.scheduler.paused = false;
    const status = await this.appStatus();
    this.timings.restartMs = Date.now() - started;
    return { status, ms: this.timings.restartMs };
  }

  /**
   * Kills the app's runtime process (the Deno subprocess) with SIGKILL, as the OOM killer or a
   * crash would, and waits for the engine to notice: its LivenessManager spawns a new process,
   * initializes the app and enables it again. Resolves when the new process is ready (or rejects
   * after `waitMs`). The store and the scheduler are untouched; work the dead process was doing is
   * simply gone.
   * @returns {Promise<{killedPid: number, pid: number, ms: number}>}
   */
  async killRuntime({ waitMs = 30_000 } = {}) {
    const controller = this.manager.getOneById(this.appId).getRuntimeController();
    const killedPid = controller.deno?.pid;
    if (!killedPid) throw new Error('The app has no runtime process.');
    const started = Date.now();
    process.kill(killedPid, 'SIGKILL');
    while (!(controller.deno?.pid && controller.deno.pid !== killedPid && controller.state === 'ready')) {
      if (Date.now() - started > waitMs)
        throw new Error(`The runtime did not come back within ${waitMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { killedPid, pid: controller.deno.pid, ms: Date.now() - started };
  }

  async shutdownManager() {
    if (!this.manager) return;
    this.bridges.scheduler.stop();
    await this.bridges.scheduler.running;
    for (const app of await this.manager.get()) {
      try {
        await app.getRuntimeController().stopApp();
      } catch {
        // already gone
      }
    }
    // The bridges go with the manager: what the app sent over HTTP is scanned now.
    this.scanForSecrets({ 'outgoing HTTP call': httpSeen(this.bridges.http.calls) });
    this.manager = undefined;
    AppManager.Instance = undefined;
  }

  /**
   * Disables the app as an admin does in Administration > Apps (`enable()` turns it on again): the
   * engine calls the app's onDisable, and its records and jobs stay.
   */
  async disable() {
    await this.manager.disable(this.appId, AppStatus.MANUALLY_DISABLED);
    return this.appStatus();
  }

  async enable() {
    await this.manager.enable(this.appId);
    return this.appStatus();
  }

  /**
   * Uninstalls the app as the server does (AppManager.remove, in its two steps): the app's
   * onUninstall runs as the installing admin, then the engine purges the app's records, jobs, user
   * and package. `leftByApp`: the app's records and jobs as onUninstall left them, before the
   * purge (what the app removed itself); `left`: what remains after.
   */
  async uninstall() {
    const appId = this.appId;
    if (!appId) throw new Error('No app is installed.');
    const app = this.manager.getOneById(appId);
    const mine = () => ({
      records: this.bridges.persistence.records().filter((r) => r.appId === this.appId),
      jobs: this.bridges.scheduler.jobs().filter((j) => j.appId === this.appId),
    });
    await this.manager.uninstallApp(app, this.user(this.fixtures.installAs));
    const leftByApp = mine();
    await this.manager.removeLocal(this.appId);
    await this.manager
      .getBridges()
      .getAppActivationBridge()
      .doAppRemoved(app)
      .catch(() => undefined);
    const installed = this.store.read('installed', () => ({}));
    delete installed[appId];
    this.store.write('installed', installed);
    return { leftByApp, left: mine(), status: await this.appStatus() };
  }

  /**
   * Counts the round trips between the app's Deno process and the server during `await fn()`:
   * every `accessor:` and `bridges:` message the runtime sends (each is a hop between two
   * processes). `byMethod` is keyed by the message's method, e.g.
   * `accessor:getReader:getPersistenceReader:readByAssociations`. Calls that overlap in time are
   * counted by every recorder open at once (as are the app's own jobs that run meanwhile).
   * @param {() => any} fn
   * @returns {Promise<{total: number, byMethod: Record<string, number>}>}
   */
  async countRoundTrips(fn) {
    /** @type {{total: number, byMethod: Record<string, number>}} */
    const recorder = { total: 0, byMethod: {} };
    ROUND_TRIP_RECORDERS.add(recorder);
    try {
      await fn();
      return { total: recorder.total, byMethod: recorder.byMethod };
    } finally {
      ROUND_TRIP_RECORDERS.delete(recorder);
    }
  }

  /** Stops the runtime (the store stays: start a new host over it to restart). */
  async stop() {
    RUNNING.delete(this);
    const scan = this.workspace && !this.secretsScanned;
    this.secretsScanned = true;
    let unscanned;
    try {
      if (scan) this.rememberSettingSecrets(); // while the app's settings can be read
    } catch (error) {
      unscanned = error;
    }
    await this.shutdownManager();
    // After the runtime stopped: a job that was running has done all it will.
    if (scan) this.scanEverythingShown();
    if (unscanned) throw unscanned;
    if (this.tempDir) fs.rmSync(this.tempDir, { recursive: true, force: true });
  }

  /**
   * Remembers a secret this host was given (see secret-scan.js: values under 8 characters are not
   * looked for).
   * @param {unknown} value @param {string} name what it is, e.g. "setting dsr_token"
   */
  rememberSecret(value, name) {
    if (secretScan.rememberSecret(value, name)) this.secrets.add(/** @type {string} */ (value));
  }

  /** Remembers the values of the app's password settings in force (when the app runs). */
  rememberSettingSecrets() {
    if (!this.manager || !this.appId) return;
    for (const s of this.appSettings())
      if (s.type === 'password') this.rememberSecret(s.value, `setting ${s.id}`);
  }

  /**
   * Scans parts of what the host showed for the file's secrets (secret-scan.js).
   * @param {Record<string, any>} parts @returns {import('./secret-scan').Hit[]}
   */
  scanForSecrets(parts) {
    let allowed;
    try {
      allowed = secretScan.allowReason(this);
    } catch {
      allowed = undefined; // `true` is no reason: its hits fail the file as if it had not opted out
    }
    return secretScan.scanParts(this.label, parts, allowed);
  }

  /**
   * Scans everything the host shows a person or a log reader: messages and notices, rooms, e-mails,
   * uploads, views shown and open, log records, stored records, answers. stop() does it once.
   */
  scanEverythingShown() {
    this.rememberSettingSecrets();
    const data = this.workspace.data;
    return this.scanForSecrets({
      message: data.messages,
      room: data.rooms,
      'e-mail': data.emails,
      upload: (data.uploads ?? []).map((u) => ({
        ...u,
        content: Buffer.from(String(u.content ?? ''), 'base64').toString('utf8'),
      })),
      'view shown': this.workspace.interactionLog,
      'open view': [...this.workspace.views.values()].flat(),
      'log record': this.logs(),
      'stored record': this.bridges ? this.bridges.persistence.records() : [],
      answer: this.answers,
    });
  }

  /** The app's log entries (what Administration > Apps > Logs shows), newest last. */
  logs() {
    return this.logStorage?.entries ?? [];
  }

  /** @returns {any[]} e-mails the app sent */
  emails() {
    return this.workspace.emails();
  }

  /** @returns {any[]} files the app uploaded: `{ id, name, size, roomId, userId, content }` (content in base64) */
  uploads() {
    return this.workspace.uploads();
  }

  /** The workspace in one JSON value (GET /api/state). */
  state() {
    return {
      users: this.workspace
        .users()
        .filter((u) => u.type === 'user')
        .map((u) => ({
          id: u.id,
          username: u.username,
          name: u.name,
          language: u.settings?.preferences?.language ?? null,
          roles: u.roles,
        })),
      rooms: this.workspace.rooms().map((r) => ({
        id: r.id,
        name: r.displayName,
        type: r.type,
        members: r.userIds.map((id) => this.workspace.userRecordById(id)?.username).filter(Boolean),
      })),
      deployment: this.workspace.deployment,
      siteUrl: this.workspace.siteUrl,
      settings: this.appId ? this.appSettings() : [],
      appId: this.appId,
    };
  }
}

module.exports = { WorkspaceHost, stopEveryHost };
