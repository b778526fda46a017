/**
 * Shows what someone typed (a person's details, a vendor's reason, an endpoint's answer) to other
 * people without letting it act: it cannot mention (`@all`, `@here`, `@user`, `#room`), link, hide
 * text with right-to-left overrides or zero-width characters, or pass for the app's own lines.
 * Pure. No zero-width tricks: characters that would act are swapped for look-alikes that do not
 * (＠ ＃ ∗ ˋ ‹ › ［ ］), links are defanged as security people write them (`hxxps[:]//evil[.]com`),
 * and every line sits behind `> ` quote marks, so no line starts the way the app's own do.
 * Emoji shortcodes (`:smile:`) stay: they show the workspace's own emoji and cannot act.
 */

export interface QuoteOptions {
  /** Characters kept of the text (after cleaning); more is cut and marked with `…`. */
  maxLength?: number;
}

/** Bidi overrides and isolates, marks, zero-width characters, the soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Control characters other than the line feed (tabs become spaces first). */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** Every way of starting a new line, so that each one gets its own quote mark. */
const LINE_BREAK = /\r\n|[\r\u000b\u000c\u0085\u2028\u2029]/g;

/** Look-alikes that Rocket.Chat's markdown and mention parsers leave alone. */
const CHAT_SWAPS: Record<string, string> = {
  '@': '＠',
  '#': '＃',
  '*': '∗',
  '`': 'ˋ',
  '<': '‹',
  '>': '›',
  '[': '［',
  ']': '］',
};
const CHAT_SWAP = /[@#*`<>[\]]/g;

/**
 * `scheme://` (also glued to what precedes it: `1https://` is a link to a linkifier) and the
 * schemes that work without slashes.
 */
const SCHEME = /([a-z][a-z0-9+.-]*):(?=\/\/)|\b(mailto|tel|sms|xmpp|javascript|data|vbscript|file):/gi;
/** A host name or a dotted IPv4 address, as renderers and mail clients find bare links. */
const DOMAIN =
  /(?<![\p{L}\p{N}-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|\d{1,3})(?![\p{L}\p{N}-])/gu;

function clean(text: string, maxLength?: number): string {
  let result = text
    .replace(LINE_BREAK, '\n')
    .normalize('NFKC')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    // Ideographic and halfwidth full stops count as dots in host names.
    .replace(/[\u3002\uff61]/g, '.');
  result = result
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (maxLength !== undefined && result.length > maxLength) result = `${result.slice(0, maxLength)}…`;
  return result;
}

function defangLinks(text: string): string {
  return text
    .replace(SCHEME, (_whole, slashed: string | undefined, bare: string | undefined) => {
      const scheme = (slashed ?? bare) as string;
      return `${scheme.replace(/^http/i, (h) => (h === 'HTTP' ? 'HXXP' : 'hxxp'))}[:]`;
    })
    .replace(DOMAIN, (host) => host.replace(/\./g, '[.]'));
}

const quoteLines = (text: string) =>
  text === ''
    ? ''
    : text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');

/**
 * Every `]` left is a defanging mark (typed ones are swapped): one followed by `(` would make
 * `[:](…)` a markdown link, so that `(` becomes its look-alike.
 */
function neutraliseForChat(text: string, options: QuoteOptions): string {
  return defangLinks(clean(text, options.maxLength).replace(CHAT_SWAP, (c) => CHAT_SWAPS[c])).replace(
    /\]\(/g,
    ']（',
  );
}

/** For a chat message: every line behind `> `; empty when nothing but blanks was typed. */
export function quoteForChat(text: string, options: QuoteOptions = {}): string {
  return quoteLines(neutraliseForChat(text, options));
}

/** For inside a sentence of a chat message: one line, in quotation marks. */
export function quoteInline(text: string, options: QuoteOptions = {}): string {
  const line = neutraliseForChat(text.replace(LINE_BREAK, '\n').replace(/\n+/g, ' '), options);
  return `“${line.replace(/\s+/g, ' ')}”`;
}

/** For a plain-text e-mail: every line behind `> `, links defanged; markdown means nothing there. */
export function quoteForEmail(text: string, options: QuoteOptions = {}): string {
  return quoteLines(defangLinks(clean(text, options.maxLength)));
}

/**
 * An e-mail address inside a plain-text e-mail, where the reader needs it as it is: on one line,
 * in angle brackets, without white space, angle brackets or invisible and bidi controls of its own.
 */
export function addressForEmail(address: string): string {
  return `<${address.replace(/[\s<>\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')}>`;
}
