/**
 * Announces a policy update after an admin saved the version or the effective date. A job because
 * the settings callbacks get no IModify; the save check schedules it with the editions in force
 * before and after the save (the job never guesses what was there before).
 */
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { announcePolicyUpdate } from '../../../app/policyUpdates/announce';
import type { PolicyEdition } from '../../../core/policyUpdates/updates';
import { SettingId } from '../../../core/settings/ids';
import { engineCall } from '../../adapters/engineCall';
import { roomAnnouncer } from '../../adapters/messaging/policyUpdates';
import { policyUpdatesStore } from '../../adapters/persistence/policyUpdates';
import { POLICY_UPDATE_JOB } from '../../adapters/scheduler/jobIds';
import { callLogger } from '../callLogger';

export interface PolicyUpdateJob {
  before: PolicyEdition;
  after: PolicyEdition;
}

const edition = (raw: unknown): PolicyEdition | undefined => {
  const r = raw as Partial<PolicyEdition> | undefined;
  return r && typeof r.version === 'string' && typeof r.effectiveDate === 'string'
    ? { version: r.version, effectiveDate: r.effectiveDate }
    : undefined;
};

export function parsePolicyUpdateJob(raw: unknown): PolicyUpdateJob | undefined {
  const r = raw as Record<string, unknown> | undefined;
  const before = edition(r?.before);
  const after = edition(r?.after);
  return before && after ? { before, after } : undefined;
}

export function policyUpdateJob(appId: string, logger: ILogger): IProcessor {
  return {
    id: POLICY_UPDATE_JOB,
    async processor(this: unknown, job, read, modify, http, persistence) {
      const log = callLogger(this, logger);
      const data = parsePolicyUpdateJob(job);
      if (!data) {
        log.warn('policy update job: its data does not parse; nothing announced');
        return;
      }
      const call = engineCall({ appId, read, modify, http, persistence, logger: log });
      const result = await announcePolicyUpdate(
        {
          store: policyUpdatesStore(read.getPersistenceReader(), persistence),
          announcer: roomAnnouncer(call),
        },
        { ...data, whatChanged: await call.settings.get(SettingId.PolicyWhatChanged), now: call.now() },
      );
      log.info(`policy update ${data.after.version} (${data.after.effectiveDate}): ${result}`);
    },
  };
}
