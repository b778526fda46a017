/**
 * When an admin saves the policy version or effective date, the editions in force before and after
 * the save are handed to the announcing job (onPreSettingUpdate still reads the old values).
 */
import type {
  IConfigurationModify,
  ILogger,
  ISettingRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { PolicyEdition } from '../../../core/policyUpdates/updates';
import { editionKey } from '../../../core/policyUpdates/updates';
import { SettingId } from '../../../core/settings/ids';
import { SETTING_RULES } from '../../../core/settings/rules';
import { POLICY_UPDATE_JOB } from '../../adapters/scheduler/jobIds';
import { settingsOf } from '../../adapters/settings/reader';
import type { PolicyUpdateJob } from '../jobs/policyUpdate';

const FIELDS: Partial<Record<string, keyof PolicyEdition>> = {
  [SettingId.PolicyVersion]: 'version',
  [SettingId.PolicyEffectiveDate]: 'effectiveDate',
};

/** `saved`: the setting as it will be saved (the value kept when the new one was refused). */
export async function schedulePolicyUpdate(
  saved: ISetting,
  configuration: IConfigurationModify,
  settings: ISettingRead,
  logger: ILogger,
): Promise<void> {
  const field = FIELDS[saved.id];
  if (!field) return;
  const snapshot = settingsOf(settings);
  const before: PolicyEdition = {
    version: await snapshot.get(SettingId.PolicyVersion),
    effectiveDate: await snapshot.get(SettingId.PolicyEffectiveDate),
  };
  const checked = SETTING_RULES[saved.id as SettingId.PolicyVersion].check(saved.value ?? saved.packageValue);
  if (!checked.ok) return;
  const after: PolicyEdition = { ...before, [field]: checked.value };
  if (editionKey(after) === editionKey(before)) return;
  const data: PolicyUpdateJob = { before, after };
  try {
    await configuration.scheduler.scheduleOnce({ id: POLICY_UPDATE_JOB, when: 'now', data: { ...data } });
  } catch (error) {
    logger.error('could not schedule the policy update announcement', String(error));
  }
}
