/**
 * What the save check hands to the job that tells the admins a setting was not changed. Job data
 * comes back from the server's job store, so it is parsed, not cast: a run whose data is not this
 * shape tells nobody anything.
 */
import type { ValueProblem } from './validation';
import { VALUE_PROBLEMS } from './validation';

export interface SettingsProblem {
  settingId: string;
  problem: ValueProblem;
  current: string;
}

/** The job's data (the engine adds fields of its own, which are ignored); undefined when odd. */
export function parseSettingsProblem(data: unknown): SettingsProblem | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { settingId, problem, current } = data as Record<string, unknown>;
  if (typeof settingId !== 'string' || settingId === '' || typeof current !== 'string') return undefined;
  if (!(VALUE_PROBLEMS as readonly unknown[]).includes(problem)) return undefined;
  return { settingId, problem: problem as ValueProblem, current };
}
