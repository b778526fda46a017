/**
 * The request page's buttons in the admin console: open a request, take it, open the extend /
 * answer / note forms, retry the vendor delivery now, resend the person's confirmation. The role is
 * checked again here, when the action runs: from anyone else a crafted action changes nothing and
 * shows nothing. A request id that is not there gets a polite "not found", for handlers only.
 */
import type { IUIKitResponse, UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { moveRequest } from '../../../../app/operator/moveRequest';
import { retryDeliveryNow } from '../../../../app/operator/retryDelivery';
import type { Translator } from '../../../../core/i18n/translator';
import { isRequestId } from '../../../../core/requests/request';
import type { PrivacyRequest } from '../../../../core/requests/request';
import type { EngineCall } from '../../../adapters/engineCall';
import { notifierOf } from '../../../adapters/messaging/notifierPort';
import { outboxQueue } from '../../../adapters/persistence/outboxQueue';
import { wakeOutbox } from '../../../adapters/scheduler/outboxTrigger';
import { translatorFor } from '../../../adapters/server/userLanguage';
import { errorReference } from '../../errors';
import { handlesRequests } from '../../commands/handlers';
import type { ConsoleForm } from '../../../views/console/requestIds';
import { ConsoleRequestIds, pageViewId } from '../../../views/console/requestIds';
import { requestForm } from '../../../views/console/requestForms';
import { requestNotFound, requestPage } from '../../../views/console/requestPage';
import { operatorRefusalText } from '../../../views/operatorRefusalText';
import { receiptText } from '../../../views/requestText';
import { requestPageData, waitingEntry } from './requestPageData';
import { movePortsOf, PERSON_TEXTS, storeOf } from './requestMoves';

const ACTIONS: readonly string[] = [
  ConsoleRequestIds.Open,
  ConsoleRequestIds.Take,
  ConsoleRequestIds.Extend,
  ConsoleRequestIds.Answer,
  ConsoleRequestIds.Note,
  ConsoleRequestIds.Retry,
  ConsoleRequestIds.Resend,
];

/** The actions this module answers (the console list owns `console.list.*`). */
export const isConsoleRequestAction = (actionId: string) => ACTIONS.includes(actionId);

const FORMS: Partial<Record<string, ConsoleForm>> = {
  [ConsoleRequestIds.Extend]: 'extend',
  [ConsoleRequestIds.Answer]: 'answer',
  [ConsoleRequestIds.Note]: 'note',
};

/** A modal as a response: the engine's responder takes the view without its surface type. */
export function asModal(view: IUIKitSurfaceViewParam) {
  const { type: _surface, ...modal } = view;
  void _surface;
  return modal;
}

export async function handleConsoleRequestAction(
  call: EngineCall,
  context: UIKitBlockInteractionContext,
): Promise<IUIKitResponse> {
  try {
    return await act(call, context);
  } catch (error) {
    // Logged with a reference; the page stays as it was (a move is either recorded or not).
    call.logger.error('console action failed', {
      ref: errorReference(),
      error: String((error as Error)?.message ?? error),
    });
    return context.getInteractionResponder().successResponse();
  }
}

async function act(call: EngineCall, context: UIKitBlockInteractionContext): Promise<IUIKitResponse> {
  const { actionId, value, user, container } = context.getInteractionData();
  const responder = context.getInteractionResponder();
  // Checked now, whatever the view that sent it: a crafted action from anyone else does nothing.
  if (!(await handlesRequests(call.settings, user))) return responder.successResponse();
  const translator = await translatorFor(user, call.read);
  const store = storeOf(call);
  const request = isRequestId(value) ? await store.find(value) : undefined;
  if (!request) return responder.openModalViewResponse(asModal(requestNotFound(call.appId, translator)));

  const form = FORMS[actionId];
  if (form)
    return responder.openModalViewResponse(asModal(requestForm(call.appId, form, request, translator)));

  const show = async (shown: PrivacyRequest, notice?: string) => {
    const page = asModal(requestPage(await requestPageData(call, shown, user, notice), translator));
    // On the page itself it is updated in place; from the list (or a form) it opens.
    return container?.id === pageViewId(shown.id)
      ? responder.updateModalViewResponse(page)
      : responder.openModalViewResponse(page);
  };
  switch (actionId) {
    case ConsoleRequestIds.Take: {
      const moved = await moveRequest(movePortsOf(call), PERSON_TEXTS, request.id, {
        move: 'take',
        by: user.id,
        at: call.now().toISOString(),
      });
      return show(moved.request ?? request, moveNotice(moved, request, translator));
    }
    case ConsoleRequestIds.Retry:
      return show(request, await retry(call, request, translator));
    case ConsoleRequestIds.Resend:
      return show(request, await resend(call, request, translator));
    default:
      return show(request);
  }
}

type Moved = Awaited<ReturnType<typeof moveRequest>>;

type Refused = Extract<Moved, { ok: false }>;

/** Why a move was not made, in the admin's language (the law's rule where it is the law's). */
export function refusalReason(moved: Refused, request: PrivacyRequest, translator: Translator): string {
  const { t } = translator;
  if (moved.refusal === 'not_found') return t('console.error.gone');
  if (moved.refusal === 'no_operator_track') return t('console.error.noWorkspaceTrack');
  return operatorRefusalText(
    { ok: false, refusal: moved.refusal, ...(moved.date ? { date: moved.date } : {}) },
    request,
    translator,
  );
}

/** What the admin reads at the top of the page after a move. */
export function moveNotice(moved: Moved, request: PrivacyRequest, translator: Translator): string {
  const { t } = translator;
  if (!moved.ok) return t('console.notice.refused', { reason: refusalReason(moved, request, translator) });
  const last = moved.request.operatorTrack?.moves.slice(-1)[0];
  if (last?.move === 'note') return t('console.notice.noted');
  return t(moved.told ? 'console.notice.told' : 'console.notice.notTold');
}

async function retry(call: EngineCall, request: PrivacyRequest, { t }: Translator): Promise<string> {
  const reader = call.read.getPersistenceReader();
  const retried = await retryDeliveryNow(
    {
      entryOf: (id) => waitingEntry(call, id),
      outbox: outboxQueue(reader, call.persistence, call.logger),
      clock: { now: call.now },
      runSoon: () => wakeOutbox(call.modify, call.logger),
    },
    request.id,
  );
  return t(retried ? 'console.notice.retried' : 'console.notice.nothingToRetry');
}

async function resend(call: EngineCall, request: PrivacyRequest, { t }: Translator): Promise<string> {
  let sent = false;
  try {
    sent = await notifierOf(call).tellRequester(request, (translator) => receiptText(request, translator));
  } catch (error) {
    call.logger.error(`request ${request.ref}: resending the confirmation failed`, String(error));
  }
  return sent ? t('console.notice.resent', { username: request.username }) : t('console.notice.notResent');
}
