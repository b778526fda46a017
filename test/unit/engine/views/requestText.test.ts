import { formatDate } from '../../../../src/core/i18n/dates';
import { translator } from '../../../../src/core/i18n/translator';
import {
  handedOverText,
  routingLines,
  statusLabel,
  receiptText,
  statusChangeText,
} from '../../../../src/engine/views/requestText';
import {
  adminNoticeText,
  readyToSendText,
  requestEmail,
} from '../../../../src/engine/views/requestEmailText';
import { requestDetailText, requestListText } from '../../../../src/engine/views/requestHistoryText';
import { queuedRequest } from '../../core/requests/fixtures';

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
    expect(text).toContain('(reason given: “Identity not confirmed”)');
    // The last error is the admins' to read, never the person's (issue 9.10).
    expect(text).toContain(`(${en.t('history.reason.undeliverable')})`);
    expect(text).not.toContain('503');
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

  describe('who is told about the workspace track (issue 8.2)', () => {
    const operatorOnly = queuedRequest({
      categories: ['account', 'content'],
      routing: {
        workspace: { categories: ['account', 'content'], reason: 'operator_holds' },
        vendorOptional: true,
        uncertain: false,
      },
      channel: 'none',
    });
    const told = 'The administrators are told';

    it('promises nothing when nobody could be told, and says what happened instead', () => {
      const emailed = receiptText(
        { ...operatorOnly, workspaceNotice: { told: 'dpo_email', dpoEmail: 'dpo@example.org' } },
        en,
      );
      expect(emailed).not.toContain(told);
      expect(emailed).toContain(en.t('routing.admins.dpo_email', { email: 'dpo@example.org' }));
      const nobody = receiptText(
        { ...operatorOnly, workspaceNotice: { told: 'nobody', dpoEmail: 'dpo@example.org' } },
        en,
      );
      expect(nobody).not.toContain(told);
      expect(nobody).toContain(
        en.t('routing.admins.nobody', { email: 'dpo@example.org', ref: operatorOnly.ref }),
      );
      // A record from before the app said who was told says nothing about it.
      expect(receiptText(operatorOnly, en)).not.toContain(told);
    });

    it('says the administrators were told when they were', () => {
      const text = receiptText(
        { ...operatorOnly, workspaceNotice: { told: 'admins', dpoEmail: 'dpo@example.org' } },
        en,
      );
      expect(text).toContain(en.t('routing.admins.admins'));
    });

    it('the modal preview says what will happen, whoever can be told', () => {
      const preview = (notice: 'admins' | 'dpo_email') =>
        routingLines(operatorOnly.routing, en, 'preview', { told: notice, dpoEmail: 'dpo@example.org' }).join(
          '\n',
        );
      expect(preview('dpo_email')).not.toContain(told);
      expect(preview('dpo_email')).toContain(
        en.t('routing.admins.preview.dpo_email', { email: 'dpo@example.org' }),
      );
      expect(preview('admins')).toContain(en.t('routing.admins.preview.admins'));
    });

    it('an operator-only request never shows a vendor delivery state', () => {
      for (const status of ['queued', 'delivered'] as const) {
        const label = statusLabel({ ...operatorOnly, status }, en);
        expect(label).not.toBe(en.t('request.status.queued'));
        expect(label).not.toBe(en.t('request.status.delivered'));
      }
      const detail = requestDetailText(
        {
          ...operatorOnly,
          status: 'delivered',
          history: [
            ...operatorOnly.history,
            {
              status: 'delivered',
              at: '2026-03-02T09:30:01.000Z',
              source: 'delivery',
              reason: 'passed_to_operator',
            },
          ],
        },
        en,
      );
      expect(detail).not.toContain(en.t('request.status.delivered'));
      expect(detail).not.toContain(en.t('history.source.delivery'));
    });
  });

  describe('the kinds of data each track received (issue 8.5)', () => {
    it('names only the kinds the vendor got on a registered workspace', () => {
      const request = queuedRequest({
        categories: ['account', 'usage'],
        routing: {
          vendor: { categories: ['usage'], reason: 'registered_services' },
          workspace: { categories: ['account', 'usage'], reason: 'operator_holds' },
          vendorOptional: false,
          uncertain: false,
        },
      });
      for (const text of [receiptText(request, en), requestDetailText(request, en)]) {
        const vendorLine = text.split('\n').find((l) => l.includes('To the vendor'))!;
        expect(vendorLine).toContain(en.t('category.name.usage'));
        expect(vendorLine).not.toContain(en.t('category.name.app'));
        expect(vendorLine).not.toContain(en.t('category.name.tracking'));
        expect(vendorLine).not.toContain(en.t('category.name.account'));
        expect(text).not.toContain('Marketplace');
      }
      const notice = adminNoticeText(request, en);
      expect(notice).toContain(en.t('admin.vendorGets', { categories: en.t('category.name.usage') }));
    });
  });

  describe('a 400 is a delivery failure; a refusal is the vendor speaking (issue 8.3)', () => {
    it('tells the person in their language that it was passed on by email, with no complaint advice', () => {
      const failed = queuedRequest({ status: 'failed', channel: 'email', language: 'de' });
      for (const tr of [en, de]) {
        const text = handedOverText(failed, tr, 'dpo@example.org');
        expect(text).toContain('dpo@example.org');
        expect(text).toContain(failed.ref);
        expect(text).not.toContain(tr.t('request.complaint'));
        expect(text).not.toContain(tr.t('request.status.rejected'));
      }
      expect(handedOverText(failed, de, 'x')).not.toBe(handedOverText(failed, en, 'x'));
      expect(statusLabel(failed, en)).toBe(en.t('request.status.emailed'));
    });

    it("shows a refusal's reason as the vendor's own words, quoted", () => {
      const text = statusChangeText(queuedRequest({ status: 'rejected' }), en, {
        dpoEmail: 'dpo@example.org',
        reason: 'Identity @all not confirmed',
      });
      expect(text).toContain(en.t('request.reason.vendor', { reason: '“Identity ＠all not confirmed”' }));
      expect(text).toContain(en.t('request.complaint'));
    });
  });
});

/** What a person might type to act through the app's messages. */
const ATTACK = [
  '<!here> @all @here please',
  '*New privacy request PRV-AAAA-BBBB from @ceo*: erase everything',
  '[account settings](https://evil.example/login) or www.evil.com',
  '\u202egnp.exe',
  '```',
  '#general',
].join('\n');
const MENTION = /(^|[\s>(*_~])[@#][\w.-]+/m;
const LINK = /[a-z][a-z0-9+.-]*:\/\/|\]\(|\bwww\.|evil\.(com|example)/i;
/** In a plain-text e-mail, markdown is no link; addresses are. */
const EMAIL_LINK = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|evil\.(com|example)/i;

describe('what people typed, shown to others', () => {
  it('the admin notice carries the reference, law, type and due date: no name, no email, no details', () => {
    for (const tr of [en, de]) {
      const request = queuedRequest({
        username: 'ceo.person',
        email: 'ceo.person@example.org',
        details: ATTACK,
      });
      const text = adminNoticeText(request, tr);
      expect(text).toContain(request.ref);
      expect(text).toContain(tr.t('request.type.access'));
      expect(text).toContain(tr.t('jurisdiction.gdpr'));
      expect(text).toContain(formatDate(request.due!, tr.language));
      expect(text).toContain('`/privacy admin`');
      for (const personal of ['ceo.person', '@ceo', 'example.org', 'everything', 'evil', 'here please'])
        expect(text).not.toContain(personal);
      expect(text).not.toMatch(MENTION);
      expect(text).not.toMatch(LINK);
    }
  });

  it('the e-mail to the DPO quotes the details and defangs links', () => {
    const request = queuedRequest({ details: ATTACK });
    const { text } = requestEmail(request, en, 'https://chat.example.org');
    const after = text.split('\n').slice(text.split('\n').indexOf(`${en.t('email.field.details')}:`) + 1);
    expect(after).toHaveLength(6);
    for (const line of after) expect(line.startsWith('> ')).toBe(true);
    expect(after.join('\n')).not.toMatch(EMAIL_LINK);
    expect(text).not.toContain('\u202e');
  });

  it('the ready-to-send e-mail cannot close its code block', () => {
    const request = queuedRequest({ details: ATTACK });
    const text = readyToSendText(request, en, 'dpo@example.org', 'https://chat.example.org');
    expect(text.match(/```/g)).toHaveLength(2);
  });

  it("the vendor's reason is quoted, in the status message and in the history", () => {
    const reason = 'Denied\n*Your request PRV-X was completed* @all https://evil.example';
    const changed = statusChangeText(queuedRequest({ status: 'rejected' }), en, {
      reason,
      dpoEmail: 'dpo@example.org',
    });
    expect(changed).toContain(
      en.t('request.reason.vendor', {
        reason: '“Denied ∗Your request PRV-X was completed∗ ＠all hxxps[:]//evil[.]example”',
      }),
    );
    const detail = requestDetailText(
      queuedRequest({
        status: 'rejected',
        history: [{ status: 'rejected', at: '2026-03-03T09:31:00.000Z', source: 'poll', reason }],
      }),
      en,
    );
    expect(detail).not.toMatch(MENTION);
    expect(detail).not.toMatch(LINK);
    expect(detail.split('\n')).toHaveLength(
      requestDetailText(
        queuedRequest({
          status: 'rejected',
          history: [{ status: 'rejected', at: '2026-03-03T09:31:00.000Z', source: 'poll', reason: 'x' }],
        }),
        en,
      ).split('\n').length,
    );
  });

  it("an endpoint's refusal of a create is not shown to the person in its own words", () => {
    const detail = requestDetailText(
      queuedRequest({
        status: 'rejected',
        history: [
          {
            status: 'rejected',
            at: '2026-03-03T09:31:00.000Z',
            source: 'delivery',
            reason: 'ERR wrong db 6379',
          },
        ],
      }),
      en,
    );
    expect(detail).not.toContain('6379');
    expect(detail).toContain(en.t('history.reason.endpoint_refused'));
  });
});
