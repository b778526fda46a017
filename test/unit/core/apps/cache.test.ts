import { resolveAccess } from '../../../../src/core/apps/access';
import type { DirectoryCache } from '../../../../src/core/apps/cache';
import { ageOf, applyFetch, directoryOf, freshness, needsRefresh } from '../../../../src/core/apps/cache';
import type { InstalledEntry } from '../../../../src/core/apps/directory';

const t0 = new Date('2026-03-01T10:00:00Z');
const minutesAfter = (n: number) => new Date(t0.getTime() + n * 60_000);
const installed = (...ids: string[]): InstalledEntry[] =>
  ids.map((id) => ({
    id,
    name: id,
    version: '1',
    author: { name: '' },
    enabled: true,
    source: 'marketplace',
  }));

describe('the directory cache', () => {
  it('stores both sources with their time, keeping Marketplace entries only for installed apps', () => {
    const cache = applyFetch(
      undefined,
      { ok: true, value: installed('a', 'b') },
      {
        ok: true,
        value: [
          { id: 'a', privacy: { summary: 'S' } },
          { id: 'other', privacy: {} },
        ],
      },
      t0,
    );
    expect(cache).toEqual({
      installed: { apps: installed('a', 'b'), fetchedAt: t0.toISOString() },
      marketplace: { apps: [{ id: 'a', privacy: { summary: 'S' } }], fetchedAt: t0.toISOString() },
      lastAttempt: { at: t0.toISOString() },
    });
    expect(directoryOf(cache)?.map((a) => [a.id, a.privacyStatus])).toEqual([
      ['a', 'published'],
      ['b', 'none'],
    ]);
  });

  it('never loses a good read to a failed one, and remembers what failed', () => {
    const good = applyFetch(undefined, { ok: true, value: installed('a') }, { ok: true, value: [] }, t0);
    const later = minutesAfter(90);
    const failed = applyFetch(
      good,
      { ok: false, error: 'unauthorized' },
      { ok: false, error: 'unreachable' },
      later,
    );
    expect(failed.installed).toEqual(good.installed);
    expect(failed.marketplace).toEqual(good.marketplace);
    expect(failed.lastAttempt).toEqual({
      at: later.toISOString(),
      installed: 'unauthorized',
      marketplace: 'unreachable',
    });
    const partly = applyFetch(failed, { ok: true, value: installed('a', 'c') }, undefined, later);
    expect(partly.lastAttempt).toEqual({ at: later.toISOString() });
    expect(partly.installed?.apps).toHaveLength(2);
  });

  it('never lets a read that started earlier replace what a later one stored (overlapping reads)', () => {
    // A slow job started at t0; the refresh button started later and stored a good list first.
    const button = applyFetch(
      undefined,
      { ok: true, value: installed('a', 'b') },
      { ok: true, value: [] },
      minutesAfter(1),
    );
    const slowFailed = applyFetch(
      button,
      { ok: false, error: 'unreachable' },
      { ok: false, error: 'unreachable' },
      t0,
    );
    expect(slowFailed).toEqual(button);
    const slowGood = applyFetch(button, { ok: true, value: installed('a') }, { ok: true, value: [] }, t0);
    expect(slowGood).toEqual(button);
    // A failed later attempt is stored; an earlier good read still fills a source it is newer for.
    const failedLater = applyFetch(
      undefined,
      { ok: false, error: 'unreachable' },
      undefined,
      minutesAfter(1),
    );
    const earlierGood = applyFetch(failedLater, { ok: true, value: installed('a') }, undefined, t0);
    expect(earlierGood.installed).toEqual({ apps: installed('a'), fetchedAt: t0.toISOString() });
    expect(earlierGood.lastAttempt).toEqual(failedLater.lastAttempt);
    // An unreadable stored time counts as older.
    const garbled: DirectoryCache = {
      installed: { apps: [], fetchedAt: 'yesterday' },
      lastAttempt: { at: '?' },
    };
    expect(
      applyFetch(garbled, { ok: true, value: installed('a') }, undefined, t0).installed?.apps,
    ).toHaveLength(1);
  });

  it('has no directory before the first good read', () => {
    expect(directoryOf(undefined)).toBeUndefined();
    expect(directoryOf({ lastAttempt: { at: t0.toISOString(), installed: 'unreachable' } })).toBeUndefined();
  });
});

describe('freshness', () => {
  it('says how old a read is, in units people use', () => {
    expect(ageOf(0.5)).toEqual({ unit: 'now', n: 0 });
    expect(ageOf(1)).toEqual({ unit: 'minutes', n: 1 });
    expect(ageOf(59.9)).toEqual({ unit: 'minutes', n: 59 });
    expect(ageOf(60)).toEqual({ unit: 'hours', n: 1 });
    expect(ageOf(47 * 60)).toEqual({ unit: 'hours', n: 47 });
    expect(ageOf(48 * 60)).toEqual({ unit: 'days', n: 2 });
    expect(ageOf(Infinity)).toEqual({ unit: 'days', n: 999 });
  });

  it('is stale from the refresh interval on; an unreadable time is stale', () => {
    const at = t0.toISOString();
    expect(freshness(at, minutesAfter(59), 60)).toMatchObject({
      stale: false,
      age: { unit: 'minutes', n: 59 },
    });
    expect(freshness(at, minutesAfter(60), 60)).toMatchObject({ stale: true, age: { unit: 'hours', n: 1 } });
    expect(freshness(at, minutesAfter(-5), 60)).toMatchObject({ stale: false, ageMinutes: 0 });
    expect(freshness('garbage', t0, 60).stale).toBe(true);
  });

  it('asks for a refresh when never read, when stale, and after a failure only once a minute has passed', () => {
    expect(needsRefresh(undefined, t0, 60)).toBe(true);
    const failedOnly: DirectoryCache = { lastAttempt: { at: t0.toISOString(), installed: 'unreachable' } };
    expect(needsRefresh(failedOnly, minutesAfter(0.5), 60)).toBe(false);
    expect(needsRefresh(failedOnly, minutesAfter(1), 60)).toBe(true);
    const good = applyFetch(undefined, { ok: true, value: [] }, { ok: true, value: [] }, t0);
    expect(needsRefresh(good, minutesAfter(30), 60)).toBe(false);
    expect(needsRefresh(good, minutesAfter(60), 60)).toBe(true);
    // A failed attempt counts as a read for the interval: the job does not retry every tick.
    const retried = applyFetch(good, { ok: false, error: 'unreachable' }, undefined, minutesAfter(60));
    expect(needsRefresh(retried, minutesAfter(90), 60)).toBe(false);
    expect(needsRefresh({ installed: good.installed }, minutesAfter(61), 60)).toBe(true);
  });
});

describe('access to the REST API', () => {
  const base = { apiUrl: '', siteUrl: 'https://chat.example.org/', userId: 'u1', token: 'secret' };

  it('uses the Site URL when no address is set, without a trailing slash', () => {
    expect(resolveAccess(base)).toEqual({
      ok: true,
      baseUrl: 'https://chat.example.org',
      userId: 'u1',
      token: 'secret',
    });
    expect(resolveAccess({ ...base, apiUrl: 'http://localhost:3000/' })).toMatchObject({
      baseUrl: 'http://localhost:3000',
    });
    expect(resolveAccess({ ...base, siteUrl: 'https://example.org/chat' })).toMatchObject({
      baseUrl: 'https://example.org/chat',
    });
  });

  it('names every missing setting, and refuses a plain-http Site URL on another machine', () => {
    expect(resolveAccess({ apiUrl: '', siteUrl: undefined, userId: '', token: '' })).toEqual({
      ok: false,
      missing: ['baseUrl', 'userId', 'token'],
    });
    expect(resolveAccess({ ...base, siteUrl: 'http://chat.example.org' })).toEqual({
      ok: false,
      missing: ['baseUrl'],
    });
    expect(resolveAccess({ ...base, token: '' })).toEqual({ ok: false, missing: ['token'] });
  });
});
