/**
 * Tells the admins that a setting was not changed and why. It is a job because the settings
 * callbacks get no IModify to send messages with; the save callback schedules it.
 */
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import type { ValueProblem } from '../../core/settings/validation';
import { sendDirectMessage } from '../gateways/notifier';
import { translatorFor } from '../gateways/userLanguage';
import { readSetting } from '../settings/reader';
import { SettingId } from '../settings/ids';

export const SETTINGS_PROBLEM_JOB = 'settings-problem';

export interface SettingsProblem {
  settingId: string;
  problem: ValueProblem;
  current: string;
}

export function settingsProblemJob(logger: { warn(...items: unknown[]): void }): IProcessor {
  return {
    id: SETTINGS_PROBLEM_JOB,
    async processor(job, read, modify) {
      const { settingId, problem, current } = job as unknown as SettingsProblem;
      const admins = await readSetting<string[]>(
        read.getEnvironmentReader().getSettings(),
        SettingId.AdminUsernames,
      );
      for (const username of admins) {
        const admin = await read.getUserReader().getByUsername(username);
        if (!admin) {
          logger.warn(`admin ${username} named in ${SettingId.AdminUsernames} does not exist`);
          continue;
        }
        const { t } = await translatorFor(admin, read);
        const text = t('settings.rejected', {
          setting: settingId,
          problem: t(`problem.${problem}`),
          current: current === '' ? t('settings.empty') : `\`${current}\``,
        });
        await sendDirectMessage(read, modify, username, text);
      }
    },
  };
}
