/**
 * The outbox's jobs: a recurring run, a run right after a submit or a cancel, and a wake-up of
 * everything waiting when the endpoint settings change (requests held back by refused
 * credentials are retried then, as the contract asks). The jobs carry no data.
 */
import { OUTBOX_JOB, OUTBOX_NOW_JOB, OUTBOX_WAKE_JOB } from '../../adapters/scheduler/jobIds';
import { engineCall } from '../../adapters/engineCall';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { callLogger } from '../callLogger';
import { runOutbox } from '../../../app/delivery/outboxRun';
import { wakeAll } from '../../../app/delivery/wake';
import { deliveryPorts } from '../../adapters/deliveryPorts';

export function outboxJobs(appId: string, logger: ILogger): IProcessor[] {
  // `this`: the app, bound to this run's logger (see callLogger).
  const run: IProcessor['processor'] = async function (this: unknown, _job, read, modify, http, persistence) {
    const log = callLogger(this, logger);
    const report = await runOutbox(
      deliveryPorts(engineCall({ appId, read, modify, http, persistence, logger: log })),
    );
    if (report.processed > 0) log.debug(`outbox: ${report.processed} request(s) handled`);
  };
  return [
    { id: OUTBOX_JOB, startupSetting: { type: StartupType.RECURRING, interval: '1 minute' }, processor: run },
    { id: OUTBOX_NOW_JOB, processor: run },
    {
      id: OUTBOX_WAKE_JOB,
      async processor(this: unknown, _job, read, modify, http, persistence) {
        const call = engineCall({ appId, read, modify, http, persistence, logger: callLogger(this, logger) });
        const ports = deliveryPorts(call);
        await wakeAll(ports);
        await runOutbox(ports);
      },
    },
  ];
}
