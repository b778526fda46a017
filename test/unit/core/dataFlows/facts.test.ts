import { factOf, factsOf, hostOfValue, OTHER } from '../../../../src/core/dataFlows/facts';
import { RC_DEFAULTS } from './defaults';

describe('what the app keeps of a setting value', () => {
  it('keeps only the host of a URL: no user, password, path or query', () => {
    expect(hostOfValue('https://user:hunter2@smtp.example.org:587/path?token=abc')).toBe('smtp.example.org');
    expect(hostOfValue('smtp.example.org')).toBe('smtp.example.org');
    expect(hostOfValue('turn:team%40rocket.chat:demo@numb.viagenie.ca:3478?transport=udp')).toBe(
      'numb.viagenie.ca',
    );
    expect(hostOfValue('stun:stun.l.google.com:19302')).toBe('stun.l.google.com');
    expect(hostOfValue('   ')).toBeUndefined();
    expect(hostOfValue('not a host!')).toBeUndefined();
    expect(hostOfValue('http://[::1]:3000')).toBeUndefined();
  });

  it('keeps STUN/TURN hosts without their credentials', () => {
    const fact = factOf({ kind: 'hosts' }, RC_DEFAULTS.WebRTC_Servers);
    expect(fact).toEqual(['stun.l.google.com', '23.21.150.121', 'numb.viagenie.ca']);
    expect(JSON.stringify(fact)).not.toMatch(/demo|team/);
    expect(factOf({ kind: 'hosts' }, ['turn:u:p@t.example.org', '%%%'])).toEqual(['t.example.org', OTHER]);
    expect(factOf({ kind: 'hosts' }, 42)).toBeUndefined();
  });

  it('reads a value of the wrong kind as unknown, and an unknown code as "other"', () => {
    expect(factOf({ kind: 'boolean' }, 'true')).toBeUndefined();
    expect(factOf({ kind: 'number' }, -1)).toBeUndefined();
    expect(factOf({ kind: 'number' }, 5)).toBe(5);
    expect(factOf({ kind: 'code', codes: ['a'] }, 'b')).toBe(OTHER);
    expect(factOf({ kind: 'code', codes: ['a'] }, '')).toBeUndefined();
    expect(factOf({ kind: 'code', codes: ['a'] }, 1)).toBeUndefined();
    expect(factOf({ kind: 'host' }, 'https://hooks.example.org/x?secret=1')).toBe('hooks.example.org');
    expect(factOf({ kind: 'host' }, '')).toBe('');
    expect(factOf({ kind: 'host' }, '::::')).toBe(OTHER);
    expect(factOf({ kind: 'host' }, null)).toBeUndefined();
    expect(factOf({ kind: 'name' }, 'jitsi')).toBe('jitsi');
    expect(factOf({ kind: 'name' }, '<script>alert(1)</script>')).toBe(OTHER);
    expect(factOf({ kind: 'name' }, false)).toBeUndefined();
    expect(factOf({ kind: 'region' }, 'eu-central-1')).toBe('eu-central-1');
    expect(factOf({ kind: 'region' }, 'us-gov-west-1')).toBe('us-gov-west-1');
    expect(factOf({ kind: 'region' }, 'my bucket in frankfurt')).toBe(OTHER);
    expect(factOf({ kind: 'region' }, '')).toBe('');
    expect(factOf({ kind: 'region' }, 3)).toBeUndefined();
  });

  it('ignores ids outside the allow-list and leaves unread ids out', () => {
    const facts = factsOf({ SMTP_Password: 'hunter2', SMTP_Host: 'mail.example.org', API_Embed: undefined });
    expect(facts).toEqual({ SMTP_Host: 'mail.example.org' });
  });

  it('is idempotent: the facts of the facts are the same facts', () => {
    const facts = factsOf({
      ...RC_DEFAULTS,
      PiwikAnalytics_url: 'https://stats.example.org/matomo/',
      VideoConf_Default_Provider: '$$$',
    });
    expect(factsOf(facts as Record<string, unknown>)).toEqual(facts);
  });
});
