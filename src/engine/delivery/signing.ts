/** HMAC-SHA256 signatures of the DSR contract, compared in constant time. */
import { createHmac, timingSafeEqual } from 'crypto';
import { isFresh, parseSignatureHeader, signedPayload } from '../../core/requests/signature';

export function sign(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(signedPayload(t, body)).digest('hex');
  return `t=${t},v1=${v1}`;
}

export type Verdict = 'valid' | 'missing' | 'malformed' | 'stale' | 'mismatch';

export function verify(secret: string, header: unknown, body: string, now: Date): Verdict {
  if (header === undefined || header === null || header === '') return 'missing';
  const parsed = parseSignatureHeader(header);
  if (!parsed) return 'malformed';
  const expected = Buffer.from(
    createHmac('sha256', secret).update(signedPayload(parsed.timestamp, body)).digest('hex'),
    'utf8',
  );
  const matches = parsed.signatures.some((candidate) => {
    const given = Buffer.from(candidate, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return 'mismatch';
  return isFresh(parsed.timestamp, now) ? 'valid' : 'stale';
}
