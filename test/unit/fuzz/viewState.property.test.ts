/**
 * View states as a client may send them: blocks missing, values of the wrong type, huge or odd
 * Unicode, markup and mentions. The request modal and the console's forms read them without
 * throwing, refuse with a field error in the reader's language, and keep what is accepted clean.
 */
import fc from 'fast-check';
import { CATALOGUE, translator } from '../../../src/core/i18n/translator';
import { checkRequestForm, DETAILS_MAX } from '../../../src/core/requests/form';
import { readRequestModalState } from '../../../src/engine/entry/interactions/requestModalState';
import { readConsoleForm } from '../../../src/engine/entry/interactions/console/requestFormState';
import { ConsoleRequestIds, LINK_MAX, MOVE_TEXT_MAX } from '../../../src/engine/views/console/requestIds';
import { RequestModalIds } from '../../../src/engine/views/requestModal';
import { link } from '../../../src/engine/views/blocks';
import { anyValue, inAllLanguages, RUNS, typedText } from './arbitraries';

/** A block's state: missing, not an object, or an object with the expected and other action ids. */
const blockState = (actionId: string, value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.constant(undefined),
    anyValue,
    fc.record({ [actionId]: value }, { requiredKeys: [] }),
    fc.record({ [actionId]: value, other: anyValue }),
  );

const modalState = fc.oneof(
  anyValue,
  fc.record(
    {
      [RequestModalIds.JurisdictionBlock]: blockState(
        RequestModalIds.JurisdictionAction,
        fc.oneof(anyValue, fc.constantFrom('gdpr', 'ccpa')),
      ),
      [RequestModalIds.TypeBlock]: blockState(
        RequestModalIds.TypeAction,
        fc.oneof(anyValue, fc.constant('access')),
      ),
      [RequestModalIds.CategoriesBlock]: blockState(
        RequestModalIds.CategoriesAction,
        fc.oneof(anyValue, fc.constant(['account'])),
      ),
      [RequestModalIds.DetailsBlock]: blockState(
        RequestModalIds.DetailsAction,
        fc.oneof(anyValue, typedText(80)),
      ),
      [RequestModalIds.ConfirmBlock]: blockState(
        RequestModalIds.ConfirmAction,
        fc.oneof(anyValue, fc.constant(['own'])),
      ),
      [RequestModalIds.VendorBlock]: blockState(RequestModalIds.VendorAction, anyValue),
      [RequestModalIds.AppsBlock]: blockState(RequestModalIds.AppsAction, anyValue),
    },
    { requiredKeys: [] },
  ),
);

describe('the request modal’s state, for any state a client sends', () => {
  it('reads without throwing; the check refuses in every language or accepts a clean value', () => {
    fc.assert(
      fc.property(
        modalState,
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        (state, revision) => {
          const input = readRequestModalState(state, { jurisdiction: 'gdpr', revision });
          const checked = checkRequestForm(input, ['app-1']);
          if (!checked.ok) {
            for (const key of Object.values(checked.errors)) expect(inAllLanguages(key as string)).toBe(true);
            return;
          }
          expect(checked.value.details.length).toBeLessThanOrEqual(DETAILS_MAX);
          expect(checked.value.appIds.every((id) => id === 'app-1')).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('the console’s forms, for any state a client sends', () => {
  const linkValue = fc.oneof(
    anyValue,
    typedText(6).map((t) => `https://files.example.org/${t}`),
    fc.constantFrom(
      'https://files.example.org/export.zip',
      'https://files.example.org/a>@here',
      'https://files.example.org/a|label',
      'https://files.example.org/`x`',
      `https://files.example.org/${'a'.repeat(LINK_MAX)}`,
    ),
  );
  const consoleState = fc.oneof(
    anyValue,
    fc.record(
      {
        [ConsoleRequestIds.TextBlock]: blockState(
          ConsoleRequestIds.TextAction,
          fc.oneof(anyValue, typedText(60), fc.constant('x'.repeat(MOVE_TEXT_MAX + 1))),
        ),
        [ConsoleRequestIds.DueBlock]: blockState(
          ConsoleRequestIds.DueAction,
          fc.oneof(anyValue, fc.constantFrom('2026-06-02', '2026-02-30', '2026-6-2', ' 2026-06-02 ')),
        ),
        [ConsoleRequestIds.OutcomeBlock]: blockState(
          ConsoleRequestIds.OutcomeAction,
          fc.oneof(anyValue, fc.constantFrom('done', 'partly_done', 'refused', 'DONE')),
        ),
        [ConsoleRequestIds.LinkBlock]: blockState(ConsoleRequestIds.LinkAction, linkValue),
      },
      { requiredKeys: [] },
    ),
  );
  const languages = Object.keys(CATALOGUE) as Array<keyof typeof CATALOGUE>;

  it('reads without throwing; errors are catalogue words; an accepted link stays one link', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('extend', 'answer', 'note' as const),
        consoleState,
        fc.constantFrom(...languages),
        (form, state, language) => {
          const t = translator(language);
          const read = readConsoleForm(form, state as never, t);
          if (!read.ok) {
            expect(Object.keys(read.errors).length).toBeGreaterThan(0);
            for (const text of Object.values(read.errors)) {
              expect(text.length).toBeGreaterThan(0);
              expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
            }
            return;
          }
          const value = read.value;
          expect(value.text.length).toBeLessThanOrEqual(MOVE_TEXT_MAX);
          if (value.form === 'answer' && value.link !== undefined) {
            expect(value.link.length).toBeLessThanOrEqual(LINK_MAX);
            // As the person's DM shows it: one `<url|label>`, the address ending where it should.
            const shown = link(value.link, 'label');
            expect(shown.match(/[<>|]/g)).toEqual(['<', '|', '>']);
            expect(value.link).not.toMatch(
              /[\s`*\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/,
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('an answer with any link: refused, or one `<url|label>` in the person’s DM', () => {
    fc.assert(
      fc.property(linkValue, (value) => {
        const state = {
          [ConsoleRequestIds.OutcomeBlock]: { [ConsoleRequestIds.OutcomeAction]: 'done' },
          [ConsoleRequestIds.LinkBlock]: { [ConsoleRequestIds.LinkAction]: value },
        };
        const read = readConsoleForm('answer', state, translator('en'));
        if (!read.ok) {
          expect([
            translator('en').t('console.error.link'),
            translator('en').t('console.error.tooLong', { max: LINK_MAX }),
          ]).toContain(read.errors[ConsoleRequestIds.LinkAction]);
          return;
        }
        if (read.value.form !== 'answer' || read.value.link === undefined) return;
        expect(link(read.value.link, 'label').match(/[<>|]/g)).toEqual(['<', '|', '>']);
      }),
      RUNS,
    );
  });
});
