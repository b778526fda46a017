import { translator } from '../../../../src/core/i18n/translator';
import { policyUpdateBlocks, policyUpdateText } from '../../../../src/engine/views/policyUpdateNotice';
import {
  acknowledgementCountsText,
  policyReceiptsText,
} from '../../../../src/engine/views/policyReceiptsText';

const announcement = {
  version: '7.0',
  effectiveDate: '2026-12-01',
  whatChanged: 'See https://evil.example and ping @all\n`code`',
  announcedAt: '2026-11-30T08:00:00.000Z',
};

describe('the policy update notice', () => {
  it('says the edition, what changed (quoted, unable to act), and the link', () => {
    const text = policyUpdateText(
      { announcement, fullPolicyUrl: 'https://example.org/privacy' },
      translator('en'),
    );
    expect(text).toContain('*The privacy policy changes: version 7.0, in effect from');
    expect(text).toContain('> See hxxps[:]//evil[.]example and ping ＠all');
    expect(text).not.toContain('@all');
    expect(text).toContain('The full policy: https://example.org/privacy');
  });

  it('leaves out what changed when the admin wrote nothing', () => {
    const text = policyUpdateText(
      { announcement: { ...announcement, whatChanged: ' ' }, fullPolicyUrl: '' },
      translator('fr'),
    );
    expect(text).not.toContain('Ce qui change');
    expect(text).toContain('La politique de confidentialité change : version 7.0');
  });

  it('carries the button "I have read it" with the edition as its value', () => {
    const blocks = policyUpdateBlocks('app', { announcement, fullPolicyUrl: '' }, translator('pt-BR'));
    const button = JSON.stringify(blocks);
    expect(button).toContain('"value":"7.0@2026-12-01"');
    expect(button).toContain('Li a política');
  });
});

describe('receipts and counts', () => {
  it('lists what a person has read, in their language', () => {
    const ack = {
      schemaVersion: 1 as const,
      userId: 'u',
      version: '7.0',
      effectiveDate: '2026-12-01',
      at: '2026-11-30T09:00:00.000Z',
    };
    expect(policyReceiptsText([ack], translator('de'))).toMatch(
      /^Von Ihnen gelesene Versionen der Datenschutzerklärung: 7\.0 \(/,
    );
    expect(policyReceiptsText([], translator('de'))).toBe('');
  });

  it('counts per edition for the admins', () => {
    const text = acknowledgementCountsText(
      [{ version: '7.0', effectiveDate: '2026-12-01', acknowledged: 3, active: 10 }],
      translator('es'),
    );
    expect(text).toMatch(/Versión 7\.0 \(.+\): 3 de 10 usuarios activos/);
  });
});
