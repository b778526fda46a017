import { translator } from '../../../../../../src/core/i18n/translator';
import {
  isDay,
  isHttpsLink,
  moveOf,
  readConsoleForm,
} from '../../../../../../src/engine/entry/interactions/console/requestFormState';
import { ConsoleRequestIds } from '../../../../../../src/engine/views/console/requestIds';

const de = translator('de');
const at = (blockId: string, actionId: string, value: unknown) => ({ [blockId]: { [actionId]: value } });

describe("the request page's forms, read at the edge", () => {
  it('needs a real day and the reasons to extend, with errors in the admin’s language', () => {
    expect(readConsoleForm('extend', {}, de)).toEqual({
      ok: false,
      errors: {
        [ConsoleRequestIds.DueAction]: 'Wählen Sie ein Datum.',
        [ConsoleRequestIds.TextAction]: 'Bitte füllen Sie dieses Feld aus.',
      },
    });
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('28.02.2026')).toBe(false);
  });

  it('bounds what an operator writes', () => {
    const long = at(ConsoleRequestIds.TextBlock, ConsoleRequestIds.TextAction, 'x'.repeat(2001));
    expect(readConsoleForm('note', long, de)).toEqual({
      ok: false,
      errors: { [ConsoleRequestIds.TextAction]: 'Schreiben Sie höchstens 2000 Zeichen.' },
    });
  });

  it('accepts complete https links only', () => {
    expect(isHttpsLink('https://files.example.org/export.zip')).toBe(true);
    for (const bad of [
      'http://x.org',
      'javascript:alert(1)',
      'https://user:pw@x.org',
      'x.org',
      'https:// x.org',
      // Found by the property tests (test/unit/fuzz, seed 20261130): these parse as URLs, but in the
      // person's DM `<url|label>` they would end the link early and show the rest as markup.
      'https://files.example.org/a|label',
      'https://files.example.org/a>@here',
      'https://files.example.org/`x`',
      'https://files.example.org/\u202egpj.exe',
    ])
      expect(isHttpsLink(bad)).toBe(false);
  });

  it('keeps the time of day of the date in force, so the last allowed day can be picked', () => {
    const move = moveOf(
      { form: 'extend', due: '2026-06-02', text: 'Reasons' },
      'u1',
      new Date('2026-03-05T12:00:00.000Z'),
      '2026-04-02T09:30:00.000Z',
    );
    expect(move).toEqual({
      move: 'extend',
      by: 'u1',
      at: '2026-03-05T12:00:00.000Z',
      due: '2026-06-02T09:30:00.000Z',
      text: 'Reasons',
    });
  });
});
