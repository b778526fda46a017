/**
 * The bare baseline of `npm run bench`: the least an app can do on each hot path the Privacy
 * Center has. `/bare-message` posts one message, `/bare-modal` opens a two-field modal, and
 * submitting that modal stores one record. Nothing else: no settings, no checks, no caches.
 */
import type {
  IConfigurationExtend,
  IHttp,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { App } from '@rocket.chat/apps-engine/definition/App';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import type {
  IUIKitResponse,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';

const messageCommand: ISlashCommand = {
  command: 'bare-message',
  i18nParamsExample: '',
  i18nDescription: 'bare-message',
  providesPreview: false,
  async executor(context: SlashCommandContext, _read: IRead, modify: IModify): Promise<void> {
    const message = modify.getCreator().startMessage().setRoom(context.getRoom()).setText('Bare message.');
    await modify.getCreator().finish(message);
  },
};

const modalCommand: ISlashCommand = {
  command: 'bare-modal',
  i18nParamsExample: '',
  i18nDescription: 'bare-modal',
  providesPreview: false,
  async executor(context: SlashCommandContext, _read: IRead, modify: IModify): Promise<void> {
    const field = (id: string, label: string) => ({
      type: 'input' as const,
      blockId: id,
      label: { type: 'plain_text' as const, text: label },
      element: { type: 'plain_text_input' as const, actionId: `${id}-input`, appId: '', blockId: id },
    });
    const view: IUIKitSurfaceViewParam = {
      id: `bare-modal:${context.getTriggerId()}`,
      type: UIKitSurfaceType.MODAL,
      title: { type: 'plain_text', text: 'Bare modal' },
      submit: {
        type: 'button',
        text: { type: 'plain_text', text: 'Send' },
        actionId: 'bare-submit',
        appId: '',
        blockId: '',
      },
      blocks: [field('bare-name', 'Name'), field('bare-note', 'Note')],
    };
    await modify
      .getUiController()
      .openSurfaceView(view, { triggerId: context.getTriggerId() as string }, context.getSender());
  },
};

export class BareApp extends App {
  protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
    await configuration.slashCommands.provideSlashCommand(messageCommand);
    await configuration.slashCommands.provideSlashCommand(modalCommand);
  }

  public async executeViewSubmitHandler(
    context: UIKitViewSubmitInteractionContext,
    _read: IRead,
    _http: IHttp,
    persistence: IPersistence,
  ): Promise<IUIKitResponse> {
    const { view, user } = context.getInteractionData();
    await persistence.create({ userId: user.id, state: view.state ?? {} });
    return context.getInteractionResponder().successResponse();
  }
}
