import { translator } from '../../../src/core/i18n/translator';
import {
  adminNoticeText,
  readyToSendText,
  receiptText,
  requestDetailText,
  requestListText,
  statusChangeText,
} from '../../../src/engine/views/requestText';
import { queuedRequest } from '../core/requests/fixtures';

const en = translator('en');
const de = translator('de');

describe('request texts', () => {
  it("shows the history with the app's own reasons in the reader's language and the vendor's words quoted", () => {
    const request = queuedRequest({
      status: 'failed',
      history: [
        { status: 'queued', at: '2026-03-02T09:30:00.000Z', source: 'submit' },
        { status: 'delivered', at: '2026-03-02T09:31:00.000Z', source: 'delivery', reason: 'emailed_to_dpo' },
        {
          status: 'rejected',
          at: '2026-03-03T09:31:00.000Z',
          source: 'poll',
          reason: 'Identity not confirmed',
        },
        { status: 'failed', at: '2026-03-05T09:31:00.000Z', source: 'delivery', reason: 'HTTP 503' },
      ],
    });
    const text = requestDetailText(request, en);
    expect(text).toContain('(sent to the Data Protection Officer by email)');
    expect(text).toContain('(reason given: Identity not confirmed)');
    expect(text).toContain('(the vendor could not be reached for 72 hours; last error: HTTP 503)');
    expect(text).not.toContain('emailed_to_dpo');
    expect(requestDetailText(request, de)).toContain(de.t('history.reason.emailed_to_dpo'));
  });

  it('writes a receipt with reference, request, routing and due date', () => {
    const request = queuedRequest({ due: '2026-04-02T09:30:00.000Z' });
    const text = receiptText(request, en);
    expect(text).toContain(request.ref);
    expect(text).toContain('A copy of my data');
    expect(text).toContain('April 2, 2026');
    expect(text).toContain(`/privacy status ${request.ref}`);
  });

  it('names the supervisory authority on a GDPR refusal only', () => {
    const gdpr = statusChangeText(queuedRequest({ status: 'rejected' }), en, { dpoEmail: 'dpo@example.org' });
    const ccpa = statusChangeText(queuedRequest({ status: 'rejected', jurisdiction: 'ccpa' }), en, {
      dpoEmail: 'dpo@example.org',
    });
    expect(gdpr).toContain('supervisory authority');
    expect(ccpa).not.toContain('supervisory authority');
  });

  it('lists requests, bounded, saying how many more there are', () => {
    const many = Array.from({ length: 12 }, () => queuedRequest());
    const text = requestListText(many, en, 10);
    expect(text.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(10);
    expect(text).toContain('and 2 older ones.');
    expect(requestListText([], en, 10)).toContain('You have not filed any privacy request.');
  });

  it('gives the user a ready-to-send email and the admins a notice', () => {
    const request = queuedRequest({ details: 'Please include my messages.' });
    const email = readyToSendText(request, en, 'dpo@example.org', 'https://chat.example.org');
    expect(email).toContain('To: dpo@example.org');
    expect(email).toContain(`Subject: Privacy request ${request.ref}: A copy of my data`);
    expect(email).toContain('Please include my messages.');
    expect(adminNoticeText(request, en)).toContain(`New privacy request ${request.ref}`);
  });
});
