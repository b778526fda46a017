/**
 * What one delivery attempt's answer means (DSR-CONTRACT, "Responses"), and what the outbox
 * does next. Pure: the HTTP call is made elsewhere and described here as plain data.
 */
import { isDeadLetter, retryAfterMs, retryDelay } from './backoff';
import type { ChangeSource } from './lifecycle';
import { isFinal, move } from './lifecycle';
import type { PrivacyRequest } from './request';

/** An HTTP answer, or the reason there was none. */
export type AttemptResult =
  /** `text`: the raw body when it is not JSON (only ever shown bounded and quoted, never acted on). */
  | { kind: 'answer'; status: number; body: unknown; retryAfter?: string; text?: string }
  | { kind: 'no_answer'; reason: 'timeout' | 'refused' | 'reset' | 'other' };

export type Outcome =
  | { kind: 'accepted'; expectedCompletionTime?: string }
  /** 400: our request was malformed. A delivery failure, never a decision about the person's rights. */
  | { kind: 'malformed'; message: string }
  | { kind: 'unauthorized' }
  | { kind: 'throttled'; retryAfter?: string }
  | { kind: 'transient'; reason: string };

const objectOf = (body: unknown): Record<string, unknown> | undefined =>
  body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;

export function classifyCreate(result: AttemptResult, requestId: string): Outcome {
  if (result.kind === 'no_answer') return { kind: 'transient', reason: result.reason };
  const body = objectOf(result.body);
  const { status } = result;
  if (status === 201 || status === 202 || status === 200 || status === 409) {
    // An answer that does not name our id is not an acceptance: it is unreadable.
    if (body?.subject_request_id !== requestId) return { kind: 'transient', reason: `unreadable ${status}` };
    const expected = body.expected_completion_time;
    return {
      kind: 'accepted',
      ...(typeof expected === 'string' ? { expectedCompletionTime: expected } : {}),
    };
  }
  if (status === 400) {
    const error = objectOf(body?.error);
    const message = typeof error?.message === 'string' ? error.message.slice(0, 500) : 'bad request';
    return { kind: 'malformed', message };
  }
  if (status === 401 || status === 403) return { kind: 'unauthorized' };
  if (status === 429) return { kind: 'throttled', retryAfter: result.retryAfter };
  return { kind: 'transient', reason: `HTTP ${status}` };
}

export interface Applied {
  request: PrivacyRequest;
  /** The status changed: the user is told. */
  changed: boolean;
  /** Credentials were refused for the first time since the admins were last told. */
  alertAdmins: boolean;
  deadLettered: boolean;
  /** A 400 failed it: the admins get the endpoint's reason and the DPO gets the request by email. */
  malformed?: boolean;
}

export function applyOutcome(request: PrivacyRequest, outcome: Outcome, now: Date, random: number): Applied {
  // A request that is already final (e.g. cancelled meanwhile) is never moved or handed over again.
  if (isFinal(request.status)) {
    const rest = { ...request.delivery };
    delete rest.nextAttemptAt;
    return {
      request: { ...request, delivery: rest },
      changed: false,
      alertAdmins: false,
      deadLettered: false,
    };
  }
  const at = now.toISOString();
  const source: ChangeSource = 'delivery';
  const delivery = { ...request.delivery };
  const unchanged = (next: PrivacyRequest, alertAdmins = false): Applied => ({
    request: next,
    changed: false,
    alertAdmins,
    deadLettered: false,
  });
  switch (outcome.kind) {
    case 'accepted': {
      const moved = move(request, 'delivered', { at, source });
      const base = moved.ok ? moved.value : request;
      delete delivery.nextAttemptAt;
      delete delivery.authBlockedSince;
      if (outcome.expectedCompletionTime) delivery.expectedCompletionTime = outcome.expectedCompletionTime;
      return {
        request: { ...base, delivery },
        changed: moved.ok && moved.changed,
        alertAdmins: false,
        deadLettered: false,
      };
    }
    case 'malformed': {
      // The endpoint's words are for the admins (kept as the last error), not the person's history.
      const moved = move(request, 'failed', { at, source, reason: 'endpoint_refused_format' });
      delete delivery.nextAttemptAt;
      delivery.lastError = outcome.message;
      const base = moved.ok ? moved.value : request;
      const changed = moved.ok && moved.changed;
      return {
        request: { ...base, delivery },
        changed,
        alertAdmins: false,
        deadLettered: false,
        ...(changed ? { malformed: true } : {}),
      };
    }
    case 'unauthorized': {
      // Stays queued; retried after the settings change (or, as a safety net, after the cap).
      const first = !delivery.authBlockedSince;
      delivery.authBlockedSince = delivery.authBlockedSince ?? at;
      delivery.lastError = 'unauthorized';
      delivery.nextAttemptAt = new Date(now.getTime() + retryDelay(99, random)).toISOString();
      return unchanged({ ...request, delivery }, first);
    }
    case 'throttled':
    case 'transient': {
      if (delivery.authBlockedSince) {
        // Waiting on credentials only pauses a 72 h window that has already started.
        if (delivery.firstFailureAt)
          delivery.pausedMs += Math.max(0, now.getTime() - Date.parse(delivery.authBlockedSince));
        delete delivery.authBlockedSince;
      }
      delivery.failures += 1;
      delivery.firstFailureAt = delivery.firstFailureAt ?? at;
      delivery.lastError = outcome.kind === 'throttled' ? 'throttled' : outcome.reason;
      if (isDeadLetter(delivery.firstFailureAt, delivery.pausedMs, now)) {
        // The history says why in the app's words; the last error stays with the admins.
        const moved = move(request, 'failed', { at, source, reason: 'undeliverable' });
        delete delivery.nextAttemptAt;
        const base = moved.ok ? moved.value : request;
        return {
          request: { ...base, delivery },
          changed: moved.ok && moved.changed,
          alertAdmins: false,
          deadLettered: true,
        };
      }
      const wait =
        (outcome.kind === 'throttled' ? retryAfterMs(outcome.retryAfter, now) : undefined) ??
        retryDelay(delivery.failures, random);
      delivery.nextAttemptAt = new Date(now.getTime() + wait).toISOString();
      return unchanged({ ...request, delivery });
    }
  }
}
