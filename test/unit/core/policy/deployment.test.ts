import type { RegistrationCheck } from '../../../../src/core/policy/deployment';
import {
  deploymentFromSiteUrl,
  detectDeployment,
  hostOf,
  isDeploymentOverride,
  registrationOutcomeOf,
} from '../../../../src/core/policy/deployment';

const checked = (outcome: RegistrationCheck['outcome']): RegistrationCheck => ({
  outcome,
  checkedAt: '2026-11-01T00:00:00.000Z',
});

describe('deployment detection', () => {
  it('lets the admin override win over every other signal', () => {
    const finding = detectDeployment({
      override: 'self_hosted_unregistered',
      siteUrl: 'https://open.rocket.chat',
      registration: checked('registered'),
    });
    expect(finding).toMatchObject({
      type: 'self_hosted_unregistered',
      source: 'admin_setting',
      certainty: 'confirmed',
    });
  });

  it.each([
    ['https://open.rocket.chat', 'community'],
    ['https://OPEN.rocket.chat/', 'community'],
    ['https://acme.rocket.chat', 'cloud'],
    ['https://eu.acme.rocket.chat:443/path', 'cloud'],
  ])('tells %s from the Site_Url as %s', (siteUrl, type) => {
    expect(
      detectDeployment({ override: 'auto', siteUrl, registration: checked('empty_token') }),
    ).toMatchObject({
      type,
      source: 'site_url',
      certainty: 'confirmed',
    });
  });

  it('does not take look-alike hosts for the vendor cloud', () => {
    expect(deploymentFromSiteUrl('https://rocket.chat.evil.example')).toBeUndefined();
    expect(deploymentFromSiteUrl('https://notrocket.chat')).toBeUndefined();
    expect(deploymentFromSiteUrl('https://rocket.chat')).toBeUndefined();
    expect(deploymentFromSiteUrl('not a url')).toBeUndefined();
    expect(deploymentFromSiteUrl(undefined)).toBeUndefined();
    expect(hostOf('https://chat.example.org.')).toBe('chat.example.org');
  });

  it('treats a token as proof of registration', () => {
    expect(
      detectDeployment({
        override: 'auto',
        siteUrl: 'https://chat.example.org',
        registration: checked('registered'),
      }),
    ).toMatchObject({
      type: 'self_hosted_registered',
      source: 'registration_check',
      certainty: 'confirmed',
    });
  });

  it('words an empty token as a finding, not a fact', () => {
    expect(
      detectDeployment({
        override: 'auto',
        siteUrl: 'https://chat.example.org',
        registration: checked('empty_token'),
      }),
    ).toMatchObject({
      type: 'self_hosted_unregistered',
      certainty: 'appears',
    });
  });

  it.each(['failed', 'no_permission', 'not_checked'] as const)(
    'assumes registered, uncertainly, when the check %s',
    (outcome) => {
      const finding = detectDeployment({
        override: 'auto',
        siteUrl: 'http://localhost:3000',
        registration: { outcome },
      });
      expect(finding).toMatchObject({
        type: 'self_hosted_registered',
        certainty: 'uncertain',
        registration: { outcome },
      });
    },
  );

  it('reads the token reader answer', () => {
    expect(registrationOutcomeOf({ token: 'abc' })).toBe('registered');
    expect(registrationOutcomeOf({ token: '' })).toBe('empty_token');
    expect(registrationOutcomeOf({})).toBe('empty_token');
    expect(registrationOutcomeOf(undefined)).toBe('no_permission');
    expect(registrationOutcomeOf(null)).toBe('no_permission');
  });

  it('knows the override values', () => {
    expect(isDeploymentOverride('auto')).toBe(true);
    expect(isDeploymentOverride('cloud')).toBe(true);
    expect(isDeploymentOverride('mars')).toBe(false);
    expect(isDeploymentOverride(3)).toBe(false);
  });
});
