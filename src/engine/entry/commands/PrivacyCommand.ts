/** `/privacy`: parses, picks the subcommand, and answers every failure in the user's language. */
import type {
  IHttp,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { App } from '@rocket.chat/apps-engine/definition/App';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import { engineCall } from '../../adapters/engineCall';
import { callLogger } from '../callLogger';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { translatorFor } from '../../adapters/server/userLanguage';
import { helpText } from '../../views/helpText';
import { errorReference } from '../errors';
import { parseCommand } from './parser';
import { visibleSubcommands } from './handlers';
import { findSubcommand, SUBCOMMANDS } from './registry';
import { showPolicyNotice } from '../events/policyNotice';

export class PrivacyCommand implements ISlashCommand {
  public command = 'privacy';
  public i18nParamsExample = 'privacy_command_params';
  public i18nDescription = 'privacy_command_description';
  public providesPreview = false;

  /** `app`: the runtime swaps it for the app bound to the running command's logger (see callLogger). */
  constructor(
    private readonly appId: string,
    private readonly logger: ILogger,
    private readonly app?: App,
  ) {}

  public async executor(
    context: SlashCommandContext,
    read: IRead,
    modify: IModify,
    http: IHttp,
    persistence: IPersistence,
  ): Promise<void> {
    const logger = callLogger(this.app, this.logger);
    const user = context.getSender();
    const room = context.getRoom();
    const translator = await translatorFor(user, read);
    const names = SUBCOMMANDS.map((s) => s.name);
    const parsed = parseCommand(context.getArguments(), names);
    const call = engineCall({ appId: this.appId, read, modify, http, persistence, logger });
    // A policy update this person has not read yet comes first (at most once a day).
    await showPolicyNotice(call, user, room);
    try {
      if (parsed.kind === 'unknown') {
        const visible = await visibleSubcommands(SUBCOMMANDS, call.settings, user);
        // A suggestion never names a command this user may not see.
        const shown = visible.some((s) => s.name === parsed.suggestion) ? parsed : { input: parsed.input };
        const text = helpText({ entries: visible.map((s) => s.helpKey), unknown: shown }, translator.t);
        await notifyEphemeral(read, modify, user, room, text);
        return;
      }
      const subcommand = findSubcommand(parsed.name);
      await subcommand?.run({
        ...call,
        user,
        room,
        triggerId: context.getTriggerId(),
        args: parsed.args,
        translator,
      });
    } catch (error) {
      const ref = errorReference();
      logger.error(`/privacy ${parsed.kind === 'subcommand' ? parsed.name : '?'} failed`, {
        ref,
        error: String(error),
      });
      await notifyEphemeral(read, modify, user, room, translator.t('error.internal', { ref })).catch(
        () => undefined,
      );
    }
  }
}
