/**
 * The daily digest for the admins: the requests this workspace must answer that are overdue or due
 * soon, and what is new in the workspace's privacy posture.
 */
import { randomBytes } from 'crypto';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { offerPostureNews } from '../../../app/dataFlows/postureNews';
import type { PostureNewsPorts } from '../../../app/dataFlows/postureNews';
import { alertDueRequests } from '../../../app/operator/dueAlerts';
import type { DueAlertPorts } from '../../../app/operator/dueAlerts';
import type { EngineCall } from '../../adapters/engineCall';
import { engineCall } from '../../adapters/engineCall';
import { notifierOf } from '../../adapters/messaging/notifierPort';
import { leaseOver } from '../../adapters/persistence/namedLease';
import { postureTold } from '../../adapters/persistence/postureTold';
import { requestsStore } from '../../adapters/persistence/requestsStore';
import { cachedDataMap } from '../../adapters/server/dataMap';
import { DUE_ALERTS_JOB } from '../../adapters/scheduler/jobIds';
import { dueAlertText } from '../../views/dueAlertText';
import { postureNewsText } from '../../views/postureNewsText';
import { callLogger } from '../callLogger';

export function dueAlertPorts(call: EngineCall): DueAlertPorts {
  const reader = call.read.getPersistenceReader();
  const clock = { now: call.now };
  return {
    requests: requestsStore(reader, call.persistence, call.logger),
    notifier: notifierOf(call),
    lease: leaseOver(reader, call.persistence, clock),
    clock,
    ids: { next: () => randomBytes(8).toString('hex') },
    settings: call.settings,
  };
}

export function postureNewsPorts(call: EngineCall): PostureNewsPorts {
  const reader = call.read.getPersistenceReader();
  const clock = { now: call.now };
  return {
    dataMap: () => cachedDataMap(reader, call.logger),
    told: postureTold(reader, call.persistence, call.logger),
    lease: leaseOver(reader, call.persistence, clock),
    clock,
    ids: { next: () => randomBytes(8).toString('hex') },
    notifier: notifierOf(call),
  };
}

export function dueAlertsJob(logger: ILogger): IProcessor {
  return {
    id: DUE_ALERTS_JOB,
    startupSetting: { type: StartupType.RECURRING, interval: '24 hours' },
    // `this`: the app, bound to this run's logger (see callLogger).
    async processor(this: unknown, _job, read, modify, http, persistence) {
      const log = callLogger(this, logger);
      const call = engineCall({ appId: '', read, modify, http, persistence, logger: log });
      const alert = await alertDueRequests(dueAlertPorts(call), (a) => (t) => dueAlertText(a, t));
      const named = alert.overdue.length + alert.dueSoon.length;
      if (named > 0) log.debug(`due alerts: ${named} request(s) named`);
      // The daily digest also offers what is new in the privacy posture (issue 12).
      const news = await offerPostureNews(
        postureNewsPorts(call),
        (found) => (t) => postureNewsText(found, t.t),
      );
      if (news.length > 0) log.debug(`posture news: ${news.length} finding(s) offered`);
    },
  };
}
