/**
 * Computes the data map at start-up and every hour (a server setting may change at any time), and
 * once more when asked (an admin's refresh), so no view ever reads the server's settings itself.
 */
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { DATA_MAP_JOB, DATA_MAP_NOW_JOB } from '../../adapters/scheduler/jobIds';
import { computeDataMap } from '../../adapters/server/dataMap';

export const DATA_MAP_TICK = '1 hour';

const processor: IProcessor['processor'] = async (_job, read, _modify, _http, persistence) => {
  await computeDataMap(read, persistence, new Date());
};

export const dataMapJobs: IProcessor[] = [
  { id: DATA_MAP_JOB, startupSetting: { type: StartupType.RECURRING, interval: DATA_MAP_TICK }, processor },
  { id: DATA_MAP_NOW_JOB, processor },
];
