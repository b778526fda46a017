import { readFileSync } from 'fs';
import { join } from 'path';
import { LANGUAGES } from '../../../../../src/core/i18n/languages';
import { translator } from '../../../../../src/core/i18n/translator';
import { settingsProblemText } from '../../../../../src/engine/entry/jobs/settingsProblem';
import { SettingId } from '../../../../../src/core/settings/ids';
import { quoteInline } from '../../../../../src/core/text/quote';

const serverLabels = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'i18n', `${language}.json`), 'utf8'));

describe('the notice that a setting was not changed', () => {
  it('names the setting by the label the admin sees in the settings, in their language', () => {
    const text = settingsProblemText(
      { settingId: SettingId.DpoEmail, problem: 'not_email', current: 'privacy@example.org' },
      translator('de').t,
    );
    expect(text).toContain('*E-Mail-Adresse der oder des Datenschutzbeauftragten*');
    expect(text).not.toContain('dpo_email');
    expect(text).toContain(quoteInline('privacy@example.org'));
  });

  it('quotes the kept value, so a value with backticks or mentions cannot act in the message', () => {
    const current = 'https://x.example/`x` @all *bold*';
    const text = settingsProblemText(
      { settingId: SettingId.DsrEndpointUrl, problem: 'internal_address', current },
      translator('en').t,
    );
    expect(text).toContain(quoteInline(current));
    expect(text).not.toContain('@all');
    expect(text).not.toContain('`');
  });

  it.each(LANGUAGES)('uses, in %s, the very label of every setting that the server shows', (language) => {
    const labels = serverLabels(language);
    const { t } = translator(language);
    for (const id of Object.values(SettingId)) {
      const text = settingsProblemText({ settingId: id, problem: 'too_long', current: '' }, t);
      expect([id, text]).toEqual([id, expect.stringContaining(`*${labels[`setting_${id}_label`]}*`)]);
    }
  });
});
