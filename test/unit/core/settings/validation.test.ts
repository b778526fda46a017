import {
  checkChoice,
  checkDate,
  checkEndpointUrl,
  checkEmail,
  checkLink,
  checkRoleNames,
  checkShortText,
  checkUsernames,
  maskUrlCredentials,
} from '../../../../src/core/settings/validation';

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

  it('reads role name lists: letters, digits, -, _ and . only, at least one', () => {
    expect(checkRoleNames('admin, privacy-officer dpo_team,v1.2,admin')).toEqual({
      ok: true,
      value: ['admin', 'privacy-officer', 'dpo_team', 'v1.2'],
    });
    expect(checkRoleNames('admin, @owner')).toEqual({ ok: false, problem: 'not_roles' });
    expect(checkRoleNames('admin; drop')).toEqual({ ok: false, problem: 'not_roles' });
    expect(checkRoleNames(' , ')).toEqual({ ok: false, problem: 'not_roles' });
    expect(checkRoleNames(undefined)).toEqual({ ok: false, problem: 'not_roles' });
  });
});

describe('the request endpoint address', () => {
  const strict = (url: string) => checkEndpointUrl(url, { allowLocal: false });
  const dev = (url: string) => checkEndpointUrl(url, { allowLocal: true });

  it.each([
    'https://169.254.169.254/latest/meta-data',
    'http://169.254.169.254/',
    'https://localhost:6379/',
    'http://localhost:6379/',
    'https://api.localhost/dsr',
    'https://127.0.0.1/dsr',
    'https://127.1/dsr',
    'https://2130706433/dsr',
    'https://0x7f.1/dsr',
    'https://0177.0.0.1/dsr',
    'https://[::1]/dsr',
    'https://[::]/dsr',
    'https://[::ffff:127.0.0.1]/dsr',
    'https://[::ffff:169.254.169.254]/dsr',
    'https://[64:ff9b::a9fe:a9fe]/dsr',
    'https://[2002:7f00:1::]/dsr',
    'https://[fe80::1]/dsr',
    'https://[fd00:ec2::254]/dsr',
    'https://0.0.0.0/dsr',
    'https://0/dsr',
    'https://10.0.0.5/dsr',
    'https://172.16.4.1/dsr',
    'https://192.168.1.10/dsr',
    'https://100.64.0.1/dsr',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://redis:6379/',
    'https://224.0.0.1/',
  ])('%p is refused as an internal address', (url) => {
    expect(strict(url)).toEqual({ ok: false, problem: 'internal_address' });
  });

  it.each([
    ['http://127.0.0.1:40123/dsr', 'http://127.0.0.1:40123/dsr'],
    ['http://localhost:4000/dsr', 'http://localhost:4000/dsr'],
    ['https://127.1/dsr', 'https://127.0.0.1/dsr'],
  ])('%p is accepted when local endpoint addresses are allowed (development)', (url, saved) => {
    expect(dev(url)).toEqual({ ok: true, value: saved });
  });

  it.each([
    ['https://dsr.vendor.example/v1', true],
    ['https://8.8.8.8/dsr', true],
    ['https://[2001:db8::1]/dsr', true],
    ['', true],
    ['http://dsr.vendor.example/v1', false],
    ['ftp://dsr.vendor.example/v1', false],
  ])('%p accepted: %p', (url, ok) => {
    expect(strict(url).ok).toBe(ok);
    expect(dev(url).ok).toBe(ok);
  });

  it('refuses a user name or password in the address, even in development', () => {
    expect(strict('https://user:pw@dsr.vendor.example/')).toEqual({
      ok: false,
      problem: 'credentials_in_url',
    });
    expect(dev('http://user:pw@127.0.0.1:4000/')).toEqual({ ok: false, problem: 'credentials_in_url' });
    expect(strict('https://token@dsr.vendor.example/')).toEqual({ ok: false, problem: 'credentials_in_url' });
  });

  it('masks credentials in an address shown to admins', () => {
    expect(maskUrlCredentials('https://user:s3cret@dsr.vendor.example/v1')).toBe(
      'https://••••••••@dsr.vendor.example/v1',
    );
    expect(maskUrlCredentials('https://dsr.vendor.example/v1')).toBe('https://dsr.vendor.example/v1');
    expect(maskUrlCredentials('privacy@rocket.chat')).toBe('privacy@rocket.chat');
  });
});
