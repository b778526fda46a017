import { closestMatch, editDistance } from '../../../../src/core/text/closestMatch';

describe('did you mean', () => {
  const known = ['policy', 'contact', 'help'];
  it.each([
    ['polcy', 'policy'],
    ['POLICY', 'policy'],
    ['contcat', 'contact'],
    ['con', 'contact'],
    ['hlep', 'help'],
  ])('suggests %s -> %s', (input, expected) => {
    expect(closestMatch(input, known)).toBe(expected);
  });

  it('suggests nothing for something unrelated', () => {
    expect(closestMatch('weather', known)).toBeUndefined();
  });

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
