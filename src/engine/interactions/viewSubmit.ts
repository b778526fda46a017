/**
 * View submits, routed by view id. The request modal: parse, check, answer field errors on the
 * modal itself, enforce the per-user limit, then file (no call to the vendor here).
 */
import type { ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type {
  IUIKitResponse,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import type { Translator } from '../../core/i18n/translator';
import { checkRequestForm } from '../../core/requests/form';
import { isRequestId } from '../../core/requests/request';
import { fileRequest, identityOf } from '../delivery/fileRequest';
import { findRequest, requestsOf } from '../delivery/requestStore';
import { requestableApps } from '../gateways/appsDirectory';
import { policyForUser } from '../gateways/policySource';
import { translatorFor } from '../gateways/userLanguage';
import { readSetting } from '../settings/reader';
import { SettingId } from '../settings/ids';
import { errorReference } from '../errors';
import { requestIdOf } from '../views/requestModal';
import { dropDraft, readDraft } from './requestDraft';
import { FIELD_ACTIONS, readRequestModalState } from './requestModalState';

const DAY_MS = 86_400_000;

/**
 * A failure the user cannot fix keeps the modal open with a reference to quote; the details go to
 * the app's log under that reference. What was typed is not lost.
 */
export async function handleViewSubmit(
  context: UIKitViewSubmitInteractionContext,
  read: IRead,
  modify: IModify,
  persistence: IPersistence,
  logger: ILogger,
): Promise<IUIKitResponse> {
  try {
    return await submit(context, read, modify, persistence, logger);
  } catch (error) {
    const ref = errorReference();
    logger.error('request submit failed', { ref, error: String((error as Error)?.message ?? error) });
    const { view, user } = context.getInteractionData();
    const { t } = await translatorFor(user, read);
    return context.getInteractionResponder().viewErrorResponse({
      viewId: view.id,
      errors: { [FIELD_ACTIONS.confirmed]: t('error.internal', { ref }) },
    });
  }
}

async function submit(
  context: UIKitViewSubmitInteractionContext,
  read: IRead,
  modify: IModify,
  persistence: IPersistence,
  logger: ILogger,
): Promise<IUIKitResponse> {
  const { view, user } = context.getInteractionData();
  const responder = context.getInteractionResponder();
  const requestId = requestIdOf(view.id);
  if (!requestId) return responder.successResponse();
  const translator = await translatorFor(user, read);
  const fail = (errors: Record<string, string>) => responder.viewErrorResponse({ viewId: view.id, errors });
  if (!isRequestId(requestId)) return fail({ [FIELD_ACTIONS.type]: translator.t('form.error.expired') });

  const reader = read.getPersistenceReader();
  // A double submit: the first one filed it; close the modal without a second request.
  if (await findRequest(reader, requestId)) return responder.successResponse();

  const draft = await readDraft(reader, user.id, requestId);
  const apps = await requestableApps(reader);
  const checked = checkRequestForm(
    readRequestModalState(view.state, draft ?? {}),
    apps.map((a) => a.id),
  );
  if (!checked.ok) {
    const errors: Record<string, string> = {};
    for (const [field, key] of Object.entries(checked.errors))
      errors[FIELD_ACTIONS[field as keyof typeof FIELD_ACTIONS]] = translator.t(key);
    return fail(errors);
  }
  const identity = identityOf(user);
  if (!identity) return fail({ [FIELD_ACTIONS.confirmed]: translator.t('form.error.noEmail') });
  const limitError = await overLimit(read, user.id, translator);
  if (limitError) return fail({ [FIELD_ACTIONS.type]: limitError });

  const policy = await policyForUser(read, user, checked.value.jurisdiction);
  await fileRequest(read, modify, persistence, logger, {
    id: requestId,
    user,
    identity,
    form: checked.value,
    apps: apps.filter((a) => checked.value.appIds.includes(a.id)),
    deployment: policy.deployment,
    translator,
    now: new Date(),
  });
  await dropDraft(persistence, user.id);
  return responder.successResponse();
}

async function overLimit(read: IRead, userId: string, { t }: Translator): Promise<string | undefined> {
  const settings = read.getEnvironmentReader().getSettings();
  const limit = await readSetting<number>(settings, SettingId.RequestsPerDay);
  const since = Date.now() - DAY_MS;
  const recent = (await requestsOf(read.getPersistenceReader(), userId)).filter(
    (r) => Date.parse(r.submittedAt) >= since,
  );
  if (recent.length < limit) return undefined;
  return t('request.limit', { limit, email: await readSetting<string>(settings, SettingId.DpoEmail) });
}
