/**
 * Privacy Center. Thin on purpose: it declares what the app registers and hands every engine
 * callback to one adapter under src/engine.
 */
import { OUTBOX_WAKE_JOB, REGISTRATION_CHECK_JOB } from './engine/adapters/scheduler/jobIds';
import type {
  IAppAccessors,
  IAppInstallationContext,
  IAppUninstallationContext,
  IAppUpdateContext,
  IConfigurationExtend,
  IConfigurationModify,
  IEnvironmentRead,
  IHttp,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { App } from '@rocket.chat/apps-engine/definition/App';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';
import type {
  IUIKitResponse,
  UIKitActionButtonInteractionContext,
  UIKitBlockInteractionContext,
  UIKitViewCloseInteractionContext,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import { CallbackEndpoint } from './engine/entry/api/callbackEndpoint';
import { outboxJobs } from './engine/entry/jobs/outbox';
import { handleViewSubmit } from './engine/entry/interactions/viewSubmit';
import { handleViewClose } from './engine/entry/interactions/viewClose';
import { SettingId } from './core/settings/ids';
import { errorReference } from './engine/entry/errors';
import { PrivacyCommand } from './engine/entry/commands/PrivacyCommand';
import { appsRefreshJobs } from './engine/entry/jobs/appsRefresh';
import { handleBlockAction } from './engine/entry/interactions/blockActions';
import { registrationCheckJob } from './engine/entry/jobs/registrationCheck';
import { dataMapJobs } from './engine/entry/jobs/dataMap';
import { settingsProblemJob } from './engine/entry/jobs/settingsProblem';
import { dueAlertsJob } from './engine/entry/jobs/dueAlerts';
import { SETTINGS } from './engine/adapters/settings/definitions';
import { checkSettingSave } from './engine/entry/settings/onSave';
import { rememberInstaller } from './engine/adapters/server/installer';
import { settingsOf } from './engine/adapters/settings/reader';
import { forgetHeldSettings } from './engine/adapters/settings/held';
import type { EngineCall } from './engine/adapters/engineCall';
import { engineCall } from './engine/adapters/engineCall';
import { ACTION_BUTTONS, handleActionButton } from './engine/entry/interactions/actionButtons';
import { policyUpdateJob } from './engine/entry/jobs/policyUpdate';
import { schedulePolicyUpdate } from './engine/entry/settings/policyUpdateSave';
import { showPolicyNotice } from './engine/entry/events/policyNotice';
import type { IPostUserLoggedIn, IUser, IUserContext } from '@rocket.chat/apps-engine/definition/users';
import { retentionJob } from './engine/entry/jobs/retention';
import type { IPostUserDeleted } from './engine/entry/events/personDeleted';
import { forgetDeletedPerson } from './engine/entry/events/personDeleted';
import { handleUninstall } from './engine/entry/events/uninstall';

export default class PrivacyCenterApp extends App implements IPostUserLoggedIn, IPostUserDeleted {
  constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
    super(info, logger, accessors);
  }

  protected async extendConfiguration(
    configuration: IConfigurationExtend,
    environment: IEnvironmentRead,
  ): Promise<void> {
    await Promise.all(SETTINGS.map((setting) => configuration.settings.provideSetting(setting)));
    ACTION_BUTTONS.forEach((button) => configuration.ui.registerButton(button));
    await configuration.scheduler.registerProcessors([
      registrationCheckJob,
      settingsProblemJob(this.getLogger()),
      ...appsRefreshJobs(this.getLogger()),
      ...outboxJobs(this.getID(), this.getLogger()),
      dueAlertsJob(this.getLogger()),
      ...dataMapJobs,
      policyUpdateJob(this.getID(), this.getLogger()),
      retentionJob(this.getLogger()),
    ]);
    // The public callback endpoint exists only while the admin says the vendor can reach the
    // workspace (README, Security: one unauthenticated POST with a `__proto__` key stops the
    // engine's runtime). The engine registers endpoints only here, when the app starts or is
    // enabled again: IConfigurationModify (onEnable, onSettingUpdated) has no `api`.
    if (await settingsOf(environment.getSettings()).get(SettingId.CallbacksReachable)) {
      await configuration.api.provideApi({
        visibility: ApiVisibility.PUBLIC,
        security: ApiSecurity.UNSECURE, // the callback checks its own HMAC signature
        endpoints: [new CallbackEndpoint(this, this.getLogger())],
      });
    }
    // Last, and allowed to fail: when a disabled app is enabled again the engine has kept its
    // command and refuses to add it twice (CommandAlreadyExistsError), which would otherwise end
    // this method before the endpoint above is provided.
    try {
      await configuration.slashCommands.provideSlashCommand(
        new PrivacyCommand(this.getID(), this.getLogger(), this),
      );
    } catch (error) {
      this.getLogger().debug('slash command kept from before', String((error as Error)?.message ?? error));
    }
  }

  /** The admin who installs the app is told what needs an administrator until others are named. */
  public async onInstall(
    context: IAppInstallationContext,
    _read: IRead,
    _http: IHttp,
    persistence: IPersistence,
  ): Promise<void> {
    await rememberInstaller(persistence, context.user?.id);
  }

  /**
   * The admin who updates it too: a workspace that had the app before it kept the installer has
   * nobody to tell otherwise. An update that names nobody keeps the one remembered.
   */
  public async onUpdate(
    context: IAppUpdateContext,
    _read: IRead,
    _http: IHttp,
    persistence: IPersistence,
  ): Promise<void> {
    await rememberInstaller(persistence, context.user?.id);
  }

  /**
   * Before uninstall, requests not yet delivered are handed over, then the app's records and jobs
   * go (entry/events/uninstall). Disabling keeps everything: the engine calls only onDisable.
   */
  public async onUninstall(
    _context: IAppUninstallationContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<void> {
    await handleUninstall(this.callOf(read, modify, http, persistence));
  }

  public async onSettingUpdated(setting: ISetting, configuration: IConfigurationModify): Promise<void> {
    // The values this process held are read again at their next use (issue 14: settings held).
    forgetHeldSettings();
    const endpointSettings: string[] = [
      SettingId.DsrEndpointUrl,
      SettingId.DsrToken,
      SettingId.DsrSigningSecret,
      SettingId.AllowLocalEndpoint,
    ];
    if (endpointSettings.includes(setting.id)) {
      await configuration.scheduler.scheduleOnce({ id: OUTBOX_WAKE_JOB, when: 'now' });
    }
    // POLICY-FACTS: check the registration again when the settings change.
    if (setting.id === SettingId.DeploymentOverride) {
      await configuration.scheduler.scheduleOnce({ id: REGISTRATION_CHECK_JOB, when: 'now' });
    }
  }

  public async executeViewSubmitHandler(
    context: UIKitViewSubmitInteractionContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<IUIKitResponse> {
    return handleViewSubmit(this.callOf(read, modify, http, persistence), context);
  }

  public async executeViewClosedHandler(
    context: UIKitViewCloseInteractionContext,
    _read: IRead,
    _http: IHttp,
    persistence: IPersistence,
  ): Promise<IUIKitResponse> {
    return handleViewClose(context, persistence);
  }

  public async onPreSettingUpdate(
    context: ISettingUpdateContext,
    configuration: IConfigurationModify,
    read: IRead,
    _http: IHttp,
  ): Promise<ISetting> {
    // Undefined for a good secret: the engine then saves the setting as given (see onSave.ts).
    const settings = read.getEnvironmentReader().getSettings();
    const saved = await checkSettingSave(context, configuration, this.getLogger(), settings);
    // A new policy version or effective date is announced (issue 13); a secret is never one of them.
    if (saved) await schedulePolicyUpdate(saved, configuration, settings, this.getLogger());
    return saved as ISetting;
  }

  public async executeBlockActionHandler(
    context: UIKitBlockInteractionContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<IUIKitResponse> {
    try {
      return await handleBlockAction(this.callOf(read, modify, http, persistence), context);
    } catch (error) {
      // Nothing the user can fix: logged under a reference; the view stays as it was.
      const ref = errorReference();
      this.getLogger().error('block action failed', {
        ref,
        error: String((error as Error)?.message ?? error),
      });
      return context.getInteractionResponder().errorResponse();
    }
  }

  /** A person logs in: the notice of a policy update they have not read yet, at most once a day. */
  public async executePostUserLoggedIn(
    user: IUser,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<void> {
    await showPolicyNotice(this.callOf(read, modify, http, persistence), user);
  }

  /** A person deleted from the workspace: their records go, except what an open request needs (issue 13). */
  public async executePostUserDeleted(
    context: IUserContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<void> {
    await forgetDeletedPerson(this.callOf(read, modify, http, persistence), context);
  }

  /** "Privacy Center" in the user menu and the room menu: opens the policy view. */
  public async executeActionButtonHandler(
    context: UIKitActionButtonInteractionContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<IUIKitResponse> {
    return handleActionButton(this.callOf(read, modify, http, persistence), context);
  }

  /** One call into the app, as its entry point builds it (engine/adapters/engineCall). */
  private callOf(read: IRead, modify: IModify, http: IHttp, persistence: IPersistence): EngineCall {
    return engineCall({ appId: this.getID(), read, modify, http, persistence, logger: this.getLogger() });
  }
}
