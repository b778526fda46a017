/**
 * A stored request record, parsed on read. Records carry a schema version `v` from this version
 * on; older ones have none and read the same. A record that does not have the fields every
 * reader relies on (or comes from a newer schema) is not a request: the caller skips and logs it.
 */
import { isRequestStatus } from './lifecycle';
import type { PrivacyRequest } from './request';

export const REQUEST_SCHEMA = 1;

/** A request as written by its filer. */
export type StoredRequest = PrivacyRequest & { v: typeof REQUEST_SCHEMA };

export function storedRequest(request: PrivacyRequest): StoredRequest {
  return { ...request, v: REQUEST_SCHEMA };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export function parseRequestRecord(value: unknown): PrivacyRequest | undefined {
  if (!isObject(value)) return undefined;
  if (value.v !== undefined && value.v !== REQUEST_SCHEMA) return undefined;
  const strings = ['id', 'ref', 'userId', 'submittedAt'] as const;
  if (strings.some((field) => typeof value[field] !== 'string')) return undefined;
  if (!isRequestStatus(value.status) || !Array.isArray(value.history)) return undefined;
  if (!isObject(value.routing) || !isObject(value.delivery)) return undefined;
  if (typeof value.delivery.failures !== 'number') return undefined;
  return value as unknown as PrivacyRequest;
}
