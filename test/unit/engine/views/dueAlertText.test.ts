/** The admins' due-date alert, as they read it in their language: reference, law, type and due date only. */
import { translator } from '../../../../src/core/i18n/translator';
import type { DueAlert } from '../../../../src/core/operator/dueAlerts';
import { dueAlertText } from '../../../../src/engine/views/dueAlertText';

const alert: DueAlert = {
  days: 7,
  overdue: [
    { id: 'a', ref: 'PR-AAAA1111', jurisdiction: 'gdpr', type: 'erasure', due: '2026-04-08T09:30:00.000Z' },
  ],
  dueSoon: [
    { id: 'b', ref: 'PR-BBBB2222', jurisdiction: 'lgpd', type: 'access', due: '2026-04-13T09:30:00.000Z' },
  ],
};

describe('the due-date alert', () => {
  it('in German', () => {
    expect(dueAlertText(alert, translator('de'))).toBe(
      [
        '*Datenschutzanträge, die dieser Arbeitsbereich beantworten muss, werden fällig.* Öffnen Sie `/privacy admin`, um sie zu bearbeiten.',
        '',
        '*Überfällig:*',
        `• PR-AAAA1111: ${translator('de').t('request.type.erasure')}, Recht: ${translator('de').t('jurisdiction.gdpr')}, fällig am 8. April 2026`,
        '',
        '*Fällig innerhalb von 7 Tagen:*',
        `• PR-BBBB2222: ${translator('de').t('request.type.access')}, Recht: ${translator('de').t('jurisdiction.lgpd')}, fällig am 13. April 2026`,
      ].join('\n'),
    );
  });

  it('in Portuguese, with only the sections that have requests', () => {
    const pt = translator('pt-BR');
    const text = dueAlertText({ ...alert, overdue: [] }, pt);
    expect(text).toContain('Abra `/privacy admin` para tratá-las.');
    expect(text).not.toContain(pt.t('admin.dueAlert.overdue'));
    expect(text).toContain('*Com prazo em até 7 dias:*');
    expect(text).toContain('PR-BBBB2222');
    expect(text).toContain('prazo em 13 de abril de 2026');
  });
});
