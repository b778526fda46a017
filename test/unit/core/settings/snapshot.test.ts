import { SettingId } from '../../../../src/core/settings/ids';
import { fixedSettings, settingsSnapshot } from '../../../../src/core/settings/snapshot';

describe('a settings snapshot (one per call)', () => {
  it('reads each setting from the host at most once, however often and however concurrently it is asked', async () => {
    const reads: string[] = [];
    const snapshot = settingsSnapshot(async (id) => {
      reads.push(id);
      return id === SettingId.DpoEmail ? 'dpo@acme.example' : undefined;
    });
    const values = await Promise.all([
      snapshot.get(SettingId.DpoEmail),
      snapshot.get(SettingId.DpoEmail),
      snapshot.get(SettingId.RequestsPerDay),
    ]);
    await snapshot.get(SettingId.DpoEmail);
    expect(values).toEqual(['dpo@acme.example', 'dpo@acme.example', 5]);
    expect(reads.sort()).toEqual([SettingId.DpoEmail, SettingId.RequestsPerDay]);
  });

  it('a bad stored value reads as the default; a refused read reads as not set', async () => {
    const snapshot = settingsSnapshot(async (id) => {
      if (id === SettingId.RequestsPerDay) return 'many';
      throw new Error('refused');
    });
    expect(await snapshot.get(SettingId.RequestsPerDay)).toBe(5);
    expect(await snapshot.get(SettingId.DpoEmail)).toBe('privacy@rocket.chat');
  });

  it('an endpoint URL to a local address is not in force until local addresses are allowed, and says why', async () => {
    const url = 'http://127.0.0.1:4000/dsr';
    const strict = fixedSettings({ [SettingId.DsrEndpointUrl]: url });
    expect(await strict.get(SettingId.DsrEndpointUrl)).toBe('');
    expect(await strict.notInForce(SettingId.DsrEndpointUrl)).toBe('internal_address');
    const allowed = fixedSettings({ [SettingId.DsrEndpointUrl]: url, [SettingId.AllowLocalEndpoint]: true });
    expect(await allowed.get(SettingId.DsrEndpointUrl)).toBe(url);
    expect(await allowed.notInForce(SettingId.DsrEndpointUrl)).toBeUndefined();
    expect(await fixedSettings({}).notInForce(SettingId.DsrEndpointUrl)).toBeUndefined();
  });

  it('a typed value per id: the usernames setting reads as a list', async () => {
    const names: string[] = await fixedSettings({ [SettingId.AdminUsernames]: 'alice, bob' }).get(
      SettingId.AdminUsernames,
    );
    expect(names).toEqual(['alice', 'bob']);
  });
});

describe('the roles that handle privacy requests', () => {
  it('are admin by default, a list when set, and the default when the value is not role names', async () => {
    expect(await fixedSettings({}).get(SettingId.HandlerRoles)).toEqual(['admin']);
    const set = fixedSettings({ [SettingId.HandlerRoles]: 'admin, privacy-officer' });
    expect(await set.get(SettingId.HandlerRoles)).toEqual(['admin', 'privacy-officer']);
    const bad = fixedSettings({ [SettingId.HandlerRoles]: 'admin, <script>' });
    expect(await bad.get(SettingId.HandlerRoles)).toEqual(['admin']);
    expect(await bad.notInForce(SettingId.HandlerRoles)).toBe('not_roles');
  });
});
