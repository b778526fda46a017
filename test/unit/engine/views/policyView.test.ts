import { translator } from '../../../../src/core/i18n/translator';
import type { DeploymentFinding } from '../../../../src/core/policy/deployment';
import { resolveApplicablePolicy } from '../../../../src/core/policy/applicablePolicy';
import type { Jurisdiction } from '../../../../src/core/policy/jurisdictions';
import { policyView, PolicyViewIds } from '../../../../src/engine/views/policyView';

const finding = (over: Partial<DeploymentFinding> = {}): DeploymentFinding => ({
  type: 'self_hosted_registered',
  source: 'registration_check',
  certainty: 'confirmed',
  registration: { outcome: 'registered', checkedAt: '2026-11-28T10:00:00.000Z' },
  ...over,
});

function view(language: 'en' | 'de', jurisdiction: Jurisdiction = 'gdpr', deployment = finding()) {
  const policy = resolveApplicablePolicy({
    deployment,
    jurisdiction,
    contact: { dpoEmail: 'privacy@rocket.chat', links: { fullPolicy: 'https://rocket.chat/privacy' } },
    version: { version: '6.5', effectiveDate: '2023-10-20' },
  });
  return policyView({ appId: 'app-id', policy, siteUrl: 'https://chat.example.org' }, translator(language));
}

const allText = (v: ReturnType<typeof view>) => JSON.stringify(v.blocks);

describe('the policy view', () => {
  it('has the section "Where your data goes here" after what the vendor processes', () => {
    const v = view('en');
    expect(allText(v)).toContain('Where your data goes here');
    expect(allText(v)).toContain('The app has not read the settings yet');
    expect(allText(v).indexOf('What the vendor processes here')).toBeLessThan(
      allText(v).indexOf('Where your data goes here'),
    );
  });

  it('is a contextual bar with only known block types and a jurisdiction select carrying its ids', () => {
    const v = view('en');
    expect(v.type).toBe('contextualBar');
    expect(v.id).toBe(PolicyViewIds.View);
    for (const block of v.blocks as Array<{ type: string }>)
      expect(['section', 'context', 'divider', 'actions']).toContain(block.type);
    const fileButton = (v.blocks as any[]).find((b) => b.blockId === PolicyViewIds.RequestBlock)?.elements[0];
    expect(fileButton).toMatchObject({
      type: 'button',
      actionId: PolicyViewIds.RequestAction,
      appId: 'app-id',
    });
    const select = (v.blocks as any[]).find((b) => b.blockId === PolicyViewIds.JurisdictionBlock)?.accessory;
    expect(select).toMatchObject({
      type: 'static_select',
      appId: 'app-id',
      blockId: PolicyViewIds.JurisdictionBlock,
      actionId: PolicyViewIds.JurisdictionAction,
      initialValue: 'gdpr',
    });
    expect(select.placeholder.text.length).toBeGreaterThan(0);
    expect(select.options).toHaveLength(6);
  });

  it('shows the deployment, how it was found, the categories, appendices, rights, DPO and version', () => {
    const text = allText(view('en'));
    expect(text).toContain('Self-hosted, registered with the vendor');
    expect(text).toContain('registration check of November 28, 2026');
    expect(text).toContain('*Messages, files and other content*: Only in one case');
    expect(text).toContain('Appendix 2');
    expect(text).not.toContain('Appendix 1');
    expect(text).toContain('Get a copy of your personal data');
    expect(text).toContain('1 month');
    expect(text).toContain('supervisory authority');
    expect(text).toContain('privacy@rocket.chat');
    expect(text).toContain('<https://rocket.chat/privacy|Full privacy policy>');
    expect(text).toContain('Policy version 6.5, in effect since October 20, 2023.');
  });

  it('words an empty token as a finding and names the Site_Url host when that decided', () => {
    expect(
      allText(
        view(
          'en',
          'gdpr',
          finding({
            type: 'self_hosted_unregistered',
            certainty: 'appears',
            registration: { outcome: 'empty_token', checkedAt: '2026-11-28T10:00:00.000Z' },
          }),
        ),
      ),
    ).toContain('appears not to be registered');
    expect(allText(view('en', 'gdpr', finding({ type: 'cloud', source: 'site_url' })))).toContain(
      'workspace address (chat.example.org)',
    );
    expect(allText(view('en', 'gdpr', finding({ source: 'admin_setting' })))).toContain(
      'An administrator set this type',
    );
  });

  it('shows CCPA clocks and no complaint line', () => {
    const text = allText(view('en', 'ccpa'));
    expect(text).toContain('45 days');
    expect(text).toContain('10 business days');
    expect(text).toContain('15 business days');
    expect(text).not.toContain('supervisory authority');
  });

  it('invents no deadline for "other"', () => {
    expect(allText(view('en', 'other'))).toContain('sets no deadline');
  });

  it('speaks German to a German user', () => {
    const v = view('de');
    const de = translator('de').t;
    expect((v.title as { text: string }).text).toBe(de('policy.title'));
    expect(allText(v)).toContain(de('deployment.type.self_hosted_registered'));
    expect(allText(v)).toContain('20. Oktober 2023');
  });
});

describe('the footnote under what the vendor processes', () => {
  const note = (v: ReturnType<typeof view>) => {
    const blocks = v.blocks as any[];
    const heading = blocks.findIndex((b) => b.text?.text === '*What the vendor processes here*');
    const footnote = blocks.slice(heading).find((b) => b.type === 'context');
    return footnote.elements.map((e: any) => e.text).join(' ') as string;
  };
  const of = (type: DeploymentFinding['type']) =>
    note(view('en', 'gdpr', finding({ type, source: 'admin_setting' })));

  it('on a cloud workspace says the vendor holds the content, and nothing about self-hosting', () => {
    expect(of('cloud')).not.toMatch(/self-hosted/i);
    expect(of('cloud')).toMatch(/on behalf of/);
  });

  it('on the community server speaks of the account there, not of registration or self-hosting', () => {
    expect(of('community')).not.toMatch(/self-hosted|regist/i);
    expect(of('community')).toContain('community server');
  });

  it('on a workspace that is not registered does not explain registration account data', () => {
    expect(of('self_hosted_unregistered')).not.toMatch(/Account data/);
    expect(of('self_hosted_unregistered')).toMatch(/operator/);
  });

  it('on a registered self-hosted workspace explains who holds what and what account data means', () => {
    expect(of('self_hosted_registered')).toMatch(/operator/);
    expect(of('self_hosted_registered')).toMatch(/Account data/);
  });
});
