/** What a job's delivery work needs from the engine, handed down from the outbox job. */
import type {
  IHttp,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';

export interface Accessors {
  appId: string;
  read: IRead;
  modify: IModify;
  http: IHttp;
  persistence: IPersistence;
  logger: ILogger;
}
