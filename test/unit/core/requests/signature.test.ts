import {
  isFresh,
  parseSignatureHeader,
  REPLAY_WINDOW_S,
  signedPayload,
} from '../../../../src/core/requests/signature';

const HEX = 'a'.repeat(64);
const HEX2 = '0123456789abcdef'.repeat(4);

describe('the signature header', () => {
  it('reads a timestamp and a signature', () => {
    expect(parseSignatureHeader(`t=1772445600,v1=${HEX}`)).toEqual({
      timestamp: 1772445600,
      signatures: [HEX],
    });
  });

  it('tolerates spaces and any order, lower-cases signatures and keeps them all', () => {
    expect(parseSignatureHeader(` v1=${HEX2.toUpperCase()} , t=1772445600 , v1=${HEX}`)).toEqual({
      timestamp: 1772445600,
      signatures: [HEX2, HEX],
    });
  });

  it('ignores unknown schemes and malformed signatures next to a good one', () => {
    expect(parseSignatureHeader(`t=1,v0=${HEX},v1=xyz,v1=${HEX}`)).toEqual({
      timestamp: 1,
      signatures: [HEX],
    });
  });

  it.each([
    ['no timestamp', `v1=${HEX}`],
    ['no signature', 't=1772445600'],
    ['keys without values', 't,v1'],
    ['a timestamp without a value', `t,v1=${HEX}`],
    ['a signature without a value', 't=1772445600,v1'],
    ['a short signature', `t=1772445600,v1=${'a'.repeat(63)}`],
    ['a long signature', `t=1772445600,v1=${'a'.repeat(65)}`],
    ['a non-hex signature', `t=1772445600,v1=${'g'.repeat(64)}`],
    ['a negative timestamp', `t=-1772445600,v1=${HEX}`],
    ['a fractional timestamp', `t=1772445600.5,v1=${HEX}`],
    ['a 13 digit timestamp', `t=1772445600000,v1=${HEX}`],
    ['an empty header', ''],
    ['an overlong header', `t=1,v1=${HEX},${'x'.repeat(1000)}`],
    ['a number', 1772445600],
    ['an array', [`t=1,v1=${HEX}`]],
    ['undefined', undefined],
  ])('refuses %s', (_label, header) => {
    expect(parseSignatureHeader(header)).toBeUndefined();
  });

  it('accepts a header of exactly 1000 characters', () => {
    const header = `t=1,v1=${HEX},${'x'.repeat(1000 - 72)}`;
    expect(header).toHaveLength(1000);
    expect(parseSignatureHeader(header)).toEqual({ timestamp: 1, signatures: [HEX] });
  });
});

describe('the replay window', () => {
  const now = new Date('2026-03-02T10:00:00.000Z');
  const t = now.getTime() / 1000;

  it('is five minutes either way', () => {
    expect(REPLAY_WINDOW_S).toBe(300);
    expect(isFresh(t, now)).toBe(true);
    expect(isFresh(t - 300, now)).toBe(true);
    expect(isFresh(t + 300, now)).toBe(true);
    expect(isFresh(t - 301, now)).toBe(false);
    expect(isFresh(t + 301, now)).toBe(false);
    expect(isFresh(0, now)).toBe(false);
  });

  it('signs "<t>.<body>"', () => {
    expect(signedPayload(1772445600, '{"a":1}')).toBe('1772445600.{"a":1}');
    expect(signedPayload(0, '')).toBe('0.');
  });
});
