/**
 * View submits, routed by view id. The request modal: only a view this user opened and has not
 * sent; parse and check it once, answer field errors on the modal itself, then hand the checked
 * request to the filing use case (no call to the vendor here) and answer what it decided.
 */
import type {
  IUIKitResponse,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { fileRequest, filedBefore } from '../../../app/requests/fileRequest';
import type { FilingTexts } from '../../../app/requests/fileRequest';
import { checkRequestForm } from '../../../core/requests/form';
import { identityOf } from '../../../core/requests/identity';
import { isRequestId } from '../../../core/requests/request';
import { requestableApps } from '../../adapters/appsDirectory/appsDirectory';
import type { EngineCall } from '../../adapters/engineCall';
import { filingPortsOf } from '../../adapters/filingPorts';
import { deploymentOf } from '../../adapters/server/policySource';
import { translatorFor } from '../../adapters/server/userLanguage';
import { requestIdOf } from '../../views/requestModal';
import { receiptText } from '../../views/requestText';
import { adminNoticeText } from '../../views/requestEmailText';
import { errorReference } from '../errors';
import { dropDraft, readDraft } from './requestDraft';
import { handleConsoleRequestSubmit, isConsoleRequestView } from './console/requestSubmit';
import { FIELD_ACTIONS, fieldActions, readRequestModalState } from './requestModalState';

const TEXTS: FilingTexts = {
  adminNotice: (request) => (t) => adminNoticeText(request, t),
  receipt: (request) => (t) => receiptText(request, t),
};

/**
 * A failure the user cannot fix keeps the modal open with a reference to quote; the details go to
 * the app's log under that reference. What was typed is not lost.
 */
export async function handleViewSubmit(
  call: EngineCall,
  context: UIKitViewSubmitInteractionContext,
): Promise<IUIKitResponse> {
  const { read, logger } = call;
  if (isConsoleRequestView(context.getInteractionData().view.id))
    return handleConsoleRequestSubmit(call, context);
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
  const onConfirm = (text: string) => fail({ [FIELD_ACTIONS.confirmed]: text });
  const notOpened = () => onConfirm(translator.t('form.error.notOpened'));
  if (!isRequestId(requestId)) return notOpened();

  const ports = filingPortsOf(call, { user, translator });
  const reader = read.getPersistenceReader();
  // Read side by side (each is a round trip); the answers are looked at in this order.
  const [filed, draft, apps] = await Promise.all([
    filedBefore(ports.requests, requestId, user.id),
    readDraft(reader, user.id, requestId),
    requestableApps(reader),
  ]);
  if (filed === 'by_this_person') return responder.successResponse();
  if (filed === 'by_someone_else') return notOpened();

  // The request id was issued to this user when the modal opened (the draft); any other is refused.
  if (!draft) return notOpened();
  const fields = fieldActions(draft.revision);
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
  if (!identity) return onConfirm(translator.t('form.error.noEmail'));

  const form = checked.value;
  const filing = await fileRequest(
    ports,
    {
      id: requestId,
      user,
      identity,
      form,
      apps: apps.filter((a) => form.appIds.includes(a.id)),
      translator,
      // Only where the workspace runs: the policy's documents are not part of a request.
      deployment: () => deploymentOf(call),
      utcOffset: user.utcOffset,
    },
    TEXTS,
  );
  // Shown on the confirmation, next to Send, where the person looks (a section's select shows none).
  if (filing.outcome === 'refused') return onConfirm(filing.message);
  await dropDraft(persistence, user.id, requestId);
  return responder.successResponse();
}
