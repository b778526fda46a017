import type { Jurisdiction } from '../../../../src/core/policy/jurisdictions';
import { addDays, addMonths } from '../../../../src/core/requests/calendar';
import type { ExtensionSubject } from '../../../../src/core/requests/extension';
import { extensionAllowed } from '../../../../src/core/requests/extension';
import type { RequestType } from '../../../../src/core/requests/types';

/** Submitted 2 March 2026, 09:30 UTC: one month later is 2 April, 45 days later 16 April. */
const SUBMITTED = '2026-03-02T09:30:00.000Z';
const at = (iso: string) => new Date(iso);
const ms = (date: Date, n: number) => new Date(date.getTime() + n);

const GDPR_DUE = at('2026-04-02T09:30:00.000Z');
const US_DUE = at('2026-04-16T09:30:00.000Z');

const subject = (
  jurisdiction: Jurisdiction,
  type: RequestType = 'access',
  operatorTrack?: ExtensionSubject['operatorTrack'],
): ExtensionSubject => ({
  jurisdiction,
  type,
  submittedAt: SUBMITTED,
  ...(operatorTrack ? { operatorTrack } : {}),
});

const inProgress = (extensions = 0, due?: string): ExtensionSubject['operatorTrack'] => ({
  state: 'in_progress',
  extensions,
  ...(due ? { due } : {}),
});

describe('extensionAllowed: GDPR and UK GDPR, up to two further months, told within the first month', () => {
  it.each(['gdpr', 'uk_gdpr'] as const)('%s: the last moment of the first month still allows it', (law) => {
    const wanted = addMonths(GDPR_DUE, 2);
    expect(extensionAllowed(subject(law), GDPR_DUE, wanted)).toEqual({ ok: true, due: wanted });
  });

  it.each(['gdpr', 'uk_gdpr'] as const)('%s: the day after the first month is too late', (law) => {
    expect(extensionAllowed(subject(law), addDays(GDPR_DUE, 1), addMonths(GDPR_DUE, 1))).toEqual({
      ok: false,
      refusal: 'too_late_to_extend',
      date: GDPR_DUE,
    });
    expect(extensionAllowed(subject(law), ms(GDPR_DUE, 1), addMonths(GDPR_DUE, 1)).ok).toBe(false);
  });

  it.each(['gdpr', 'uk_gdpr'] as const)(
    '%s: exactly two months is the maximum, a moment more is beyond it',
    (law) => {
      const now = at('2026-03-10T12:00:00.000Z');
      const max = at('2026-06-02T09:30:00.000Z');
      expect(extensionAllowed(subject(law), now, max)).toEqual({ ok: true, due: max });
      expect(extensionAllowed(subject(law), now, ms(max, 1))).toEqual({
        ok: false,
        refusal: 'beyond_maximum',
        date: max,
      });
    },
  );

  it('GDPR allows a second extension within the maximum, while the first month runs', () => {
    const first = addMonths(GDPR_DUE, 1).toISOString();
    const now = at('2026-03-20T12:00:00.000Z');
    const wanted = addMonths(GDPR_DUE, 2);
    expect(extensionAllowed(subject('gdpr', 'access', inProgress(1, first)), now, wanted)).toEqual({
      ok: true,
      due: wanted,
    });
  });

  it('the new date must be later than the current due date', () => {
    const first = addMonths(GDPR_DUE, 1);
    const now = at('2026-03-20T12:00:00.000Z');
    const track = inProgress(1, first.toISOString());
    expect(extensionAllowed(subject('gdpr', 'access', track), now, first)).toEqual({
      ok: false,
      refusal: 'not_later',
      date: first,
    });
    expect(extensionAllowed(subject('gdpr'), now, GDPR_DUE)).toEqual({
      ok: false,
      refusal: 'not_later',
      date: GDPR_DUE,
    });
  });
});

describe('extensionAllowed: CCPA and similar US laws, one further 45 days', () => {
  it.each(['ccpa', 'us_state'] as const)('%s: 45 more days from the last day of the first 45', (law) => {
    const wanted = addDays(US_DUE, 45);
    expect(wanted.toISOString()).toBe('2026-05-31T09:30:00.000Z');
    expect(extensionAllowed(subject(law), US_DUE, wanted)).toEqual({ ok: true, due: wanted });
  });

  it.each(['ccpa', 'us_state'] as const)('%s: a day more than 45 is beyond the maximum', (law) => {
    expect(extensionAllowed(subject(law), US_DUE, addDays(US_DUE, 46))).toEqual({
      ok: false,
      refusal: 'beyond_maximum',
      date: addDays(US_DUE, 45),
    });
  });

  it.each(['ccpa', 'us_state'] as const)('%s: the day after the first 45 days is too late', (law) => {
    expect(extensionAllowed(subject(law), addDays(US_DUE, 1), addDays(US_DUE, 10))).toEqual({
      ok: false,
      refusal: 'too_late_to_extend',
      date: US_DUE,
    });
  });

  it.each(['ccpa', 'us_state'] as const)('%s: one extension only', (law) => {
    const first = addDays(US_DUE, 20).toISOString();
    expect(
      extensionAllowed(
        subject(law, 'access', inProgress(1, first)),
        at('2026-03-05T00:00:00Z'),
        addDays(US_DUE, 45),
      ),
    ).toEqual({ ok: false, refusal: 'already_extended' });
  });

  it('a CCPA opt-out is honoured within 15 business days and never extended', () => {
    expect(
      extensionAllowed(
        subject('ccpa', 'sale_opt_out'),
        at('2026-03-03T00:00:00Z'),
        at('2026-03-30T00:00:00Z'),
      ),
    ).toEqual({ ok: false, refusal: 'law_allows_none', date: at('2026-03-23T09:30:00.000Z') });
  });
});

describe('extensionAllowed: laws and requests with no extension', () => {
  it('LGPD allows none, even on the first day', () => {
    expect(extensionAllowed(subject('lgpd'), at(SUBMITTED), addDays(at(SUBMITTED), 16))).toEqual({
      ok: false,
      refusal: 'law_allows_none',
      date: at('2026-03-17T09:30:00.000Z'),
    });
  });

  it.each([
    ['gdpr', 'information'],
    ['other', 'access'],
  ] as const)('%s %s has no deadline to extend', (law, type) => {
    expect(extensionAllowed(subject(law, type), at(SUBMITTED), addDays(at(SUBMITTED), 30))).toEqual({
      ok: false,
      refusal: 'no_deadline',
    });
  });

  it.each(['answered', 'withdrawn'] as const)('an extension of a request %s never moves it', (state) => {
    expect(
      extensionAllowed(
        subject('gdpr', 'access', { state, extensions: 0 }),
        at(SUBMITTED),
        addMonths(GDPR_DUE, 1),
      ),
    ).toEqual({ ok: false, refusal: 'final_state' });
  });
});
