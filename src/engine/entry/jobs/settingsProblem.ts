/**
 * Tells the admins that a setting was not changed and why. It is a job because the settings
 * callbacks get no IModify to send messages with; the save callback schedules it.
 */
import { SETTINGS_PROBLEM_JOB } from '../../adapters/scheduler/jobIds';
import { engineCall } from '../../adapters/engineCall';
import type { IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import type { Translate } from '../../../core/i18n/translator';
import type { SettingsProblem } from '../../../core/settings/problemJob';
import { parseSettingsProblem } from '../../../core/settings/problemJob';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import { callLogger } from '../callLogger';
import { isSettingId } from '../../../core/settings/rules';
import { tellAdmins } from '../../adapters/messaging/admins';
import { quoteInline } from '../../../core/text/quote';

export type { SettingsProblem };

/** The notice as the admin reads it, in their language. */
export function settingsProblemText({ settingId, problem, current }: SettingsProblem, t: Translate): string {
  return t('settings.rejected', {
    // The label the admin sees in the settings, not the id the server stores.
    setting: isSettingId(settingId) ? t(`setting.${settingId}`) : settingId,
    problem: t(`problem.${problem}`),
    // Quoted: a kept value (an import, a database edit) may hold backticks or mentions.
    current: current === '' ? t('settings.empty') : quoteInline(current),
  });
}

export function settingsProblemJob(logger: ILogger): IProcessor {
  return {
    id: SETTINGS_PROBLEM_JOB,
    async processor(this: unknown, job, read, modify, http, persistence) {
      const log = callLogger(this, logger);
      const call = engineCall({ appId: '', read, modify, http, persistence, logger: log });
      const problem = parseSettingsProblem(job);
      if (!problem) {
        // Never the data itself: it may hold a value an admin pasted by mistake.
        log.warn('settings problem job: its data does not parse; nobody is told');
        return;
      }
      const told = await tellAdmins(call, ({ t }) => settingsProblemText(problem, t));
      if (!told)
        log.warn(
          `nobody could be told that setting ${problem.settingId} was not changed: set admins to notify`,
        );
    },
  };
}
