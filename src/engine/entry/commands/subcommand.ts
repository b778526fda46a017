/** What every `/privacy` subcommand gets, and what it must declare. */
import type { EngineCall } from '../../adapters/engineCall';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { MessageKey } from '../../../core/i18n/messages/en';
import type { Translator } from '../../../core/i18n/translator';

/** The call (accessors, logger, settings snapshot, clock) and the command's own parts. */
export interface CommandContext extends EngineCall {
  user: IUser;
  room: IRoom;
  triggerId?: string;
  /** The words after the subcommand. */
  args: string[];
  translator: Translator;
}

export interface Subcommand {
  name: string;
  /** The help line for it, in the message catalogue. */
  helpKey: MessageKey;
  /** Only for the people who handle privacy requests: the help shows it to them alone. */
  forHandlers?: boolean;
  run(context: CommandContext): Promise<void>;
}
