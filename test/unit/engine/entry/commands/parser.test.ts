import { parseCommand } from '../../../../../src/engine/entry/commands/parser';

const known = ['policy', 'contact', 'help'];

describe('the /privacy parser', () => {
  it('treats no words as help', () => {
    expect(parseCommand([], known)).toEqual({ kind: 'subcommand', name: 'help', args: [] });
    expect(parseCommand(['', '  '], known)).toEqual({ kind: 'subcommand', name: 'help', args: [] });
  });

  it('finds a subcommand in any case and keeps the rest', () => {
    expect(parseCommand(['Policy', 'extra', 'words'], known)).toEqual({
      kind: 'subcommand',
      name: 'policy',
      args: ['extra', 'words'],
    });
  });

  it('reports an unknown word with a suggestion, trimmed to a sane length', () => {
    expect(parseCommand(['contct'], known)).toEqual({
      kind: 'unknown',
      input: 'contct',
      suggestion: 'contact',
    });
    const long = parseCommand(['x'.repeat(500)], known);
    expect(long.kind === 'unknown' && long.input.length).toBe(40);
  });
});
