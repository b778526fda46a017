/**
 * The vendor's DSR endpoint as the use cases see it (DSR-CONTRACT). The adapter reads the endpoint
 * settings from the call's snapshot and builds the wire body; the URL, token and signing secret
 * never leave it. Every call answers with a value, never an exception.
 */
import type { AttemptResult } from '../requests/outcome';
import type { PrivacyRequest } from '../requests/request';
import type { ValueProblem } from '../settings/validation';

/** Short enough that a whole outbox run (app/delivery/outboxRun.ts) stays well inside the 30 s budget. */
export const DSR_CALL_TIMEOUT_MS = 5_000;

export type EndpointState =
  | { kind: 'ready' }
  /** No endpoint is set up: the vendor track goes by e-mail. */
  | { kind: 'none' }
  /** A URL is set but not in force (e.g. local addresses are no longer allowed). */
  | { kind: 'not_in_force'; problem: ValueProblem };

/** An answer, no answer, or no call at all because no endpoint is set up. */
export type DsrResult = AttemptResult | { kind: 'no_endpoint' };

export interface DsrEndpoint {
  state(): Promise<EndpointState>;
  create(request: PrivacyRequest): Promise<DsrResult>;
  status(requestId: string): Promise<DsrResult>;
  cancel(requestId: string): Promise<DsrResult>;
}
