/**
 * Checks a setting when an admin saves it. The engine uses the setting this returns, so a bad
 * value is replaced by the value in force before the save; the admins are told why (by a job,
 * since this callback cannot send messages) and the app logs it.
 *
 * The engine's runtime logs what this hook returns, at debug level, into the app's logs (1.53.1
 * and 1.62: deno-runtime/handlers/app/handler.ts, "'onPreSettingUpdate' was successfully
 * called! The result is:"). So a secret never travels back through it: a good one is not
 * returned at all (the engine then saves the setting as the admin gave it:
 * `(await call(ON_PRE_SETTING_UPDATE)) || setting` in AppSettingsManager), and a kept one is
 * returned with a `toJSON` that masks its value. The log entry is made with JSON.stringify, which
 * calls `toJSON`; the answer to the server is msgpack, which sends own enumerable keys only.
 */
import { SETTINGS_PROBLEM_JOB } from '../../adapters/scheduler/jobIds';
import type {
  IConfigurationModify,
  ILogger,
  ISettingRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { maskUrlCredentials } from '../../../core/settings/validation';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISettingUpdateContext } from '@rocket.chat/apps-engine/definition/settings/ISettingUpdateContext';
import type { SettingsProblem } from '../jobs/settingsProblem';
import { settingsOf } from '../../adapters/settings/reader';
import { isSettingId, SETTING_RULES } from '../../../core/settings/rules';

/** Stands for a secret that is set, in the notice to the admins. */
export const SECRET_MASK = '••••••••';

export async function checkSettingSave(
  { oldSetting, newSetting }: ISettingUpdateContext,
  configuration: IConfigurationModify,
  logger: ILogger,
  /** The settings in force, for a check that depends on another setting; without them it is strict. */
  settings?: ISettingRead,
): Promise<ISetting | undefined> {
  if (!isSettingId(newSetting.id)) return newSetting;
  const rule = SETTING_RULES[newSetting.id];
  const secret = rule.secret === true;
  const other = rule.dependsOn && settings ? await settingsOf(settings).get(rule.dependsOn) : undefined;
  const checked = rule.check(newSetting.value ?? newSetting.packageValue, other);
  if (checked.ok) return secret ? undefined : newSetting;
  const kept = oldSetting.value ?? oldSetting.packageValue;
  // The rejected value is not logged: it may be something pasted by mistake.
  logger.warn(`setting ${newSetting.id} not changed: ${checked.problem}`);
  const data: SettingsProblem = {
    settingId: newSetting.id,
    problem: checked.problem,
    // A secret in force is never echoed to the admins: they see that one is set, not what it is.
    // Nor is a password inside an address (an endpoint URL saved before such were refused).
    current: rule.secret && kept ? SECRET_MASK : maskUrlCredentials(String(kept ?? '')),
  };
  try {
    await configuration.scheduler.scheduleOnce({ id: SETTINGS_PROBLEM_JOB, when: 'now', data: { ...data } });
  } catch (error) {
    logger.error('could not schedule the admin notice', String(error));
  }
  const keptSetting: ISetting = { ...newSetting, value: kept };
  return secret ? maskedForLogs(keptSetting) : keptSetting;
}

/** The same setting, but what a log makes of it (JSON.stringify) shows the mask, not the value. */
export function maskedForLogs(setting: ISetting): ISetting {
  const masked = { ...setting, value: setting.value ? SECRET_MASK : setting.value };
  Object.defineProperty(setting, 'toJSON', { value: () => masked, enumerable: false });
  return setting;
}
