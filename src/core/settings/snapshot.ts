/**
 * The settings of one call, read from the host at most once each (every read is a round trip
 * between the app's process and the server's), each value checked on the way out: a value that
 * slipped past the save check (an import, a database edit) reads as the default. Typed by id: a
 * reader gets the setting's own type, never one it picks.
 */
import type { ValueProblem } from './validation';
import { SettingId } from './ids';
import type { SettingValues } from './rules';
import { SETTING_RULES } from './rules';

export interface SettingsSnapshot {
  /** The value in force. */
  get<K extends SettingId>(id: K): Promise<SettingValues[K]>;
  /** Why a value that is set is not in force (it reads as the default), if it is not. */
  notInForce(id: SettingId): Promise<ValueProblem | undefined>;
}

/** Where a snapshot reads a stored value from (undefined: not set, or the read was refused). */
export type RawSettingSource = (id: SettingId) => Promise<unknown>;

export function settingsSnapshot(source: RawSettingSource): SettingsSnapshot {
  const raws = new Map<SettingId, Promise<unknown>>();
  const raw = (id: SettingId): Promise<unknown> => {
    let found = raws.get(id);
    if (!found) {
      found = source(id).catch(() => undefined);
      raws.set(id, found);
    }
    return found;
  };
  const other = async (id: SettingId): Promise<unknown> => {
    const dependsOn = SETTING_RULES[id].dependsOn;
    return dependsOn ? get(dependsOn) : undefined;
  };
  async function get<K extends SettingId>(id: K): Promise<SettingValues[K]> {
    const rule = SETTING_RULES[id];
    const [value, dependency] = await Promise.all([raw(id), other(id)]);
    const checked = rule.check(value ?? rule.packageValue, dependency);
    if (checked.ok) return checked.value as SettingValues[K];
    const fallback = rule.check(rule.packageValue, dependency);
    if (!fallback.ok) throw new Error(`the default of setting ${id} does not pass its own check`);
    return fallback.value as SettingValues[K];
  }
  return {
    get,
    async notInForce(id) {
      const [value, dependency] = await Promise.all([raw(id), other(id)]);
      if (value === undefined || value === null || value === '') return undefined;
      const checked = SETTING_RULES[id].check(value, dependency);
      return checked.ok ? undefined : checked.problem;
    },
  };
}

/** A snapshot over fixed stored values (tests, and callers that already hold the values). */
export function fixedSettings(values: Partial<Record<SettingId, unknown>>): SettingsSnapshot {
  return settingsSnapshot(async (id) => values[id]);
}

export { SettingId };
