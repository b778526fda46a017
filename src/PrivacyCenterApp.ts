/**
 * Privacy Center. Thin on purpose: it declares what the app registers and hands every engine
 * callback to one adapter under src/engine.
 */
import type {
  IAppAccessors,
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
import type { IUIKitResponse, UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { PrivacyCommand } from './engine/commands/PrivacyCommand';
import { handleBlockAction } from './engine/interactions/blockActions';
import { appsRefreshJobs } from './engine/jobs/appsRefresh';
import { registrationCheckJob } from './engine/jobs/registrationCheck';
import { settingsProblemJob } from './engine/jobs/settingsProblem';
import { SETTINGS } from './engine/settings/definitions';
import { checkSettingSave } from './engine/settings/onSave';

export default class PrivacyCenterApp extends App {
  constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
    super(info, logger, accessors);
  }

  protected async extendConfiguration(
    configuration: IConfigurationExtend,
    _environment: IEnvironmentRead,
  ): Promise<void> {
    await Promise.all(SETTINGS.map((setting) => configuration.settings.provideSetting(setting)));
    await configuration.slashCommands.provideSlashCommand(new PrivacyCommand(this.getID(), this.getLogger()));
    await configuration.scheduler.registerProcessors([
      registrationCheckJob,
      settingsProblemJob(this.getLogger()),
      ...appsRefreshJobs(this.getLogger()),
    ]);
  }

  public async onPreSettingUpdate(
    context: ISettingUpdateContext,
    configuration: IConfigurationModify,
    _read: IRead,
    _http: IHttp,
  ): Promise<ISetting> {
    return checkSettingSave(context, configuration, this.getLogger());
  }

  public async executeBlockActionHandler(
    context: UIKitBlockInteractionContext,
    read: IRead,
    http: IHttp,
    persistence: IPersistence,
    modify: IModify,
  ): Promise<IUIKitResponse> {
    return handleBlockAction(this.getID(), context, read, persistence, modify, http, this.getLogger());
  }
}
