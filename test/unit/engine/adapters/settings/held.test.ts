import type { ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import {
  HOLD_MS,
  forgetHeldSettings,
  heldSettingsSource,
} from '../../../../../src/engine/adapters/settings/held';
import { SettingId } from '../../../../../src/core/settings/ids';

/** A host whose values the test sets, counting reads (each one a round trip). */
function host(values: Record<string, unknown>) {
  const reads: string[] = [];
  let fail = false;
  const settings = {
    getValueById: async (id: string) => {
      reads.push(id);
      if (fail) throw new Error('refused');
      return values[id];
    },
  } as unknown as ISettingRead;
  return { settings, reads, values, failNext: (on: boolean) => (fail = on) };
}

beforeEach(() => forgetHeldSettings());

describe('settings held between calls', () => {
  it('reads a setting from the host once, then from the process', async () => {
    const h = host({ [SettingId.DpoEmail]: 'dpo@acme.example' });
    const now = () => 1_000;
    expect(await heldSettingsSource(h.settings, now)(SettingId.DpoEmail)).toBe('dpo@acme.example');
    expect(await heldSettingsSource(h.settings, now)(SettingId.DpoEmail)).toBe('dpo@acme.example');
    expect(h.reads).toEqual([SettingId.DpoEmail]);
  });

  it('a save forgets every value held: the next call reads the new one', async () => {
    const h = host({ [SettingId.DpoEmail]: 'old@acme.example' });
    expect(await heldSettingsSource(h.settings)(SettingId.DpoEmail)).toBe('old@acme.example');
    h.values[SettingId.DpoEmail] = 'new@acme.example';
    forgetHeldSettings();
    expect(await heldSettingsSource(h.settings)(SettingId.DpoEmail)).toBe('new@acme.example');
    expect(h.reads).toHaveLength(2);
  });

  it(`holds a value ${HOLD_MS} ms at most (an instance that missed a save is right again)`, async () => {
    const h = host({ [SettingId.DpoEmail]: 'old@acme.example' });
    let t = 0;
    const source = () => heldSettingsSource(h.settings, () => t);
    await source()(SettingId.DpoEmail);
    h.values[SettingId.DpoEmail] = 'new@acme.example';
    t = HOLD_MS - 1;
    expect(await source()(SettingId.DpoEmail)).toBe('old@acme.example');
    t = HOLD_MS;
    expect(await source()(SettingId.DpoEmail)).toBe('new@acme.example');
  });

  it('a failed read is not kept', async () => {
    const h = host({ [SettingId.DpoEmail]: 'dpo@acme.example' });
    h.failNext(true);
    await expect(heldSettingsSource(h.settings)(SettingId.DpoEmail)).rejects.toThrow('refused');
    h.failNext(false);
    expect(await heldSettingsSource(h.settings)(SettingId.DpoEmail)).toBe('dpo@acme.example');
    expect(h.reads).toHaveLength(2);
  });

  it('a read on its way when a save comes cannot bring the old value back', async () => {
    let release: (value: unknown) => void = () => undefined;
    const reads: string[] = [];
    const slow = {
      getValueById: (id: string) => {
        reads.push(id);
        return reads.length === 1
          ? new Promise((resolve) => (release = resolve))
          : Promise.resolve('new@acme.example');
      },
    } as unknown as ISettingRead;
    const first = heldSettingsSource(slow)(SettingId.DpoEmail);
    forgetHeldSettings(); // the save lands while the first read is on its way
    release('old@acme.example');
    expect(await first).toBe('old@acme.example');
    expect(await heldSettingsSource(slow)(SettingId.DpoEmail)).toBe('new@acme.example');
  });
});
