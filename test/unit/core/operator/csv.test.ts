/** The register's CSV: quoted cells, no formula a spreadsheet would run, any text kept in its cell. */
import { csvCell, toCsv } from '../../../../src/core/operator/csv';
import { registerCsv } from '../../../../src/core/operator/registerCsv';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { operatorOnlyRequest, queuedRequest } from '../../core/requests/fixtures';

/** A minimal RFC 4180 reader (quoted cells only, as toCsv writes them). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let cell = '';
    i++;
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (text[i] === '"') break;
      else cell += text[i++];
    }
    row.push(cell);
    i++;
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

describe('a CSV cell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a formula: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('keeps commas, quotes, line breaks and non-ASCII text in one quoted cell', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('Zoë Ñandú, 東京 😀')).toBe('"Zoë Ñandú, 東京 😀"');
    expect(csvCell('')).toBe('""');
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('a file reads back cell for cell', () => {
    const rows = [
      ['a', 'b,c', 'd"e'],
      ['line\nbreak', '=1+1', 'ünïcødé'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual([rows[0], ['line\nbreak', "'=1+1", 'ünïcødé']]);
  });
});

describe('the register', () => {
  const both = queuedRequest({ status: 'delivered', details: '=cmd|"/c calc"!A1, and more\nlines' });
  const operatorOnly: PrivacyRequest = operatorOnlyRequest({
    id: '2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    ref: 'PR-2A2B3C4D',
    jurisdiction: 'lgpd',
    type: 'erasure',
    operatorTrack: {
      state: 'answered',
      outcome: 'refused',
      extensions: 1,
      due: '2026-05-02T09:30:00.000Z',
      moves: [
        { move: 'take', by: 'adm', at: '2026-03-03T10:00:00.000Z' },
        {
          move: 'answer',
          outcome: 'refused',
          by: 'adm',
          at: '2026-03-04T10:00:00.000Z',
          text: 'Légal hold, "sorry"',
        },
      ],
    },
  });
  const header = (column: string) => `col:${column}`;

  it('has one row per request: codes and ISO dates, no name, no email, no free text', () => {
    const rows = parseCsv(registerCsv([both, operatorOnly], header));
    expect(rows).toEqual([
      [
        'reference',
        'law',
        'type',
        'tracks',
        'submitted',
        'due',
        'vendorState',
        'operatorState',
        'outcome',
      ].map(header),
      [both.ref, 'gdpr', 'access', 'vendor+workspace', both.submittedAt, both.due, 'delivered', 'new', ''],
      [
        operatorOnly.ref,
        'lgpd',
        'erasure',
        'workspace',
        operatorOnly.submittedAt,
        '2026-05-02T09:30:00.000Z',
        '',
        'answered',
        'refused',
      ],
    ]);
    const text = registerCsv([both, operatorOnly], header);
    for (const personal of ['alice', 'example.org', 'calc', 'Légal']) expect(text).not.toContain(personal);
  });

  it('full: adds what the person wrote and the operators wrote, in their cells, formulas neutralised', () => {
    const rows = parseCsv(registerCsv([both, operatorOnly], header, true));
    expect(rows[0].slice(-2)).toEqual([header('details'), header('operatorMessages')]);
    expect(rows[1].slice(-2)).toEqual([`'=cmd|"/c calc"!A1, and more\nlines`, '']);
    expect(rows[2].slice(-2)).toEqual([
      'Please send me everything.',
      '2026-03-04T10:00:00.000Z answer: Légal hold, "sorry"',
    ]);
    expect(rows.every((r) => r.length === 11)).toBe(true);
  });
});
