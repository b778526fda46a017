import {
  checkChoice,
  checkDate,
  checkEmail,
  checkLink,
  checkShortText,
  checkUsernames,
} from '../../../src/core/settings/validation';

describe('setting checks', () => {
  it.each([
    ['https://rocket.chat/privacy', true],
    ['  https://example.com/a?b=c ', true],
    ['http://localhost:3000/policy', true],
    ['http://127.0.0.1/p', true],
    ['', true],
    ['http://example.com', false],
    ['ftp://example.com', false],
    ['javascript:alert(1)', false],
    ['example.com/privacy', false],
  ])('link %p accepted: %p', (value, ok) => {
    expect(checkLink(value).ok).toBe(ok);
  });

  it('says why a link is refused', () => {
    expect(checkLink('http://example.com')).toEqual({ ok: false, problem: 'not_https' });
    expect(checkLink('nope')).toEqual({ ok: false, problem: 'not_url' });
    expect(checkLink(`https://example.com/${'a'.repeat(3000)}`)).toEqual({ ok: false, problem: 'too_long' });
  });

  it.each([
    ['privacy@rocket.chat', true],
    [' dpo@example.co.uk ', true],
    ['no-at-sign', false],
    ['a@b', false],
    ['two@@example.com', false],
    ['sp ace@example.com', false],
    ['', false],
    [42, false],
  ])('email %p accepted: %p', (value, ok) => {
    expect(checkEmail(value).ok).toBe(ok);
  });

  it('accepts only real calendar dates', () => {
    expect(checkDate('2023-10-20')).toEqual({ ok: true, value: '2023-10-20' });
    expect(checkDate('2024-02-29').ok).toBe(true);
    expect(checkDate('2023-02-29')).toEqual({ ok: false, problem: 'not_date' });
    expect(checkDate('20/10/2023').ok).toBe(false);
  });

  it('accepts only offered choices', () => {
    expect(checkChoice('b', ['a', 'b'])).toEqual({ ok: true, value: 'b' });
    expect(checkChoice('c', ['a', 'b'])).toEqual({ ok: false, problem: 'not_choice' });
    expect(checkChoice(undefined, ['a'])).toEqual({ ok: false, problem: 'not_choice' });
  });

  it('limits short texts', () => {
    expect(checkShortText(' 6.5 ')).toEqual({ ok: true, value: '6.5' });
    expect(checkShortText('x'.repeat(41), 40)).toEqual({ ok: false, problem: 'too_long' });
  });

  it('reads usernames lists', () => {
    expect(checkUsernames('@alice, bob  carol,alice')).toEqual({
      ok: true,
      value: ['alice', 'bob', 'carol'],
    });
    expect(checkUsernames('')).toEqual({ ok: true, value: [] });
    expect(checkUsernames('alice, b@d!')).toEqual({ ok: false, problem: 'not_usernames' });
  });
});
