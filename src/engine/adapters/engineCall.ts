/**
 * One call into the app, as the engine handed it over: the accessors, the call's logger, its
 * settings snapshot (each setting read at most once per call) and its clock. Built once, at the
 * entry point (a command, an interaction, a job, the callback endpoint), and handed down whole,
 * so no adapter reads a setting on its own and the accessors never travel in a different order.
 */
import type {
  IHttp,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { SettingsSnapshot } from '../../core/settings/snapshot';
import { callSettingsOf } from './settings/reader';

export interface EngineCall {
  appId: string;
  read: IRead;
  modify: IModify;
  http: IHttp;
  persistence: IPersistence;
  logger: ILogger;
  settings: SettingsSnapshot;
  now: () => Date;
}

/** What an entry point hands over; the snapshot and the clock are made here. */
export type EngineCallParts = Omit<EngineCall, 'settings' | 'now'> & { now?: () => Date };

export function engineCall(parts: EngineCallParts): EngineCall {
  return {
    ...parts,
    settings: callSettingsOf(parts.read.getEnvironmentReader().getSettings()),
    now: parts.now ?? (() => new Date()),
  };
}
