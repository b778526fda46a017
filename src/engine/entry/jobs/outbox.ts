/**
 * The outbox's jobs: a recurring run, a run right after a submit or a cancel, and a wake-up of
 * everything waiting when the endpoint settings change (requests held back by refused
 * credentials are retried then, as the contract asks).
 */
import { engineCall } from '../../adapters/engineCall';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { callLogger } from '../callLogger';
import { OUTBOX_JOB, OUTBOX_NOW_JOB } from '../../delivery/outboxTrigger';
import { forgetCredentialsAlert, forgetNotInForceAlert, runOutbox } from '../../delivery/outboxRun';
import { endpointConfig } from '../../delivery/endpointConfig';
import { OUTBOX_SHARDS, outboxShard, scheduleWork } from '../../adapters/persistence/requestStore';

export const OUTBOX_WAKE_JOB = 'outbox-wake';

export function outboxJobs(appId: string, logger: ILogger): IProcessor[] {
  // `this`: the app, bound to this run's logger (see callLogger).
  const run: IProcessor['processor'] = async function (this: unknown, _job, read, modify, http, persistence) {
    const log = callLogger(this, logger);
    const report = await runOutbox(engineCall({ appId, read, modify, http, persistence, logger: log }));
    if (report.processed > 0) log.debug(`outbox: ${report.processed} request(s) handled`);
  };
  return [
    { id: OUTBOX_JOB, startupSetting: { type: StartupType.RECURRING, interval: '1 minute' }, processor: run },
    { id: OUTBOX_NOW_JOB, processor: run },
    {
      id: OUTBOX_WAKE_JOB,
      async processor(this: unknown, _job, read, modify, http, persistence) {
        // New credentials: the admins are told again if these are refused too.
        const call = engineCall({ appId, read, modify, http, persistence, logger: callLogger(this, logger) });
        await forgetCredentialsAlert(persistence);
        if (await endpointConfig(call.settings)) await forgetNotInForceAlert(persistence);
        const now = new Date().toISOString();
        for (let shard = 0; shard < OUTBOX_SHARDS; shard++) {
          for (const entry of await outboxShard(read.getPersistenceReader(), shard))
            await scheduleWork(persistence, entry.id, now, entry.op ?? 'send');
        }
        await runOutbox(call);
      },
    },
  ];
}
