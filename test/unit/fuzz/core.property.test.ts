/**
 * Property-based tests of the pure checks at the edges: what a person typed, what an endpoint
 * answered, what an admin entered. No input throws; a refusal names a message the person can read
 * in every language; what others read cannot mention, link or pass for the app's own lines.
 */
import fc from 'fast-check';
import { quoteForChat, quoteForEmail, quoteInline } from '../../../src/core/text/quote';
import { checkRequestForm, DETAILS_MAX } from '../../../src/core/requests/form';
import { isFresh, parseSignatureHeader, REPLAY_WINDOW_S } from '../../../src/core/requests/signature';
import { parseStatusAnswer } from '../../../src/core/requests/wire';
import * as validation from '../../../src/core/settings/validation';
import { SETTING_RULES } from '../../../src/core/settings/rules';
import { anyValue, HIDDEN, inAllLanguages, LIVE_LINK, LIVE_MENTION, RUNS, typedText } from './arbitraries';

const afterQuoteMark = (line: string) => line.slice(2);
/** The defanging marks are the quote's own: `hxxps[:]//evil[.]com`. */
const withoutDefang = (text: string) => text.replace(/\[[.:]\]/g, '');
/** In a plain-text e-mail markdown means nothing: `[a](b)` is no link there. */
const EMAIL_LINK = new RegExp(LIVE_LINK.source.replace('|\\]\\(', ''), 'iu');

describe('quoting what people typed, for any text', () => {
  it('chat: every line starts with the quote mark; nothing mentions, links or hides', () => {
    fc.assert(
      fc.property(
        typedText(),
        fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
        (text, max) => {
          const shown = quoteForChat(text, { maxLength: max });
          if (shown === '') return;
          for (const line of shown.split('\n')) {
            expect(line.startsWith('> ')).toBe(true);
            expect(withoutDefang(afterQuoteMark(line))).not.toMatch(/[@#<>`*[\]]/u);
          }
          expect(shown).not.toMatch(LIVE_MENTION);
          expect(shown).not.toMatch(LIVE_LINK);
          expect(shown).not.toMatch(HIDDEN);
        },
      ),
      RUNS,
    );
  });

  it('chat: a scheme with anything after it never becomes a markdown link', () => {
    const scheme = fc.constantFrom('mailto', 'tel', 'javascript', 'data', 'https', 'xmpp');
    fc.assert(
      fc.property(scheme, typedText(6), (name, rest) => {
        for (const shown of [quoteForChat(`${name}:${rest}`), quoteInline(`${name}:${rest}`)])
          expect(shown).not.toMatch(LIVE_LINK);
      }),
      RUNS,
    );
  });

  it('inline: one line in quotation marks; nothing mentions, links or hides', () => {
    fc.assert(
      fc.property(typedText(), (text) => {
        const shown = quoteInline(text, { maxLength: 120 });
        expect(shown).toMatch(/^“[^\n]*”$/u);
        expect(withoutDefang(shown)).not.toMatch(/[@#<>`*[\]]/u);
        expect(shown).not.toMatch(LIVE_MENTION);
        expect(shown).not.toMatch(LIVE_LINK);
        expect(shown).not.toMatch(HIDDEN);
      }),
      RUNS,
    );
  });

  it('e-mail: every line starts with the quote mark; no link, nothing hidden', () => {
    fc.assert(
      fc.property(typedText(), (text) => {
        const shown = quoteForEmail(text);
        if (shown === '') return;
        for (const line of shown.split('\n')) expect(line.startsWith('> ')).toBe(true);
        expect(shown).not.toMatch(EMAIL_LINK);
        expect(shown).not.toMatch(HIDDEN);
      }),
      RUNS,
    );
  });
});

describe('the request form, for any field values', () => {
  const formInput = fc.record(
    {
      jurisdiction: fc.oneof(
        anyValue,
        fc.constantFrom('gdpr', 'ccpa', 'lgpd', 'uk_gdpr', 'us_state', 'other'),
      ),
      type: fc.oneof(
        anyValue,
        fc.constantFrom('access', 'erasure', 'rectification', 'information', 'portability'),
      ),
      categories: fc.oneof(anyValue, fc.constant(['messages']), fc.constant(['profile', 'nope'])),
      details: fc.oneof(anyValue, typedText(60), fc.constant('é'.repeat(DETAILS_MAX + 1))),
      confirmed: fc.oneof(anyValue, fc.constant(['own']), fc.constant(true)),
      addVendor: anyValue,
      apps: fc.oneof(anyValue, fc.constant(['app-1']), fc.constant(['app-1', 'app-2', 'x'])),
    },
    { requiredKeys: [] },
  );

  it('never throws; refuses with field errors in every language, or gives a clean typed value', () => {
    fc.assert(
      fc.property(formInput, (input) => {
        const checked = checkRequestForm(input, ['app-1', 'app-2']);
        if (!checked.ok) {
          expect(Object.keys(checked.errors).length).toBeGreaterThan(0);
          for (const key of Object.values(checked.errors)) expect(inAllLanguages(key as string)).toBe(true);
          return;
        }
        const { value } = checked;
        expect(typeof value.details).toBe('string');
        expect(value.details.length).toBeLessThanOrEqual(DETAILS_MAX);
        expect(Array.isArray(value.categories)).toBe(true);
        for (const id of value.appIds) expect(['app-1', 'app-2']).toContain(id);
        expect(typeof value.addVendor).toBe('boolean');
      }),
      RUNS,
    );
  });
});

describe('the callback signature header, for any header', () => {
  const header = fc.oneof(
    anyValue,
    fc
      .array(
        fc.oneof(
          fc.constantFrom('t=', 'v1=', ',', '=', ' ', 'v0=', 't=-1', 't=1e9', 't=9999999999999'),
          fc.integer({ min: 0, max: 2 ** 40 }).map((n) => `t=${n}`),
          fc
            .string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFxz'), minLength: 60, maxLength: 66 })
            .map((h) => `v1=${h}`),
          fc.string({ maxLength: 8 }),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws; a parsed header has a whole timestamp and lowercase 64-hex signatures', () => {
    fc.assert(
      fc.property(header, (h) => {
        const parsed = parseSignatureHeader(h);
        if (parsed === undefined) return;
        expect(Number.isSafeInteger(parsed.timestamp)).toBe(true);
        expect(parsed.timestamp).toBeGreaterThanOrEqual(0);
        expect(parsed.signatures.length).toBeGreaterThan(0);
        for (const s of parsed.signatures) expect(s).toMatch(/^[0-9a-f]{64}$/);
      }),
      RUNS,
    );
  });

  it('a timestamp is fresh exactly within the replay window, either way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }),
        fc.integer({ min: -3600, max: 3600 }),
        (t, skew) => {
          expect(isFresh(t, new Date((t + skew) * 1000))).toBe(Math.abs(skew) <= REPLAY_WINDOW_S);
        },
      ),
      RUNS,
    );
  });
});

describe("the endpoint's status answer, for any body", () => {
  const body = fc.oneof(
    anyValue,
    fc.record(
      {
        subject_request_id: fc.oneof(anyValue, fc.constant('req-1')),
        request_status: fc.oneof(
          anyValue,
          fc.constantFrom('pending', 'in_progress', 'completed', 'cancelled', 'rejected', 'done'),
        ),
        expected_completion_time: anyValue,
        results_url: fc.oneof(
          anyValue,
          typedText(10).map((t) => `https://files.example.org/${t}`),
          fc.constantFrom(
            'javascript:alert(1)',
            'http://evil.example',
            'https://ok.example/a b',
            'https://ok.example/<!here>',
          ),
        ),
        reason: fc.oneof(anyValue, typedText(40)),
      },
      { requiredKeys: [] },
    ),
  );

  it('never throws; a read answer is about this request, bounded, with only a plain https results link', () => {
    fc.assert(
      fc.property(body, (b) => {
        const answer = parseStatusAnswer(b, 'req-1');
        if (answer === undefined) return;
        expect(['delivered', 'in_progress', 'completed', 'cancelled', 'rejected']).toContain(answer.status);
        if (answer.reason !== undefined) expect(answer.reason.length).toBeLessThanOrEqual(500);
        if (answer.expectedCompletionTime !== undefined)
          expect(answer.expectedCompletionTime.length).toBeLessThanOrEqual(40);
        if (answer.resultsUrl !== undefined) {
          expect(answer.resultsUrl).toMatch(/^https:\/\/[^\s<>`*|]+$/iu);
          expect(answer.resultsUrl).not.toMatch(HIDDEN);
        }
      }),
      RUNS,
    );
  });
});

describe('settings values, for any value an admin or the server may hand over', () => {
  const problemKeyExists = (problem: string) => inAllLanguages(`problem.${problem}`);
  const address = fc.oneof(
    anyValue,
    fc.constantFrom(
      'https://dsr.example.org/v2',
      'http://dsr.example.org',
      'https://user:pw@dsr.example.org',
      'https://10.0.0.1/',
      'https://169.254.169.254/latest',
      'https://[::1]/',
      'http://localhost:3000',
      'https://0x7f000001/',
      'https://2130706433/',
      'https://[::ffff:127.0.0.1]/',
      'https://metadata.google.internal/',
      'file:///etc/passwd',
      'gopher://x',
      'https://' + 'a'.repeat(3000) + '.org',
    ),
    typedText(6).map((t) => `https://${t}`),
  );

  it('every check refuses with a problem named in every language, never throws', () => {
    const checks: Array<(raw: unknown) => validation.Checked<unknown>> = [
      validation.checkLink,
      (raw) => validation.checkEndpointUrl(raw, { allowLocal: false }),
      (raw) => validation.checkEndpointUrl(raw, { allowLocal: true }),
      validation.checkEmail,
      validation.checkDate,
      (raw) => validation.checkChoice(raw, ['a', 'b'] as const),
      validation.checkShortText,
      validation.checkUsernames,
      validation.checkRoleNames,
      (raw) => validation.checkWholeNumber(raw, 1, 90),
      validation.checkBoolean,
      validation.checkSecret,
      ...Object.values(SETTING_RULES).map(
        (rule) => (raw: unknown) =>
          (rule as { check: (r: unknown, o?: unknown) => validation.Checked<unknown> }).check(raw, raw),
      ),
    ];
    fc.assert(
      fc.property(fc.oneof(anyValue, address), (raw) => {
        for (const check of checks) {
          const checked = check(raw);
          if (!checked.ok) expect(problemKeyExists(checked.problem)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('an endpoint address that passes is https, names no credentials and no internal host', () => {
    fc.assert(
      fc.property(address, (raw) => {
        const checked = validation.checkEndpointUrl(raw, { allowLocal: false });
        if (!checked.ok || checked.value === '') return;
        const url = new URL(checked.value);
        expect(url.protocol).toBe('https:');
        expect(url.username + url.password).toBe('');
        expect(url.hostname).not.toMatch(/^(localhost|127\.|10\.|169\.254\.|\[::1\]|\[::ffff:)/);
      }),
      RUNS,
    );
  });

  it('masking an address never shows what stood before the @ of its authority', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcXYZ019:_-'), minLength: 1, maxLength: 20 }),
        typedText(4),
        (secret, rest) => {
          const masked = validation.maskUrlCredentials(`see https://${secret}@dsr.example.org/${rest}`);
          expect(masked).toContain('https://••••••••@dsr.example.org/');
        },
      ),
      RUNS,
    );
  });
});
