import type { PrivacyRequest } from '../../../../src/core/requests/request';

export const REQUEST_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const SUBMITTED = '2026-03-02T09:30:00.000Z';

/** A queued GDPR access request on a registered self-hosted workspace, as the outbox stores it. */
export function queuedRequest(overrides: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return {
    id: REQUEST_ID,
    ref: 'PR-1A2B3C4D',
    userId: 'u123',
    username: 'alice',
    email: 'alice@example.org',
    emailVerified: true,
    language: 'de',
    jurisdiction: 'gdpr',
    type: 'access',
    categories: ['account', 'usage', 'tracking'],
    details: 'Please send me everything.',
    routing: {
      vendor: { categories: ['usage', 'tracking'], reason: 'registered_services' },
      workspace: { categories: ['account', 'usage', 'tracking'], reason: 'operator_holds' },
      vendorOptional: false,
      uncertain: false,
    },
    deployment: { type: 'self_hosted_registered', detectedBy: 'registration_check' },
    submittedAt: SUBMITTED,
    due: '2026-04-02T09:30:00.000Z',
    status: 'queued',
    history: [{ status: 'queued', at: SUBMITTED, source: 'submit' }],
    delivery: { failures: 0, pausedMs: 0, nextAttemptAt: SUBMITTED },
    channel: 'endpoint',
    ...overrides,
  };
}

/** A deep copy, to prove a function left its input alone. */
/** A request that only the workspace's operator holds, as filed: queued, nobody told yet. */
export const operatorOnlyRequest = (overrides: Partial<PrivacyRequest> = {}): PrivacyRequest =>
  queuedRequest({
    routing: {
      workspace: { categories: ['account'], reason: 'operator_holds' },
      vendorOptional: true,
      uncertain: false,
    },
    channel: 'none',
    ...overrides,
  });

export const snapshot = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
