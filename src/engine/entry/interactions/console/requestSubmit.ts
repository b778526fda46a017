/**
 * The request page's forms submitted (extend, answer, note). The role is checked again when the
 * submit arrives: from anyone else it changes nothing and shows nothing. The form is read once
 * into a checked value, made a move by this admin at the server's time, and handed to moveRequest;
 * a refused move keeps the form open with the reason in the admin's language, under its field; a
 * move made shows the request's page again, with what happened.
 */
import type {
  IUIKitResponse,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { moveRequest } from '../../../../app/operator/moveRequest';
import type { MoveRefusal } from '../../../../app/operator/moveRequest';
import { isRequestId } from '../../../../core/requests/request';
import type { EngineCall } from '../../../adapters/engineCall';
import { translatorFor } from '../../../adapters/server/userLanguage';
import { errorReference } from '../../errors';
import { handlesRequests } from '../../commands/handlers';
import type { ConsoleForm } from '../../../views/console/requestIds';
import { consoleFormOf, ConsoleRequestIds } from '../../../views/console/requestIds';
import { dueOf, requestPage } from '../../../views/console/requestPage';
import { asModal, moveNotice, refusalReason } from './requestActions';
import { FIRST_FIELD, moveOf, readConsoleForm } from './requestFormState';
import { requestPageData } from './requestPageData';
import { movePortsOf, PERSON_TEXTS, storeOf } from './requestMoves';

export const isConsoleRequestView = (viewId: string | undefined) => !!consoleFormOf(viewId);

/** Refusals about the new date go under the date; missing reasons under the text; the rest first. */
function fieldOf(form: ConsoleForm, refusal: MoveRefusal): string {
  if (refusal === 'reasons_required') return ConsoleRequestIds.TextAction;
  return FIRST_FIELD[form];
}

/**
 * A failure the admin cannot fix keeps the form open with a reference to quote; the details go to
 * the app's log under it. What was typed is not lost.
 */
export async function handleConsoleRequestSubmit(
  call: EngineCall,
  context: UIKitViewSubmitInteractionContext,
): Promise<IUIKitResponse> {
  try {
    return await submit(call, context);
  } catch (error) {
    const ref = errorReference();
    call.logger.error('console submit failed', { ref, error: String((error as Error)?.message ?? error) });
    const { view, user } = context.getInteractionData();
    const target = consoleFormOf(view.id);
    // Only a handler learns that something went wrong.
    if (!target || !(await handlesRequests(call.settings, user)))
      return context.getInteractionResponder().successResponse();
    const { t } = await translatorFor(user, call.read);
    return context.getInteractionResponder().viewErrorResponse({
      viewId: view.id,
      errors: { [FIRST_FIELD[target.form]]: t('error.internal', { ref }) },
    });
  }
}

async function submit(call: EngineCall, context: UIKitViewSubmitInteractionContext): Promise<IUIKitResponse> {
  const { view, user } = context.getInteractionData();
  const responder = context.getInteractionResponder();
  const target = consoleFormOf(view.id);
  if (!target || !(await handlesRequests(call.settings, user))) return responder.successResponse();
  const translator = await translatorFor(user, call.read);
  const fail = (errors: Record<string, string>) => responder.viewErrorResponse({ viewId: view.id, errors });
  const first = FIRST_FIELD[target.form];
  const request = isRequestId(target.requestId) ? await storeOf(call).find(target.requestId) : undefined;
  if (!request) return fail({ [first]: translator.t('console.error.gone') });

  const read = readConsoleForm(target.form, view.state as never, translator);
  if (!read.ok) return fail(read.errors);
  const move = moveOf(read.value, user.id, call.now(), dueOf(request));
  const moved = await moveRequest(movePortsOf(call), PERSON_TEXTS, request.id, move);
  if (!moved.ok) {
    return fail({ [fieldOf(target.form, moved.refusal)]: refusalReason(moved, request, translator) });
  }
  const notice = moveNotice(moved, request, translator);
  const page = requestPage(await requestPageData(call, moved.request, user, notice), translator);
  return responder.openModalViewResponse(asModal(page));
}
