/**
 * The DSR contract's bodies (OpenDSR 2.0 fields first, then our `privacy-center` extension):
 * what the app sends, and the status answers it reads. Only what the vendor needs leaves the
 * workspace: the vendor track's categories and, when there is a vendor track, the details.
 */
import type { DataCategory } from '../policy/catalog';
import type { RequestStatus } from './lifecycle';
import type { PrivacyRequest } from './request';

export const API_VERSION = '2.0';
export const EXTENSION_KEY = 'privacy-center';

export interface WorkspaceFacts {
  siteUrl: string;
  /** An id for the workspace in `controller_customer_id`: its host. */
  workspaceId: string;
}

export function createBody(request: PrivacyRequest, workspace: WorkspaceFacts, callbackUrl?: string) {
  const categories: DataCategory[] = request.routing.vendor?.categories ?? [];
  return {
    api_version: API_VERSION,
    subject_request_id: request.id,
    subject_request_type: request.type,
    regulation: request.jurisdiction,
    submitted_time: request.submittedAt,
    subject_identities: [
      { identity_type: 'email', identity_value: request.email, identity_format: 'raw' },
      {
        identity_type: 'controller_customer_id',
        identity_value: `${workspace.workspaceId}/${request.userId}`,
        identity_format: 'raw',
      },
    ],
    ...(callbackUrl ? { status_callback_urls: [callbackUrl] } : {}),
    extensions: {
      [EXTENSION_KEY]: {
        workspace: {
          site_url: workspace.siteUrl,
          deployment: request.deployment.type,
          detected_by: request.deployment.detectedBy,
        },
        jurisdiction: request.jurisdiction,
        data_categories: categories,
        apps: request.apps ?? [],
        details: request.details,
        ...(request.due ? { due_time: request.due } : {}),
        locale: request.language,
        email_verified: request.emailVerified,
      },
    },
  };
}

const ENDPOINT_STATUSES = ['pending', 'in_progress', 'completed', 'cancelled', 'rejected'] as const;
type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];

export interface StatusAnswer {
  status: RequestStatus;
  expectedCompletionTime?: string;
  resultsUrl?: string;
  reason?: string;
}

/** The endpoint's `pending` is our `delivered`: it has the request and has not started. */
const STATUS_MAP: Record<EndpointStatus, RequestStatus> = {
  pending: 'delivered',
  in_progress: 'in_progress',
  completed: 'completed',
  cancelled: 'cancelled',
  rejected: 'rejected',
};

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;

/**
 * The results link is shown to the person as it is: one with spaces, controls, bidi or zero-width
 * characters, or markdown and mention characters could mention, format or start a line (9.7).
 */
export const UNSAFE_IN_LINK =
  /[\s\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<>`*|]/;

/** Reads `GET /requests/{id}`; undefined when the answer is not about this request or unreadable. */
export function parseStatusAnswer(body: unknown, requestId: string): StatusAnswer | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  if (b.subject_request_id !== requestId) return undefined;
  if (!(ENDPOINT_STATUSES as readonly unknown[]).includes(b.request_status)) return undefined;
  const resultsUrl = text(b.results_url, 2048);
  return {
    status: STATUS_MAP[b.request_status as EndpointStatus],
    ...(text(b.expected_completion_time, 40)
      ? { expectedCompletionTime: text(b.expected_completion_time, 40) }
      : {}),
    ...(resultsUrl && /^https:\/\//i.test(resultsUrl) && !UNSAFE_IN_LINK.test(resultsUrl)
      ? { resultsUrl }
      : {}),
    ...(text(b.reason, 500) ? { reason: text(b.reason, 500) } : {}),
  };
}
