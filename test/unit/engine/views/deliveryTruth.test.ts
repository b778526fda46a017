/**
 * What the app tells admins and the DPO about a request must be true and must not act: the
 * person's email address is shown quoted (a quoted local part such as "@all *x*"@evil.com is a
 * valid address), and an old refusal's history does not claim the admins were told. (A 400's
 * hand-over: test/unit/app/delivery/handOver.test.ts.)
 */
import { fixedSettings } from '../../../../src/core/settings/snapshot';
import { endpointConfig, endpointNotInForce } from '../../../../src/engine/adapters/dsr/endpointSettings';
import { LANGUAGES } from '../../../../src/core/i18n/languages';
import { translator } from '../../../../src/core/i18n/translator';
import { addressForEmail } from '../../../../src/core/text/quote';
import { adminNoticeText, requestEmail } from '../../../../src/engine/views/requestEmailText';
import { queuedRequest } from '../../core/requests/fixtures';

const en = translator('en');
const hostile = '"@all *x*\nReference: PR-FAKE"@evil.com';

describe("the person's email address in admin texts", () => {
  it('the admin notice, posted in a room, leaves it out: the console shows it', () => {
    const text = adminNoticeText(queuedRequest({ email: hostile }), en);
    expect(text).toContain(en.t('admin.operatorMustAnswer'));
    expect(text).not.toContain('evil.com');
    expect(text).not.toContain('@all');
    expect(text).not.toContain('*x*');
  });

  it('the email to the DPO shows it usable on the "User" line: it cannot add a line of its own', () => {
    const { text } = requestEmail(queuedRequest({ email: hostile }), en, 'https://chat.example.org');
    const userLine = text.split('\n').find((l) => l.startsWith(`${en.t('email.field.user')}:`));
    // A plain-text e-mail renders no mention: the address stays as the DPO needs it, on one line.
    expect(userLine).toContain(addressForEmail(hostile));
    expect(text.split('\n').filter((l) => l.startsWith('Reference:'))).toHaveLength(1);
  });
});

describe('an old refusal (400) in the history', () => {
  it.each(LANGUAGES)('in %s, does not claim the administrators were told', (language) => {
    const { t } = translator(language);
    const told = {
      en: 'administrators',
      de: 'Administr',
      'pt-BR': 'administradores',
      es: 'administradores',
      fr: 'administrat',
    };
    expect(t('history.reason.endpoint_refused').toLowerCase()).not.toContain(
      told[language as keyof typeof told].toLowerCase(),
    );
  });
});

describe('an endpoint URL that is set but not in force', () => {
  const settingsOf = (values: Record<string, unknown>) => fixedSettings(values);

  it('says why when local addresses are no longer allowed; nothing when it is in force or empty', async () => {
    const url = 'http://127.0.0.1:4010/';
    expect(await endpointNotInForce(settingsOf({ dsr_endpoint_url: url }))).toBe('internal_address');
    expect(
      await endpointNotInForce(settingsOf({ dsr_endpoint_url: url, dsr_allow_local_endpoint: true })),
    ).toBeUndefined();
    expect(await endpointNotInForce(settingsOf({ dsr_endpoint_url: '' }))).toBeUndefined();
    expect(await endpointConfig(settingsOf({ dsr_endpoint_url: url }))).toBeUndefined();
  });

  it.each(LANGUAGES)('in %s, the person is not told that no endpoint is set up', (language) => {
    const { t } = translator(language);
    const text = t('request.emailedNotInForce', { email: 'dpo@example.org' });
    expect(text).not.toBe(t('request.emailed', { email: 'dpo@example.org' }));
    expect(text).toContain('dpo@example.org');
  });
});
