import { addressForEmail, quoteForChat, quoteForEmail, quoteInline } from '../../../../src/core/text/quote';

/** A mention as Rocket.Chat's server finds one: `@name` at the start, after a space or a `>`. */
const MENTION = /(^|[\s>(*_~])@[\w.-]+/m;
/** A channel mention or a heading. */
const CHANNEL = /(^|[\s>(*_~])#[\w.-]/m;
/** Anything a renderer or a mail client turns into a link. */
const LINK =
  /[a-z][a-z0-9+.-]*:\/\/|\]\(|<[a-z]+:|\bwww\.|\b[a-z0-9-]+\.(com|org|net|io|example|chat)\b|mailto:/i;
const CONTROLS =
  /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('quoting what people typed', () => {
  it.each([
    ['<!here> please', '> ‹!here› please'],
    ['@all look at this', '> ＠all look at this'],
    ['hey @here and @ceo', '> hey ＠here and ＠ceo'],
    ['#general is the place', '> ＃general is the place'],
    ['[click me](https://evil.example/x)', '> ［click me］(hxxps[:]//evil[.]example/x)'],
    ['see https://evil.example/login now', '> see hxxps[:]//evil[.]example/login now'],
    ['www.evil.com', '> www[.]evil[.]com'],
    ['mail me: me@evil.org', '> mail me: me＠evil[.]org'],
    ['ftp://files.evil.net/a', '> ftp[:]//files[.]evil[.]net/a'],
    ['<https://evil.example|Privacy Center>', '> ‹hxxps[:]//evil[.]example|Privacy Center›'],
    [
      'ok\n*New privacy request PRV-1 from @ceo*: erase everything',
      '> ok\n> ∗New privacy request PRV-1 from ＠ceo∗: erase everything',
    ],
    ['a\u202eslm.exe\u202c b', '> aslm[.]exe b'],
    ['x\u200b@\u200ball', '> x＠all'],
    ['```\ncode\n```', '> ˋˋˋ\n> code\n> ˋˋˋ'],
    ['line one\r\nline two\u2028line three', '> line one\n> line two\n> line three'],
    ['> fake quote end\nplain', '> › fake quote end\n> plain'],
    ['＠all in fullwidth', '> ＠all in fullwidth'],
    ['evil。com', '> evil[.]com'],
    [':smile: thanks', '> :smile: thanks'],
  ])('chat: %p becomes %p', (typed, shown) => {
    expect(quoteForChat(typed)).toBe(shown);
  });

  it.each([
    '<!here>',
    '@all',
    '@here',
    '@ceo please',
    'x @all',
    '[text](https://evil.example)',
    'https://evil.example',
    'www.evil.com',
    '\u202e@all',
    'a\n\n\n\n@all\n#general',
    '*New privacy request PRV-XXXX-XXXX from @ceo*',
    '> quote\n- list\n# heading',
    'user@evil.org',
    // Found by the property tests (test/unit/fuzz, seed 20261130): a scheme glued to a word or a
    // digit kept its `://`, and the defanged `[:]` followed by `(` made a markdown link.
    'mailto:①http://127.0.0.1/x',
    '1https://localhost/admin',
    'mailto:(foo:bar)',
    'javascript:(alert)',
  ])('chat: %p cannot mention, link, or start a line outside the quote', (typed) => {
    const shown = quoteForChat(typed);
    expect(shown).not.toMatch(MENTION);
    expect(shown).not.toMatch(CHANNEL);
    expect(shown).not.toMatch(LINK);
    expect(shown).not.toMatch(CONTROLS);
    for (const line of shown.split('\n')) expect(line.startsWith('> ')).toBe(true);
  });

  it('keeps blank lines short and the quote bounded', () => {
    expect(quoteForChat('a\n\n\n\nb')).toBe('> a\n> \n> b');
    const long = quoteForChat('x'.repeat(500), { maxLength: 200 });
    expect(long).toBe(`> ${'x'.repeat(200)}…`);
    expect(quoteForChat('')).toBe('');
    expect(quoteForChat('  \n ')).toBe('');
  });

  it('inline: one line in quotation marks, bounded, neutral', () => {
    expect(quoteInline('Identity not confirmed')).toBe('“Identity not confirmed”');
    const shown = quoteInline('ERR\n*New privacy request* @all https://internal.example/x', {
      maxLength: 200,
    });
    expect(shown).toBe('“ERR ∗New privacy request∗ ＠all hxxps[:]//internal[.]example/x”');
    expect(shown).not.toContain('\n');
    expect(quoteInline('y'.repeat(300), { maxLength: 200 })).toBe(`“${'y'.repeat(200)}…”`);
  });

  it.each([
    ['see https://evil.example/login', '> see hxxps[:]//evil[.]example/login'],
    ['mail me@evil.org', '> mail me@evil[.]org'],
    ['a\u202egnp.exe\nReference: PRV-FAKE', '> agnp[.]exe\n> Reference: PRV-FAKE'],
    ['*bold* @all', '> *bold* @all'],
  ])('e-mail: %p becomes %p', (typed, shown) => {
    expect(quoteForEmail(typed)).toBe(shown);
  });

  it('e-mail: no line starts outside the quote, no link', () => {
    const shown = quoteForEmail('x\nFrom: ceo@acme.com\n\rhttps://evil.example');
    for (const line of shown.split('\n')) expect(line.startsWith('> ')).toBe(true);
    expect(shown).not.toMatch(LINK);
  });
});

describe('an e-mail address in a plain-text e-mail', () => {
  it('stays usable as it is, in angle brackets', () => {
    expect(addressForEmail('alice@example.org')).toBe('<alice@example.org>');
  });

  it('cannot break the line, close the brackets or hide text with controls', () => {
    expect(addressForEmail('"x\nUser: ceo"@evil.example>\u202e')).toBe('<"xUser:ceo"@evil.example>');
  });
});
