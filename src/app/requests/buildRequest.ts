/** A checked form becomes a request: its deadlines, its routing, and its first history entry. */
import type { Language } from '../../core/i18n/languages';
import type { DeploymentFinding } from '../../core/policy/deployment';
import { deadlinesFor } from '../../core/requests/deadlines';
import type { RequestForm } from '../../core/requests/form';
import type { Identity } from '../../core/requests/identity';
import type { PrivacyRequest, RequestApp } from '../../core/requests/request';
import { referenceOf } from '../../core/requests/request';
import { routeRequest } from '../../core/requests/routing';

export interface Requester {
  id: string;
  username: string;
}

export interface RequestDraft {
  id: string;
  user: Requester;
  identity: Identity;
  form: RequestForm;
  /** The installed apps the request names, as the directory knows them. */
  apps?: RequestApp[];
  deployment: DeploymentFinding;
  /** The language the request is filed in (the DPO's e-mail is written in it). */
  language: Language;
}

export function buildRequest(
  { id, user, identity, apps, form, deployment, language }: RequestDraft,
  now: Date,
): PrivacyRequest {
  const submittedAt = now.toISOString();
  const deadlines = deadlinesFor(form.jurisdiction, form.type, now);
  const routing = routeRequest({
    deployment,
    type: form.type,
    categories: form.categories,
    addVendor: form.addVendor,
  });
  return {
    id,
    ref: referenceOf(id),
    userId: user.id,
    username: user.username,
    email: identity.email,
    emailVerified: identity.emailVerified,
    language,
    jurisdiction: form.jurisdiction,
    type: form.type,
    categories: form.categories,
    details: form.details,
    ...(apps?.length ? { apps } : {}),
    routing,
    deployment: { type: deployment.type, detectedBy: deployment.source },
    submittedAt,
    ...(deadlines.due ? { due: deadlines.due.toISOString() } : {}),
    ...(deadlines.acknowledgeBy ? { acknowledgeBy: deadlines.acknowledgeBy.toISOString() } : {}),
    status: 'queued',
    history: [{ status: 'queued', at: submittedAt, source: 'submit' }],
    delivery: { failures: 0, pausedMs: 0, ...(routing.vendor ? { nextAttemptAt: submittedAt } : {}) },
    channel: routing.vendor ? 'endpoint' : 'none',
  };
}
