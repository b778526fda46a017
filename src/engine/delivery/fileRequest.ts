/**
 * Files a checked request: stores it (outbox entry first, then the request), tells the user,
 * tells the workspace's admins for the workspace track, and wakes the outbox. Never calls the
 * vendor: delivery happens in the outbox job.
 */
import type { ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { Translator } from '../../core/i18n/translator';
import type { DeploymentFinding } from '../../core/policy/deployment';
import { deadlinesFor } from '../../core/requests/deadlines';
import type { RequestForm } from '../../core/requests/form';
import type { PrivacyRequest } from '../../core/requests/request';
import { referenceOf } from '../../core/requests/request';
import { routeRequest } from '../../core/requests/routing';
import { tellAdmins } from '../gateways/admins';
import { sendDirectMessage } from '../gateways/notifier';
import { adminNoticeText, receiptText } from '../views/requestText';
import { wakeOutbox } from './outboxTrigger';
import { findRequest, saveRequest, scheduleWork } from './requestStore';

export interface Identity {
  email: string;
  emailVerified: boolean;
}

export function identityOf(user: IUser): Identity | undefined {
  const first = user.emails?.find((e) => e.address);
  return first ? { email: first.address, emailVerified: first.verified === true } : undefined;
}

export interface FileInput {
  id: string;
  user: IUser;
  identity: Identity;
  form: RequestForm;
  deployment: DeploymentFinding;
  translator: Translator;
  now: Date;
}

export function buildRequest({
  id,
  user,
  identity,
  form,
  deployment,
  translator,
  now,
}: FileInput): PrivacyRequest {
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
    language: translator.language,
    jurisdiction: form.jurisdiction,
    type: form.type,
    categories: form.categories,
    details: form.details,
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

/** Returns the stored request; a second submit of the same modal returns the first one untouched. */
export async function fileRequest(
  read: IRead,
  modify: IModify,
  persistence: IPersistence,
  logger: ILogger,
  input: FileInput,
): Promise<{ request: PrivacyRequest; duplicate: boolean }> {
  const existing = await findRequest(read.getPersistenceReader(), input.id);
  if (existing) return { request: existing, duplicate: true };
  const request = buildRequest(input);
  if (request.routing.vendor) await scheduleWork(persistence, request.id, request.submittedAt);
  await saveRequest(persistence, request);

  await sendDirectMessage(read, modify, request.username, receiptText(request, input.translator));
  if (request.routing.workspace) {
    const told = await tellAdmins(read, modify, (t) => adminNoticeText(request, t));
    if (!told)
      logger.warn(
        `request ${request.ref}: no admin room or admin usernames set, nobody was told about the workspace track`,
      );
  }
  if (request.routing.vendor) await wakeOutbox(modify, logger);
  return { request, duplicate: false };
}
