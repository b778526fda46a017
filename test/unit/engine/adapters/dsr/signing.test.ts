import {
  readSignatureHeader,
  sign,
  verify,
  verifyParsed,
} from '../../../../../src/engine/adapters/dsr/signing';

const SECRET = 'unit-secret';
const NOW = new Date('2026-05-01T12:00:00Z');

describe('callback signatures', () => {
  it('says what is wrong with the header before any body is looked at', () => {
    expect(readSignatureHeader(undefined)).toBe('missing');
    expect(readSignatureHeader('')).toBe('missing');
    expect(readSignatureHeader('t=now,v1=zz')).toBe('malformed');
    expect(readSignatureHeader(['t=1'])).toBe('malformed');
    expect(readSignatureHeader(sign(SECRET, '{}', NOW))).toMatchObject({ timestamp: 1777636800 });
  });

  it('a valid signature has one fingerprint however the header is written; others have none', () => {
    const header = sign(SECRET, '{"a":1}', NOW);
    const [t, v1] = header.split(',');
    const a = verifyParsed(SECRET, readSignatureHeader(header) as never, '{"a":1}', NOW);
    const b = verifyParsed(SECRET, readSignatureHeader(` ${v1}, ${t}`) as never, '{"a":1}', NOW);
    expect(a.verdict).toBe('valid');
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(verifyParsed(SECRET, readSignatureHeader(header) as never, '{"a":2}', NOW)).toEqual({
      verdict: 'mismatch',
    });
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(verify(SECRET, header, '{"a":1}', later)).toBe('stale');
  });
});
