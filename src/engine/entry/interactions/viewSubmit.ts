/**
 * View submits, routed by view id. The request modal: only a view this user opened and has not
 * sent; parse, check, answer field errors on the modal itself, claim a slot of the per-user daily
 * limit, then file (no call to the vendor here).
 */
import type {
  IUIKitResponse,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import type { Translator } from '../../../core/i18n/translator';
import { checkRequestForm } from '../../../core/requests/form';
import { isRequestId } from '../../../core/requests/request';
import { fileRequest, identityOf } from '../../delivery/fileRequest';
import { findRequest } from '../../adapters/persistence/requestStore';
import { requestableApps } from '../../adapters/appsDirectory/appsDirectory';
import { policyForUser } from '../../adapters/server/policySource';
import { translatorFor } from '../../adapters/server/userLanguage';
import type { EngineCall } from '../../adapters/engineCall';
import { SettingId } from '../../../core/settings/ids';
import { errorReference } from '../errors';
import { requestIdOf } from '../../views/requestModal';
import { dropDraft, readDraft } from './requestDraft';
import { claimDailySlot, limitNotice, releaseDailySlot } from './requestLimit';
import { FIELD_ACTIONS, fieldActions, readRequestModalState } from './requestModalState';

/**
 * A failure the user cannot fix keeps the modal open with a reference to quote; the details go to
 * the app's log under that reference. What was typed is not lost.
 */
export async function handleViewSubmit(
  call: EngineCall,
  context: UIKitViewSubmitInteractionContext,
): Promise<IUIKitResponse> {
  const { read, logger } = call;
  try {
    return await submit(call, context);
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

async function submit(call: EngineCall, context: UIKitViewSubmitInteractionContext): Promise<IUIKitResponse> {
  const { read, persistence } = call;
  const { view, user } = context.getInteractionData();
  const responder = context.getInteractionResponder();
  const requestId = requestIdOf(view.id);
  if (!requestId) return responder.successResponse();
  const translator = await translatorFor(user, read);
  const fail = (errors: Record<string, string>) => responder.viewErrorResponse({ viewId: view.id, errors });
  if (!isRequestId(requestId))
    return fail({ [FIELD_ACTIONS.confirmed]: translator.t('form.error.notOpened') });

  const reader = read.getPersistenceReader();
  const notOpened = () => fail({ [FIELD_ACTIONS.confirmed]: translator.t('form.error.notOpened') });
  // A double submit: the first one filed it; close the modal without a second request. Someone
  // else's view id files nothing and leaves their request alone.
  const filed = await findRequest(reader, requestId);
  if (filed) return filed.userId === user.id ? responder.successResponse() : notOpened();

  // The request id was issued to this user when the modal opened (the draft); any other is refused.
  const draft = await readDraft(reader, user.id, requestId);
  if (!draft) return notOpened();
  const fields = fieldActions(draft.revision);
  const apps = await requestableApps(reader);
  const checked = checkRequestForm(
    readRequestModalState(view.state, draft),
    apps.map((a) => a.id),
  );
  if (!checked.ok) {
    const errors: Record<string, string> = {};
    for (const [field, key] of Object.entries(checked.errors))
      errors[fields[field as keyof typeof fields]] = translator.t(key);
    return fail(errors);
  }
  const identity = identityOf(user);
  if (!identity) return fail({ [FIELD_ACTIONS.confirmed]: translator.t('form.error.noEmail') });
  // Shown on the confirmation, next to Send, where the person looks (a section's select shows none).
  const slot = await claimDailySlot(call, user.id, requestId);
  if (slot === 'busy') return fail({ [FIELD_ACTIONS.confirmed]: translator.t('request.limitBusy') });
  if (slot === 'full') {
    const notice = await limitNotice(call, user.id, translator, call.now(), user.utcOffset);
    return fail({ [FIELD_ACTIONS.confirmed]: notice ?? (await limitText(call, translator)) });
  }

  const policy = await policyForUser(call, user, checked.value.jurisdiction);
  try {
    await fileRequest(call, {
      id: requestId,
      user,
      identity,
      form: checked.value,
      apps: apps.filter((a) => checked.value.appIds.includes(a.id)),
      deployment: policy.deployment,
      translator,
      now: call.now(),
    });
  } catch (error) {
    if (!(await findRequest(reader, requestId))) await releaseDailySlot(persistence, user.id, requestId);
    throw error;
  }
  await dropDraft(persistence, user.id, requestId);
  return responder.successResponse();
}

/** The limit without a date: only when the claims seen were not counted when the notice read them. */
async function limitText({ settings }: Pick<EngineCall, 'settings'>, { t }: Translator): Promise<string> {
  const [limit, email] = await Promise.all([
    settings.get(SettingId.RequestsPerDay),
    settings.get(SettingId.DpoEmail),
  ]);
  return t('request.limit', { limit, email });
}
