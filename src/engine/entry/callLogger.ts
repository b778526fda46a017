import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';

/**
 * The logger of the call being run. The engine's Deno runtime gives every call (a command, a job,
 * an interaction) a logger of its own and stores its lines when the call ends, so a logger kept
 * from start-up (extendConfiguration) belongs to a call that has ended: what is written to it is
 * never stored. The runtime hands the app, bound to the running call's logger, to a job processor
 * as `this` and to a slash command through its property holding the app. `fallback` where there
 * is no app (unit tests, older runtimes).
 */
export function callLogger(app: unknown, fallback: ILogger): ILogger {
  const getLogger = (app as { getLogger?: unknown } | null | undefined)?.getLogger;
  return typeof getLogger === 'function' ? (getLogger.call(app) as ILogger) : fallback;
}
