import type { IConfigurationModify, ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SETTINGS } from '../../../../../src/engine/adapters/settings/definitions';
import { SettingId } from '../../../../../src/core/settings/ids';
import { checkSettingSave } from '../../../../../src/engine/entry/settings/onSave';
import { readPrivacySettings, settingsOf } from '../../../../../src/engine/adapters/settings/reader';
import { settingsProblemJob } from '../../../../../src/engine/entry/jobs/settingsProblem';
import { fakeUser, fakeWorld } from '../../../fakes';
import en from '../../../../../i18n/en.json';
import { quoteInline } from '../../../../../src/core/text/quote';

const reader = (values: Record<string, unknown>) =>
  ({ getValueById: async (id: string) => values[id] }) as unknown as ISettingRead;
const setting = (id: string, value: unknown): ISetting => ({ ...SETTINGS.find((s) => s.id === id)!, value });

describe('settings', () => {
  it('declares every setting with a translated label, description and section', () => {
    const labels = en as Record<string, string>;
    for (const s of SETTINGS) {
      expect([
        s.id,
        labels[s.i18nLabel] !== undefined,
        labels[s.i18nDescription!] !== undefined,
        labels[s.section!] !== undefined,
      ]).toEqual([s.id, true, true, true]);
      for (const v of s.values ?? [])
        expect([v.key, labels[v.i18nLabel] !== undefined]).toEqual([v.key, true]);
    }
    expect(SETTINGS.map((s) => s.id).sort()).toEqual(Object.values(SettingId).sort());
  });

  it('reads defaults when nothing is set', async () => {
    const settings = await readPrivacySettings(settingsOf(reader({})));
    expect(settings).toMatchObject({
      deploymentOverride: 'auto',
      defaultJurisdiction: 'gdpr',
      contact: {
        dpoEmail: 'privacy@rocket.chat',
        links: { fullPolicy: 'https://rocket.chat/privacy', security: '' },
      },
      version: { version: '6.5', effectiveDate: '2023-10-20' },
      adminUsernames: [],
    });
  });

  it('falls back to the default for a bad stored value', async () => {
    const settings = await readPrivacySettings(
      settingsOf(
        reader({ dpo_email: 'nope', default_jurisdiction: 'xx', link_security: 'http://evil.example' }),
      ),
    );
    expect(settings.contact.dpoEmail).toBe('privacy@rocket.chat');
    expect(settings.defaultJurisdiction).toBe('gdpr');
    expect(settings.contact.links.security).toBe('');
  });

  it('lets a good value through when saved', async () => {
    const world = fakeWorld();
    const saved = await checkSettingSave(
      {
        oldSetting: setting('dpo_email', 'privacy@rocket.chat'),
        newSetting: setting('dpo_email', 'dpo@example.org'),
      },
      world.configuration as unknown as IConfigurationModify,
      world.logger,
    );
    expect(saved?.value).toBe('dpo@example.org');
    expect(world.scheduled).toHaveLength(0);
  });

  it('keeps the last good value, logs, and schedules the admin notice when a bad value is saved', async () => {
    const world = fakeWorld();
    const saved = await checkSettingSave(
      {
        oldSetting: setting('link_security', 'https://example.org/s'),
        newSetting: setting('link_security', 'http://example.org/s'),
      },
      world.configuration as unknown as IConfigurationModify,
      world.logger,
    );
    expect(saved?.value).toBe('https://example.org/s');
    expect(world.scheduled).toEqual([
      {
        id: 'settings-problem',
        when: 'now',
        data: { settingId: 'link_security', problem: 'not_https', current: 'https://example.org/s' },
      },
    ]);
    expect(world.logs.some((l) => l.level === 'warn' && String(l.items[0]).includes('link_security'))).toBe(
      true,
    );
    expect(JSON.stringify(world.logs)).not.toContain('http://example.org/s');
  });

  it('never hands a secret back through the hook the engine logs: a good one is not returned (9.5)', async () => {
    const world = fakeWorld();
    const saved = await checkSettingSave(
      { oldSetting: setting('dsr_token', 'old-token-1'), newSetting: setting('dsr_token', 'new-token-2') },
      world.configuration as unknown as IConfigurationModify,
      world.logger,
    );
    // The engine saves the setting as the admin gave it when the hook returns nothing.
    expect(saved).toBeUndefined();
  });

  it('a kept secret goes back to the engine, but a log of it shows the mask (9.5)', async () => {
    const world = fakeWorld();
    const saved = await checkSettingSave(
      {
        oldSetting: setting('dsr_signing_secret', 'old-secret-1'),
        newSetting: setting('dsr_signing_secret', 'x'.repeat(2000)),
      },
      world.configuration as unknown as IConfigurationModify,
      world.logger,
    );
    expect(saved?.value).toBe('old-secret-1');
    expect(Object.keys(saved ?? {})).not.toContain('toJSON');
    const logged = JSON.stringify({ msg: 'result', result: saved });
    expect(logged).not.toContain('old-secret-1');
    expect(logged).toContain('••••••••');
    expect(JSON.stringify(world.logs)).not.toContain('old-secret-1');
  });

  it('sends the notice to each named admin in their language, skipping unknown names', async () => {
    const world = fakeWorld({
      settings: { admin_usernames: 'admin, ghost, bruno' },
      users: [fakeUser('admin', 'en', ['admin']), fakeUser('bruno', 'de')],
    });
    const job = settingsProblemJob(world.logger);
    await job.processor(
      { settingId: 'dpo_email', problem: 'not_email', current: 'privacy@rocket.chat' },
      world.read,
      world.modify,
      world.http,
      world.persistence,
    );
    const messages = world.sent.filter((m) => m.kind === 'message');
    expect(messages.map((m) => m.to)).toEqual(['admin', 'bruno']);
    // Named by the label the admin sees in the settings, in their language, not by its id.
    expect(messages[0].text).toContain(
      "*Data Protection Officer's email* was not changed: this is not an email address",
    );
    expect(messages[1].text).toContain('*E-Mail-Adresse der oder des Datenschutzbeauftragten*');
    expect(messages.map((m) => m.text).join()).not.toContain('dpo_email');
    expect(messages[0].text).toContain(quoteInline('privacy@rocket.chat'));
    expect(world.logs.some((l) => String(l.items[0]).includes('ghost'))).toBe(true);
  });

  it('tells nobody, and logs that, when the job data does not parse', async () => {
    const world = fakeWorld({
      settings: { admin_usernames: 'admin' },
      users: [fakeUser('admin', 'en', ['admin'])],
    });
    const job = settingsProblemJob(world.logger);
    await job.processor(
      { settingId: 'dpo_email', problem: 'on_fire', current: 'pasted-secret' },
      world.read,
      world.modify,
      world.http,
      world.persistence,
    );
    expect(world.sent).toHaveLength(0);
    expect(world.logs.map((l) => String(l.items[0]))).toEqual([
      'settings problem job: its data does not parse; nobody is told',
    ]);
    expect(JSON.stringify(world.logs)).not.toContain('pasted-secret');
  });

  describe('the request endpoint address', () => {
    const save = async (value: string, allowLocal: boolean, old = '') => {
      const world = fakeWorld();
      const saved = await checkSettingSave(
        { oldSetting: setting('dsr_endpoint_url', old), newSetting: setting('dsr_endpoint_url', value) },
        world.configuration as unknown as IConfigurationModify,
        world.logger,
        reader({ dsr_allow_local_endpoint: allowLocal }),
      );
      return { saved: saved?.value, scheduled: world.scheduled, logs: JSON.stringify(world.logs) };
    };

    it('refuses a loopback, link-local or metadata address unless local addresses are allowed', async () => {
      for (const url of [
        'http://169.254.169.254/',
        'https://127.1/',
        'http://localhost:6379/',
        'https://[::1]/',
      ]) {
        const refused = await save(url, false, 'https://dsr.vendor.example/');
        expect([url, refused.saved]).toEqual([url, 'https://dsr.vendor.example/']);
        expect(refused.scheduled).toEqual([
          {
            id: 'settings-problem',
            when: 'now',
            data: {
              settingId: 'dsr_endpoint_url',
              problem: 'internal_address',
              current: 'https://dsr.vendor.example/',
            },
          },
        ]);
      }
      expect((await save('http://127.0.0.1:40123/dsr', true)).saved).toBe('http://127.0.0.1:40123/dsr');
    });

    it('never echoes credentials of an address to the admins', async () => {
      const refused = await save(
        'https://user:pw@dsr.vendor.example/',
        true,
        'https://old:secret@dsr.vendor.example/',
      );
      expect(refused.saved).toBe('https://old:secret@dsr.vendor.example/');
      expect(refused.scheduled[0]).toMatchObject({
        data: { problem: 'credentials_in_url', current: 'https://••••••••@dsr.vendor.example/' },
      });
      expect(JSON.stringify(refused.scheduled)).not.toContain('secret');
      expect(refused.logs).not.toContain('pw@');
    });

    it('reads a stored internal address as no endpoint once local addresses are no longer allowed', async () => {
      const stored = { dsr_endpoint_url: 'http://127.0.0.1:40123/dsr' };
      expect(
        await settingsOf(reader({ ...stored, dsr_allow_local_endpoint: true })).get(SettingId.DsrEndpointUrl),
      ).toBe('http://127.0.0.1:40123/dsr');
      expect(await settingsOf(reader(stored)).get(SettingId.DsrEndpointUrl)).toBe('');
    });
  });
});
