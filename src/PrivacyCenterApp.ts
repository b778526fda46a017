/**
 * Privacy Center. Thin on purpose: it declares what the app registers and hands every engine
 * callback to one adapter under src/engine.
 */
import type {
  IAppAccessors,
  IAppInstallationContext,
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
  UIKitBlockInteractionContext,
  UIKitViewCloseInteractionContext,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import { CallbackEndpoint } from './engine/delivery/callbackEndpoint';
import { outboxJobs, OUTBOX_WAKE_JOB } from './engine/jobs/outbox';
import { handleViewSubmit } from './engine/interactions/viewSubmit';
import { handleViewClose } from './engine/interactions/viewClose';
import { SettingId } from './engine/settings/ids';
import { errorReference } from './engine/errors';
import { PrivacyCommand } from './engine/commands/PrivacyCommand';
import { appsRefreshJobs } from './engine/jobs/appsRefresh';
import { handleBlockAction } from './engine/interactions/blockActions';
import { REGISTRATION_CHECK_JOB, registrationCheckJob } from './engine/jobs/registrationCheck';
import { settingsProblemJob } from './engine/jobs/settingsProblem';
import { SETTINGS } from './engine/settings/definitions';
import { checkSettingSave } from './engine/settings/onSave';
import { rememberInstaller } from './engine/gateways/installer';

export default class PrivacyCenterApp extends App {
  constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
    super(info, logger, accessors);
  }

  protected async extendConfiguration(
    configuration: IConfigurationExtend,
    _environment: IEnvironmentRead,
  ): Promise<void> {
    await Promise.all(SETTINGS.map((setting) => configuration.settings.provideSetting(setting)));
    await configuration.slashCommands.provideSlashCommand(
      new PrivacyCommand(this.getID(), this.getLogger(), this),
    );
    await configuration.scheduler.registerProcessors([
      registrationCheckJob,
      settingsProblemJob(this.getLogger()),
      ...appsRefreshJobs(this.getLogger()),
      ...outboxJobs(this.getID(), this.getLogger()),
    ]);
    await configuration.api.provideApi({
      visibility: ApiVisibility.PUBLIC,
      security: ApiSecurity.UNSECURE, // the callback checks its own HMAC signature
      endpoints: [new CallbackEndpoint(this, this.getLogger())],
    });
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

  public async onSettingUpdated(setting: ISetting, configuration: IConfigurationModify): Promise<void> {
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
    _http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<IUIKitResponse> {
    return handleViewSubmit(context, read, modify, persistence, this.getLogger());
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
    return checkSettingSave(
      context,
      configuration,
      this.getLogger(),
      read.getEnvironmentReader().getSettings(),
    );
  }

  public async executeBlockActionHandler(
    context: UIKitBlockInteractionContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<IUIKitResponse> {
    try {
      return await handleBlockAction(
        this.getID(),
        context,
        read,
        persistence,
        modify,
        http,
        this.getLogger(),
      );
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
}
