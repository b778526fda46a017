import { translator } from '../../../../../src/core/i18n/translator';
import { posture } from '../../../../../src/engine/entry/commands/adminPosture';
import type { CommandContext } from '../../../../../src/engine/entry/commands/subcommand';
import { callOf, fakeRoom, fakeUser, fakeWorld } from '../../../fakes';
import { RC_DEFAULTS } from '../../../core/dataFlows/defaults';

const now = new Date('2026-11-30T08:00:00.000Z');

function context(world: ReturnType<typeof fakeWorld>, args: string[]): CommandContext {
  return {
    ...callOf(world, () => now),
    user: fakeUser('admin', 'en', ['admin']),
    room: fakeRoom(),
    args,
    translator: translator('en'),
  };
}

describe('/privacy admin posture', () => {
  it('says the settings were not read yet, and `refresh` reads them at once', async () => {
    const world = fakeWorld({ server: { ...RC_DEFAULTS, UserData_EnableDownload: false } });
    expect(await posture(context(world, ['posture']))).toContain('have not been read yet');
    const refreshed = await posture(context(world, ['posture', 'refresh']));
    expect(refreshed).toContain('Server settings read just now.');
    expect(refreshed).toContain('People cannot download their own data');
    expect(await posture(context(world, ['posture']))).toContain('People cannot download their own data');
  });
});
