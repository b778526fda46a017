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
import type { IUIKitResponse, UIKitViewSubmitInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

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
      type: 'input',
      blockId: id,
      label: { type: 'plain_text', text: label },
      element: { type: 'plain_text_input', actionId: `${id}-input`, appId: '', blockId: id },
    });
    const view = {
      id: `bare-modal:${context.getTriggerId()}`,
      type: UIKitSurfaceType.MODAL,
      title: { type: 'plain_text', text: 'Bare modal' },
      submit: { type: 'button', text: { type: 'plain_text', text: 'Send' }, actionId: 'bare-submit' },
      blocks: [field('bare-name', 'Name'), field('bare-note', 'Note')],
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await modify.getUiController().openSurfaceView(view as any, { triggerId: context.getTriggerId() as string }, context.getSender());
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
