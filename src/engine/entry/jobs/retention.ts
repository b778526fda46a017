/** Once a day: closed requests reduced and minimal records deleted on time, in bounded batches (app/retention). */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import type { RetentionPorts } from '../../../app/retention/retention';
import { runRetention } from '../../../app/retention/retention';
import type { EngineCall } from '../../adapters/engineCall';
import { engineCall } from '../../adapters/engineCall';
import { requestsStore } from '../../adapters/persistence/requestsStore';
import { retentionStore } from '../../adapters/persistence/retentionStore';
import { RETENTION_JOB } from '../../adapters/scheduler/jobIds';
import { callLogger } from '../callLogger';

export function retentionPorts(call: EngineCall): RetentionPorts {
  const reader = call.read.getPersistenceReader();
  return {
    requests: requestsStore(reader, call.persistence, call.logger),
    store: retentionStore(reader, call.persistence),
    clock: { now: call.now },
    settings: call.settings,
  };
}

export function retentionJob(logger: ILogger): IProcessor {
  return {
    id: RETENTION_JOB,
    startupSetting: { type: StartupType.RECURRING, interval: '24 hours' },
    // `this`: the app, bound to this run's logger (see callLogger).
    async processor(this: unknown, _job, read, modify, http, persistence) {
      const log = callLogger(this, logger);
      const call = engineCall({ appId: '', read, modify, http, persistence, logger: log });
      const run = await runRetention(retentionPorts(call));
      if (run.reduced + run.removed + run.forgotten > 0) {
        log.debug(
          `retention: ${run.reduced} reduced, ${run.removed} deleted, ${run.forgotten} person(s) forgotten`,
        );
      }
    },
  };
}
