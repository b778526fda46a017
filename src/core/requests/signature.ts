/**
 * The `X-Privacy-Signature: t=<unix seconds>,v1=<hex>` header: parsing and the replay window.
 * The HMAC itself is computed by the adapter (it needs the crypto module).
 */
export const REPLAY_WINDOW_S = 5 * 60;

export interface ParsedSignature {
  timestamp: number;
  signatures: string[];
}

export function parseSignatureHeader(header: unknown): ParsedSignature | undefined {
  if (typeof header !== 'string' || header.length > 1000) return undefined;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value ?? '')) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value ?? '')) signatures.push(value.toLowerCase());
  }
  return timestamp !== undefined && signatures.length > 0 ? { timestamp, signatures } : undefined;
}

export function isFresh(timestamp: number, now: Date): boolean {
  return Math.abs(now.getTime() / 1000 - timestamp) <= REPLAY_WINDOW_S;
}

/** The bytes that were signed: "<t>.<body>". */
export function signedPayload(timestamp: number, body: string): string {
  return `${timestamp}.${body}`;
}
