/**
 * Files a checked request: stores it (outbox entry first, then the request), tells the user,
 * tells the workspace's admins for the workspace track, and wakes the outbox. Never calls the
 * vendor: delivery happens in the outbox job.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { randomBytes } from 'crypto';
import type { Translator } from '../../core/i18n/translator';
import type { DeploymentFinding } from '../../core/policy/deployment';
import { deadlinesFor } from '../../core/requests/deadlines';
import type { RequestForm } from '../../core/requests/form';
import type { PrivacyRequest, RequestApp, WorkspaceNotice } from '../../core/requests/request';
import { referenceOf } from '../../core/requests/request';
import { move } from '../../core/requests/lifecycle';
import { routeRequest } from '../../core/requests/routing';
import { tellAdmins } from '../adapters/messaging/admins';
import { sendDirectMessage } from '../adapters/messaging/notifier';
import { adminNoticeText, receiptText } from '../views/requestText';
import type { EngineCall } from '../adapters/engineCall';
import { SettingId } from '../../core/settings/ids';
import { emailDpo } from '../adapters/email/emailHandover';
import { claimOnce } from '../adapters/persistence/lease';
import { wakeOutbox } from './outboxTrigger';
import { findRequest, saveRequest, scheduleWork } from '../adapters/persistence/requestStore';

export interface Identity {
  email: string;
  emailVerified: boolean;
}

/**
 * The e-mail a request is filed under: the first verified one, else the first one (marked
 * unverified). The modal shows the same one, since it asks this function too.
 */
export function identityOf(user: IUser): Identity | undefined {
  const emails = (user.emails ?? []).filter((e) => e.address);
  const chosen = emails.find((e) => e.verified === true) ?? emails[0];
  return chosen ? { email: chosen.address, emailVerified: chosen.verified === true } : undefined;
}

export interface FileInput {
  id: string;
  user: IUser;
  identity: Identity;
  form: RequestForm;
  /** The installed apps the request names, as the directory knows them. */
  apps?: RequestApp[];
  deployment: DeploymentFinding;
  translator: Translator;
  now: Date;
}

export function buildRequest({
  id,
  user,
  identity,
  apps,
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

/** A claim older than this whose request was never stored belongs to a submit that failed. */
const CLAIM_TTL_MS = 30_000;

/**
 * Persistence has no compare-and-set: the claim is written, left to settle, then read back, and
 * only the submit whose write survived goes on (the outbox's lease helper). A claim left by a
 * submit that failed before storing the request expires, so the user's next submit files it.
 */
const claimFiling = (reader: IPersistenceRead, persistence: IPersistence, id: string, now: Date) =>
  claimOnce(reader, persistence, `filing:${id}`, randomBytes(8).toString('hex'), now, CLAIM_TTL_MS);

/** Returns the stored request; a second submit of the same modal returns the first one untouched. */
export async function fileRequest(
  call: EngineCall,
  input: FileInput,
): Promise<{ request: PrivacyRequest; duplicate: boolean }> {
  const { read, modify, persistence, logger } = call;
  const reader = read.getPersistenceReader();
  const existing = await findRequest(reader, input.id);
  if (existing) return { request: existing, duplicate: true };
  // Two submits of the same modal can arrive at once: only the one whose claim survives files it.
  if (!(await claimFiling(reader, persistence, input.id, input.now))) {
    // The other submit is storing it right now: this one closes the modal without a second request.
    return { request: (await findRequest(reader, input.id)) ?? buildRequest(input), duplicate: true };
  }
  let request = buildRequest(input);
  if (request.routing.vendor) await scheduleWork(persistence, request.id, request.submittedAt, 'send');
  await saveRequest(persistence, request);

  // The request is stored: from here a failed message is logged, never a reason to stop.
  const attempt = async (what: string, send: () => Promise<unknown>) => {
    try {
      return await send();
    } catch (error) {
      logger.error(`request ${request.ref}: ${what} failed`, String((error as Error)?.message ?? error));
      return undefined;
    }
  };
  if (request.routing.workspace) {
    request = await tellOperator(call, request, input.now, attempt);
  }
  // The receipt comes last: it says truthfully who was told.
  await attempt('receipt', () =>
    sendDirectMessage(read, modify, input.user, receiptText(request, input.translator)),
  );
  if (request.routing.vendor) await wakeOutbox(modify, logger);
  return { request, duplicate: false };
}

/**
 * The workspace track: the admins are told (the room, the named admins, else the installer); when
 * nobody can be, the request is emailed to the DPO; when that fails too, the person is asked to
 * write to the DPO. An operator-only request is then with the operator, or failed: never "waiting
 * to be sent".
 */
export async function tellOperator(
  call: Pick<EngineCall, 'read' | 'modify' | 'persistence' | 'logger' | 'settings'>,
  request: PrivacyRequest,
  now: Date,
  attempt: (what: string, send: () => Promise<unknown>) => Promise<unknown>,
  noticeText: (t: Translator) => string = (t) => adminNoticeText(request, t),
): Promise<PrivacyRequest> {
  const { persistence, logger } = call;
  const dpoEmail = await call.settings.get(SettingId.DpoEmail);
  const told = (await attempt('admin notice', () => tellAdmins(call, noticeText))) === true;
  let notice: WorkspaceNotice = { told: 'admins', dpoEmail };
  if (!told) {
    logger.warn(`request ${request.ref}: no administrator could be told about the workspace track`);
    const emailed = (await attempt('email to the DPO', () => emailDpo(call, request, 'workspace'))) === true;
    notice = { told: emailed ? 'dpo_email' : 'nobody', dpoEmail };
  }
  let next: PrivacyRequest = { ...request, workspaceNotice: notice };
  if (!next.routing.vendor) {
    // Nothing is left to send: the request is with the workspace's operator, or nobody has it.
    const moved =
      notice.told === 'nobody'
        ? move(next, 'failed', { at: now.toISOString(), source: 'delivery', reason: 'no_admin_no_email' })
        : move(next, 'delivered', {
            at: now.toISOString(),
            source: 'delivery',
            reason: 'passed_to_operator',
          });
    if (moved.ok) next = moved.value;
  }
  await saveRequest(persistence, next);
  return next;
}
