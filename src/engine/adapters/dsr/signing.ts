/** HMAC-SHA256 signatures of the DSR contract, compared in constant time. */
import { createHash, createHmac, timingSafeEqual } from 'crypto';
import type { ParsedSignature } from '../../../core/requests/signature';
import { isFresh, parseSignatureHeader, signedPayload } from '../../../core/requests/signature';

export function sign(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(signedPayload(t, body)).digest('hex');
  return `t=${t},v1=${v1}`;
}

export type Verdict = 'valid' | 'missing' | 'malformed' | 'stale' | 'mismatch';

/**
 * The header's presence and form, checked before the body is even serialized or hashed (a large
 * body costs time to hash): the parsed header, or what is wrong with it.
 */
export function readSignatureHeader(header: unknown): ParsedSignature | 'missing' | 'malformed' {
  if (header === undefined || header === null || header === '') return 'missing';
  return parseSignatureHeader(header) ?? 'malformed';
}

export interface Checked {
  verdict: Verdict;
  /**
   * For a valid signature: a hash that names what was signed (timestamp and body), the same
   * however the header is written, to remember it against replays.
   */
  fingerprint?: string;
}

export function verifyParsed(secret: string, parsed: ParsedSignature, body: string, now: Date): Checked {
  const hex = createHmac('sha256', secret).update(signedPayload(parsed.timestamp, body)).digest('hex');
  const expected = Buffer.from(hex, 'utf8');
  const matches = parsed.signatures.some((candidate) => {
    const given = Buffer.from(candidate, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { verdict: 'mismatch' };
  if (!isFresh(parsed.timestamp, now)) return { verdict: 'stale' };
  return {
    verdict: 'valid',
    fingerprint: createHash('sha256').update(`${parsed.timestamp}.${hex}`).digest('hex'),
  };
}

export function verify(secret: string, header: unknown, body: string, now: Date): Verdict {
  const parsed = readSignatureHeader(header);
  if (typeof parsed === 'string') return parsed;
  return verifyParsed(secret, parsed, body, now).verdict;
}
