import type { IConfigurationModify } from '@rocket.chat/apps-engine/definition/accessors';
import { SETTINGS } from '../../../../../src/engine/adapters/settings/definitions';
import { checkSettingSave, SECRET_MASK } from '../../../../../src/engine/entry/settings/onSave';
import { workspace } from '../../../fixtures/apps';
import { TOKEN, world, command, age, noSecretIn } from '../../../fixtures/appsWorld';

describe('the app directory settings', () => {
  it('keeps the token in a password setting and the interval in a number setting', () => {
    const byId = Object.fromEntries(SETTINGS.map((s) => [s.id, s]));
    expect(byId.apps_api_token).toMatchObject({
      type: 'password',
      section: 'section_app_directory',
      packageValue: '',
    });
    expect(byId.apps_refresh_minutes).toMatchObject({ type: 'int', packageValue: 60 });
    expect(byId.apps_api_url).toMatchObject({ type: 'string', packageValue: '' });
    expect(byId.apps_api_user_id.section).toBe('section_app_directory');
  });

  it('never echoes the token in force when a new one is refused', async () => {
    const w = world();
    const token = SETTINGS.find((s) => s.id === 'apps_api_token')!;
    const saved = await checkSettingSave(
      { oldSetting: { ...token, value: TOKEN }, newSetting: { ...token, value: 'x'.repeat(2000) } },
      w.configuration as unknown as IConfigurationModify,
      w.logger,
    );
    expect(saved?.value).toBe(TOKEN);
    expect(w.scheduled[0].data).toMatchObject({
      settingId: 'apps_api_token',
      problem: 'too_long',
      current: SECRET_MASK,
    });
    noSecretIn(w);
  });

  it('falls back to the default interval for a value out of range', async () => {
    const w = world({ http: workspace(), settings: { apps_refresh_minutes: 1 } });
    await command(w);
    await age(w, 30);
    await command(w);
    expect(w.scheduled).toHaveLength(0);
    await age(w, 60);
    await command(w);
    expect(w.scheduled).toHaveLength(1);
  });
});
