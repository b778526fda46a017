import {
  parseInstaller,
  parsePreferences,
  parseRegistration,
  storedInstaller,
  storedPreferences,
  storedRegistration,
} from '../../../../src/core/records/appRecords';
import { parseVersioned } from '../../../../src/core/records/schema';

describe('a versioned record', () => {
  const parse = (raw: unknown) => parseVersioned(raw, 2, (f) => ({ ...f }));

  it('reads in its own version, and a record without one as version 1', () => {
    expect(parse({ v: 2, a: 1 })).toEqual({ v: 2, a: 1 });
    expect(parseVersioned({ a: 1 }, 1, (f) => f.a)).toBe(1);
    expect(parse({ a: 1 })).toBeUndefined();
  });

  it('reads as absent when written in another version, or when not an object', () => {
    expect(parse({ v: 3 })).toBeUndefined();
    expect(parse('text')).toBeUndefined();
    expect(parse(null)).toBeUndefined();
    expect(parse([{ v: 2 }])).toBeUndefined();
  });
});

describe('the records about the workspace and its people', () => {
  it('read back what was stored, and records from before versions were kept', () => {
    expect(parseInstaller(storedInstaller({ userId: 'u1' }))).toEqual({ userId: 'u1' });
    expect(parseInstaller({ userId: 'u1' })).toEqual({ userId: 'u1' });
    expect(parsePreferences(storedPreferences({ jurisdiction: 'ccpa' }))).toEqual({ jurisdiction: 'ccpa' });
    expect(parsePreferences({ jurisdiction: 'gdpr' })).toEqual({ jurisdiction: 'gdpr' });
    expect(parsePreferences({})).toEqual({});
    const check = { outcome: 'registered' as const, checkedAt: '2026-11-29T08:00:00.000Z' };
    expect(parseRegistration(storedRegistration(check))).toEqual(check);
    expect(parseRegistration({ outcome: 'not_checked' })).toEqual({ outcome: 'not_checked' });
  });

  it.each([
    ['an installer without a user id', parseInstaller, {}],
    ['an installer id that is not text', parseInstaller, { userId: 42 }],
    ['an unknown jurisdiction', parsePreferences, { jurisdiction: 'mars' }],
    ['an unknown registration outcome', parseRegistration, { outcome: 'maybe' }],
    ['a check time that is not text', parseRegistration, { outcome: 'failed', checkedAt: 5 }],
    ['a record from a newer app', parseRegistration, { v: 2, outcome: 'failed' }],
  ])('reads %s as absent', (_name, parse: (raw: unknown) => unknown, raw) => {
    expect(parse(raw)).toBeUndefined();
  });
});
