import { chooseJurisdiction, resolveApplicablePolicy } from '../../../../src/core/policy/applicablePolicy';
import { applicableAppendices, vendorProcessing } from '../../../../src/core/policy/catalog';
import type { DeploymentType } from '../../../../src/core/policy/deployment';
import { DEPLOYMENT_TYPES } from '../../../../src/core/policy/deployment';
import { JURISDICTIONS } from '../../../../src/core/policy/jurisdictions';

const finding = (type: DeploymentType) => ({
  type,
  source: 'admin_setting' as const,
  certainty: 'confirmed' as const,
  registration: { outcome: 'not_checked' as const },
});
const contact = {
  dpoEmail: 'privacy@rocket.chat',
  links: { fullPolicy: 'https://rocket.chat/privacy', security: '' },
};
const version = { version: '6.5', effectiveDate: '2023-10-20' };

describe('the applicable policy', () => {
  const cases = DEPLOYMENT_TYPES.flatMap((d) => JURISDICTIONS.map((j) => [d, j] as const));

  it.each(cases)('resolves %s under %s', (deployment, jurisdiction) => {
    const policy = resolveApplicablePolicy({
      deployment: finding(deployment),
      jurisdiction,
      contact,
      version,
    });
    expect(policy.categories.map((c) => c.category)).toEqual([
      'account',
      'usage',
      'app',
      'content',
      'tracking',
    ]);
    expect(policy.jurisdiction.id).toBe(jurisdiction);
    expect(policy.appendices).toContain('regulations');
    expect(policy.contact.links).toEqual({ fullPolicy: 'https://rocket.chat/privacy' });
    expect(policy.version).toEqual(version);
  });

  it('says the vendor processes nothing for a workspace that is not registered', () => {
    const policy = resolveApplicablePolicy({
      deployment: finding('self_hosted_unregistered'),
      jurisdiction: 'gdpr',
      contact,
      version,
    });
    expect(policy.categories.every((c) => c.processing === 'no')).toBe(true);
  });

  it('says content is processed only through services on a registered self-hosted workspace', () => {
    expect(vendorProcessing('self_hosted_registered', 'content')).toBe('partly');
    expect(vendorProcessing('self_hosted_registered', 'tracking')).toBe('yes');
    expect(vendorProcessing('cloud', 'content')).toBe('yes');
    expect(vendorProcessing('community', 'tracking')).toBe('yes');
  });

  it('applies the cloud appendix to the cloud and the Open Server appendix to the community server', () => {
    expect(applicableAppendices('cloud')).toEqual(['cloud', 'regulations']);
    expect(applicableAppendices('community')).toEqual(['community', 'regulations']);
    expect(applicableAppendices('self_hosted_registered')).toEqual(['regulations']);
  });

  it('prefers the remembered jurisdiction and falls back to the admin default', () => {
    expect(chooseJurisdiction('lgpd', 'gdpr')).toBe('lgpd');
    expect(chooseJurisdiction(undefined, 'ccpa')).toBe('ccpa');
    expect(chooseJurisdiction('klingon', 'uk_gdpr')).toBe('uk_gdpr');
  });
});
