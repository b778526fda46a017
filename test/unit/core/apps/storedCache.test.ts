import { applyFetch } from '../../../../src/core/apps/cache';
import { parseInstalled, parseMarketplace } from '../../../../src/core/apps/directory';
import { parseStoredCache, storedCache } from '../../../../src/core/apps/storedCache';
import { INSTALLED, MARKETPLACE } from '../../fixtures/apps';

const now = new Date('2026-03-01T10:00:00Z');
const installed = { ok: true as const, value: parseInstalled(INSTALLED)! };
/** The Marketplace could not be read: the attempt keeps its error. */
const cache = applyFetch(undefined, installed, { ok: false, error: 'unreachable' }, now);
const withMarketplace = applyFetch(
  undefined,
  installed,
  { ok: true, value: parseMarketplace(MARKETPLACE)! },
  now,
);
const roundTrip = (value: unknown) => parseStoredCache(JSON.parse(JSON.stringify(value)));

describe('the stored directory cache', () => {
  it('reads back as stored, with its version, and as written before versions were kept', () => {
    expect(roundTrip(storedCache(cache))).toEqual(cache);
    expect(roundTrip(storedCache(withMarketplace))).toEqual(withMarketplace);
    expect(roundTrip(withMarketplace)).toEqual(withMarketplace);
    expect(roundTrip({})).toEqual({});
  });

  const odd = (change: (c: any) => void) => {
    const copy = JSON.parse(JSON.stringify(storedCache(withMarketplace)));
    change(copy);
    return copy;
  };

  it.each([
    ['a newer version', (c: any) => (c.v = 2)],
    ['an app list that is not a list', (c: any) => (c.installed.apps = 'poll')],
    ['a read time that is not text', (c: any) => (c.installed.fetchedAt = 1)],
    ['an app without an id', (c: any) => delete c.installed.apps[0].id],
    ['an app of an unknown source', (c: any) => (c.installed.apps[0].source = 'elsewhere')],
    ['permissions that are not names', (c: any) => (c.installed.apps[0].permissions = [{ name: 'x' }])],
    ['an author without a name', (c: any) => (c.installed.apps[0].author = {})],
    ['a Marketplace entry without privacy', (c: any) => delete c.marketplace.apps[0].privacy],
    ['an unknown error', (c: any) => (c.lastAttempt = { at: c.lastAttempt.at, installed: 'boom' })],
    ['an attempt without a time', (c: any) => (c.lastAttempt = {})],
  ])('reads as absent with %s', (_name, change) => {
    expect(roundTrip(odd(change))).toBeUndefined();
  });
});
