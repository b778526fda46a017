import { quotedExcerpt } from '../../../../src/core/text/excerpt';

describe('a quoted excerpt of words that are not ours', () => {
  it('is quoted as code, so it cannot mention, link or format', () => {
    expect(quotedExcerpt('invalid <!here> @all *bold* [x](http://e.org)')).toBe(
      '`invalid <!here> @all *bold* [x](http://e.org)`',
    );
  });

  it('cannot close its own quote or break the line', () => {
    expect(quotedExcerpt('a ``` b\n*New request* c\u202e')).toBe("`a ''' b *New request* c`");
  });

  it('is bounded, and says that it was cut', () => {
    const quoted = quotedExcerpt('x'.repeat(1000), 200);
    expect(quoted).toHaveLength(202);
    expect(quoted.endsWith('…`')).toBe(true);
  });

  it('says when there was nothing to quote', () => {
    expect(quotedExcerpt('  \n ')).toBe('`-`');
  });
});
