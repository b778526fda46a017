/** What every `/privacy` subcommand gets, and what it must declare. */
import type {
  IHttp,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { MessageKey } from '../../../core/i18n/messages/en';
import type { Translator } from '../../../core/i18n/translator';

export interface CommandContext {
  appId: string;
  logger: ILogger;
  user: IUser;
  room: IRoom;
  triggerId?: string;
  /** The words after the subcommand. */
  args: string[];
  read: IRead;
  modify: IModify;
  persistence: IPersistence;
  http: IHttp;
  translator: Translator;
}

export interface Subcommand {
  name: string;
  /** The help line for it, in the message catalogue. */
  helpKey: MessageKey;
  run(context: CommandContext): Promise<void>;
}
