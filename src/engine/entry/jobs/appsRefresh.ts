/**
 * Keeps the installed-apps directory fresh without making anyone wait: a recurring check reads the
 * workspace again once the list is older than the refresh interval setting, and `/privacy apps`
 * asks for a run right away when it shows a stale list.
 */
import { APPS_REFRESH_JOB, APPS_REFRESH_NOW_JOB } from '../../adapters/scheduler/jobIds';
import { engineCall } from '../../adapters/engineCall';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { callLogger } from '../callLogger';
import { refreshIfDue } from '../../../app/appsDirectory/refresh';
import { directoryPorts } from '../../adapters/appsDirectory/ports';
import { JOB_TIMEOUT_MS } from '../../adapters/appsDirectory/workspaceApi';

/** How often the recurring job looks; it reads the workspace only when the list is due (5 minutes at the least). */
export const APPS_REFRESH_TICK = '5 minutes';

export function appsRefreshJobs(logger: ILogger): IProcessor[] {
  // `this`: the app, bound to this run's logger (see callLogger).
  const processor: IProcessor['processor'] = async function (
    this: unknown,
    _job,
    read,
    modify,
    http,
    persistence,
  ) {
    const call = engineCall({ appId: '', read, modify, http, persistence, logger: callLogger(this, logger) });
    await refreshIfDue(directoryPorts(call), JOB_TIMEOUT_MS);
  };
  return [
    {
      id: APPS_REFRESH_JOB,
      startupSetting: { type: StartupType.RECURRING, interval: APPS_REFRESH_TICK },
      processor,
    },
    { id: APPS_REFRESH_NOW_JOB, processor },
  ];
}
