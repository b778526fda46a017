/**
 * Follow-ups to issues 8 and 9: a person never reads the endpoint's error text (9.10), the e-mail
 * says what the chat says about consent withdrawal and objection (8), and the DPO can tell the two
 * parts of one request apart by their subjects.
 */
import { translator } from '../../../../src/core/i18n/translator';
import { LANGUAGES } from '../../../../src/core/i18n/languages';
import { applyOutcome } from '../../../../src/core/requests/outcome';
import { dueLines } from '../../../../src/engine/views/requestText';
import { readyToSendText, requestEmail } from '../../../../src/engine/views/requestEmailText';
import { requestDetailText } from '../../../../src/engine/views/requestHistoryText';
import { queuedRequest } from '../../core/requests/fixtures';

const en = translator('en');
const HOUR = 3_600_000;

describe('a dead-lettered request, as the person reads it', () => {
  const failedAfter = (reason: string) =>
    queuedRequest({
      status: 'failed',
      history: [
        { status: 'queued', at: '2026-03-02T09:30:00.000Z', source: 'submit' },
        { status: 'failed', at: '2026-03-05T09:31:00.000Z', source: 'delivery', reason },
      ],
    });

  it.each(LANGUAGES)(
    'in %s: a translated reason, no error text (also for records stored before)',
    (language) => {
      const t = translator(language);
      for (const stored of [
        'HTTP 503',
        'unreadable 200',
        'ERR wrong db 6379 internal.redis',
        'undeliverable',
      ]) {
        const text = requestDetailText(failedAfter(stored), t);
        expect(text).toContain(`(${t.t('history.reason.undeliverable')})`);
        for (const word of ['503', '6379', 'redis', 'unreadable', 'HTTP']) expect(text).not.toContain(word);
      }
    },
  );

  it('the stored history carries a code, not the last error; the admins keep the last error', () => {
    const start = new Date('2026-03-02T09:30:00.000Z');
    const first = applyOutcome(queuedRequest(), { kind: 'transient', reason: 'HTTP 503' }, start, 0);
    const dead = applyOutcome(
      first.request,
      { kind: 'transient', reason: 'HTTP 503' },
      new Date(start.getTime() + 73 * HOUR),
      0,
    );
    expect(dead.deadLettered).toBe(true);
    expect(dead.request.history.at(-1)).toMatchObject({ status: 'failed', reason: 'undeliverable' });
    expect(JSON.stringify(dead.request.history)).not.toContain('503');
    expect(dead.request.delivery.lastError).toBe('HTTP 503');
  });
});

describe('the e-mail about a request that takes effect at once (GDPR)', () => {
  const withdrawal = queuedRequest({ type: 'consent_withdrawal', language: 'en' });

  it.each(['consent_withdrawal', 'objection'] as const)(
    '%s: says what the chat says, not "Answer due by"',
    (type) => {
      const request = { ...withdrawal, type };
      for (const text of [
        requestEmail(request, en, 'https://chat.example.org').text,
        readyToSendText(request, en, 'dpo@example.org', 'https://chat.example.org'),
      ]) {
        expect(text).not.toContain(en.t('email.field.due'));
        expect(text).toContain(dueLines(request, en)[0]);
      }
    },
  );

  it('an access request keeps its due date', () => {
    const text = requestEmail(queuedRequest(), en, 'https://chat.example.org').text;
    expect(text).toContain(`${en.t('email.field.due')}: April 2, 2026`);
  });
});

describe('the two parts of one request e-mailed to the DPO', () => {
  it.each(LANGUAGES)('in %s: each subject says which part it is', (language) => {
    const t = translator(language);
    const request = queuedRequest({ language });
    const vendor = requestEmail(request, t, 'https://chat.example.org', 'vendor');
    const workspace = requestEmail(request, t, 'https://chat.example.org', 'workspace');
    expect(vendor.subject).not.toBe(workspace.subject);
    expect(vendor.subject).toContain(request.ref);
    expect(workspace.subject).toContain(request.ref);
    const type = t.t('request.type.access');
    expect(vendor.subject).toBe(t.t('email.subject.vendor', { ref: request.ref, type }));
    expect(workspace.subject).toBe(t.t('email.subject.workspace', { ref: request.ref, type }));
    // The body says it too, for whoever reads the text without the subject.
    expect(vendor.text).toContain(t.t('email.part.vendor'));
    expect(workspace.text).toContain(t.t('email.part.workspace'));
  });
});
