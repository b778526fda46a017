/**
 * What others read about a request, whatever the person, the vendor or the operator typed: the
 * admins' notice, the DPO's e-mail and its ready-to-send copy, the person's status change and the
 * operator's answer. No live mention, no live link, no line outside the quote, in every language.
 */
import fc from 'fast-check';
import { CATALOGUE, translator } from '../../../src/core/i18n/translator';
import { adminNoticeText, readyToSendText, requestEmail } from '../../../src/engine/views/requestEmailText';
import { statusChangeText } from '../../../src/engine/views/requestText';
import { operatorMoveText } from '../../../src/engine/views/operatorMoveText';
import { queuedRequest } from '../core/requests/fixtures';
import { LIVE_LINK, LIVE_MENTION, RUNS, typedText } from './arbitraries';

const languages = Object.keys(CATALOGUE) as Array<keyof typeof CATALOGUE>;
const MARK = 'Zq9-typed';
/** What someone typed, with a marker so that its lines can be found in the text. */
const typed = typedText(30).map((text) => `${MARK} ${text}`);
/** The app's own words hold links (`<https://…|label>`) and `*bold*`: only the typed lines are judged. */
const typedLines = (text: string) => {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.includes(MARK.slice(0, 4)));
  return first < 0 ? [] : lines.slice(first);
};

describe('texts about a request, for anything typed into it', () => {
  it('the admins’ notice holds nothing the person typed', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...languages), (details, language) => {
        const text = adminNoticeText(queuedRequest({ details }), translator(language));
        expect(text).not.toContain(MARK);
        expect(text).not.toMatch(LIVE_MENTION);
      }),
      RUNS,
    );
  });

  it('the DPO’s e-mail quotes the details: every line behind `> `, no link', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...languages), (details, language) => {
        const { text } = requestEmail(queuedRequest({ details }), translator(language), 'chat.example.org');
        for (const line of typedLines(text)) {
          expect(line.startsWith('> ')).toBe(true);
          expect(line).not.toMatch(new RegExp(LIVE_LINK.source.replace('|\\]\\(', ''), 'iu'));
        }
      }),
      RUNS,
    );
  });

  it('its ready-to-send copy stays inside one code block', () => {
    fc.assert(
      fc.property(typed, (details) => {
        const text = readyToSendText(queuedRequest({ details }), translator('en'), 'dpo@example.org', 'chat');
        expect(text.match(/```/g)).toHaveLength(2);
        expect(text.split('```')[2].trim()).toBe('');
      }),
      RUNS,
    );
  });

  it('the person’s status change quotes the vendor’s reason inline, without mention or link', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...languages), (reason, language) => {
        const text = statusChangeText(queuedRequest({ status: 'rejected' }), translator(language), {
          reason,
          dpoEmail: 'dpo@example.org',
        });
        const line = text.split('\n').find((l) => l.includes(MARK.slice(0, 4))) ?? '';
        const quoted = line.slice(line.indexOf('“'));
        expect(quoted).toMatch(/^“[^\n]*”/u);
        expect(quoted).not.toMatch(LIVE_MENTION);
        expect(quoted).not.toMatch(LIVE_LINK);
      }),
      RUNS,
    );
  });

  it('the operator’s answer to the person: their words quoted, one line after another', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...languages), (words, language) => {
        const text = operatorMoveText(
          queuedRequest(),
          {
            move: 'answer',
            outcome: 'refused',
            text: words,
            by: 'u1',
            at: '2026-03-05T12:00:00.000Z',
          } as never,
          translator(language),
        );
        const quoted = (text ?? '').split('\n').filter((line) => line.startsWith('> '));
        expect(quoted.length).toBeGreaterThan(0);
        for (const line of quoted) {
          expect(line).not.toMatch(LIVE_MENTION);
          expect(line.replace(/\[[.:]\]/g, '')).not.toMatch(LIVE_LINK);
        }
        // Nothing the operator typed stands outside the quote.
        expect(text).not.toMatch(new RegExp(`^(?!> ).*${MARK}`, 'm'));
      }),
      RUNS,
    );
  });
});
