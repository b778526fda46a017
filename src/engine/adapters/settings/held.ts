/**
 * The app's settings held in its process between calls (issue 14): the engine reads one setting
 * per round trip between the app's process and the server's, and a call needs up to a dozen.
 *
 * A value read is kept until a setting is saved (`forgetHeldSettings`, from `onSettingUpdated`,
 * which the engine calls on each server instance after it stored the new value) and at most
 * `HOLD_MS`, so an instance that missed a save (a cluster whose broadcast was lost) is right again
 * within that time. A failed read is never kept. A read still on its way when the settings are
 * forgotten lands in the map it started in, which is dropped: it cannot bring an old value back.
 * An app that is disabled and enabled starts in a new process, with nothing held.
 */
import type { ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RawSettingSource } from '../../../core/settings/snapshot';
import type { SettingId } from '../../../core/settings/ids';

export const HOLD_MS = 30_000;

interface Held {
  at: number;
  value: Promise<unknown>;
}

let held = new Map<SettingId, Held>();

/** A setting was saved: every value held is read again at its next use. */
export function forgetHeldSettings(): void {
  held = new Map();
}

/** Reads through what this process holds; reads the host only for what it does not. */
export function heldSettingsSource(settings: ISettingRead, now: () => number = Date.now): RawSettingSource {
  return (id) => {
    const map = held;
    const hit = map.get(id);
    const at = now();
    if (hit && at - hit.at < HOLD_MS) return hit.value;
    const entry: Held = { at, value: settings.getValueById(id) };
    map.set(id, entry);
    entry.value.catch(() => {
      if (map.get(id) === entry) map.delete(id);
    });
    return entry.value;
  };
}
