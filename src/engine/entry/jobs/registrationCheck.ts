/** Checks registration at start-up and daily, so no user ever waits on the vendor's cloud. */
import { REGISTRATION_CHECK_JOB } from '../../adapters/scheduler/jobIds';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { checkRegistration } from '../../adapters/server/registration';

export const registrationCheckJob: IProcessor = {
  id: REGISTRATION_CHECK_JOB,
  startupSetting: { type: StartupType.RECURRING, interval: '24 hours' },
  async processor(_job, read, _modify, _http, persistence) {
    await checkRegistration(read, persistence, new Date());
  },
};
