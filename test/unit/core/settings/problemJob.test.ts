import { parseSettingsProblem } from '../../../../src/core/settings/problemJob';

describe("the settings problem job's data", () => {
  it('reads what the save check schedules, ignoring what the engine adds', () => {
    expect(
      parseSettingsProblem({ jobId: 'j1', settingId: 'dpo_email', problem: 'not_email', current: '' }),
    ).toEqual({ settingId: 'dpo_email', problem: 'not_email', current: '' });
  });

  it.each([
    ['nothing', undefined],
    ['a text', 'dpo_email'],
    ['no setting id', { problem: 'not_email', current: '' }],
    ['an empty setting id', { settingId: '', problem: 'not_email', current: '' }],
    ['an unknown problem', { settingId: 'dpo_email', problem: 'on_fire', current: '' }],
    ['a current value that is not text', { settingId: 'dpo_email', problem: 'not_email', current: 5 }],
    ['no current value', { settingId: 'dpo_email', problem: 'not_email' }],
  ])('is not read from %s', (_name, data) => {
    expect(parseSettingsProblem(data)).toBeUndefined();
  });
});
