/**
 * Shared generators and checks of the property-based tests (fast-check): what a person, an admin
 * or an endpoint might send, and what "nothing injected" means in what others read.
 * Every property runs with a fixed seed and a bounded number of runs: the run is the same each time.
 */
import fc from 'fast-check';
import { CATALOGUE } from '../../../src/core/i18n/translator';

export const RUNS = { seed: 20261130, numRuns: 300 } as const;

/** Pieces that try to act where others read: mentions, links, markup, invisible and bidi characters. */
const NASTY = [
  '@all',
  '@here',
  '<!here>',
  '<!channel>',
  '@ceo',
  '#general',
  '＠all',
  '﹫here',
  'https://evil.example/login',
  'http://127.0.0.1/x',
  'www.evil.com',
  'evil。com',
  'me@evil.org',
  'mailto:me@evil.org',
  'javascript:alert(1)',
  'mailto:',
  'tel:',
  'data:text/html,x',
  '[click](https://evil.example)',
  '<https://evil.example|Privacy Center>',
  '](',
  '*bold*',
  '```',
  '> ',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u202e',
  '\u200b',
  '\u2066',
  '\ufeff',
  '\u0000',
  '\t',
  '(',
  ')',
  ':',
  '.',
  '/',
  '💥',
  'e\u0301',
  '\ud800',
  'ﬀ',
  '①.com',
  'Ａ.ｃｏｍ',
];

/** Text as a person might type it, from plain to hostile to huge. */
export const typedText = (maxPieces = 30): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.constantFrom(' ', 'a', 'b', 'evil', 'com', 'org', 'x') },
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(''));

/** Any JSON-ish value, including the wrong types a client may send. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  typedText(8),
  fc.array(typedText(3), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.constant('x'.repeat(100_000)),
);

/** A mention the server would find: `@name`, `#room`, `<!here>`-style specials. */
export const LIVE_MENTION = /(^|[^\p{L}\p{N}_])[@#][\p{L}\p{N}_]|<!/u;
/** Anything a renderer or a mail client turns into a link. */
export const LIVE_LINK =
  /[a-z][a-z0-9+.-]*:\/\/|\]\(|<[a-z]+:|\b(mailto|javascript|data|tel|sms|xmpp|vbscript|file):|(^|[^\p{L}\p{N}-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}(?![\p{L}\p{N}-])/iu;
/** Invisible, bidi and control characters other than the line feed. */
export const HIDDEN =
  /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A message key that exists, with text, in all five languages. */
export function inAllLanguages(key: string): boolean {
  return Object.values(CATALOGUE).every(
    (messages) =>
      typeof (messages as Record<string, unknown>)[key] === 'string' &&
      (messages as Record<string, string>)[key].length > 0,
  );
}
