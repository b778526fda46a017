/** Runs the outbox soon after a submit instead of waiting for the next scheduled tick. */
import { OUTBOX_NOW_JOB } from './jobIds';
import type { ILogger, IModify } from '@rocket.chat/apps-engine/definition/accessors';

export async function wakeOutbox(modify: IModify, logger: ILogger): Promise<void> {
  try {
    await modify.getScheduler().scheduleOnce({ id: OUTBOX_NOW_JOB, when: 'now' });
  } catch (error) {
    // The recurring run picks the request up anyway.
    logger.warn('could not schedule an immediate outbox run', String(error));
  }
}
