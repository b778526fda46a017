/**
 * Block actions of the request modal (law or type changed: rebuild it) and the policy view's
 * "File a request" button (open it).
 */
import type { EngineCall } from '../../adapters/engineCall';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { isJurisdiction } from '../../../core/policy/jurisdictions';
import { isRequestType } from '../../../core/requests/types';
import { translatorFor } from '../../adapters/server/userLanguage';
import { AppsViewIds } from '../../views/appsView';
import { PolicyViewIds } from '../../views/policyView';
import { isTypeAction, RequestModalIds, requestIdOf } from '../../views/requestModal';
import { readDraft } from './requestDraft';
import { limitNotice as limitNoticeFor } from '../../../app/requests/dailyLimit';
import { limitPortsOf } from '../../adapters/filingPorts';
import { buildRequestModal, openRequestModal } from './requestModalFlow';

const ACTIONS: readonly string[] = [
  RequestModalIds.JurisdictionAction,
  PolicyViewIds.RequestAction,
  AppsViewIds.RequestAction,
];

export const isRequestModalAction = (actionId: string) =>
  ACTIONS.includes(actionId) || isTypeAction(actionId);

export interface RequestAction {
  appId: string;
  actionId: string;
  value?: string;
  user: IUser;
  triggerId: string;
  viewId?: string;
}

export async function handleRequestModalAction(call: EngineCall, action: RequestAction) {
  const { read, modify } = call;
  const translator = await translatorFor(action.user, read);
  // Opened from a button there is no chat to answer in: the limit is said at the top of the modal.
  const limitNotice = await limitNoticeFor(
    limitPortsOf(call),
    action.user.id,
    translator,
    action.user.utcOffset,
  );
  if (action.actionId === PolicyViewIds.RequestAction || action.actionId === AppsViewIds.RequestAction) {
    // The apps view's button carries the app's id as its value; the flow checks it against the directory.
    const appId = action.actionId === AppsViewIds.RequestAction ? action.value : undefined;
    await openRequestModal(call, action.user, action.triggerId, translator, { appId, limitNotice });
    return;
  }
  const requestId = requestIdOf(action.viewId);
  if (!requestId) return;
  const draft = await readDraft(read.getPersistenceReader(), action.user.id, requestId);
  // Only the modal this person opened (and has not sent) is rebuilt.
  if (!draft) return;
  const jurisdiction =
    action.actionId === RequestModalIds.JurisdictionAction && isJurisdiction(action.value)
      ? action.value
      : draft.jurisdiction;
  const type = isTypeAction(action.actionId) && isRequestType(action.value) ? action.value : draft.type;
  const view = await buildRequestModal(call, action.user, translator, {
    requestId,
    revision: (draft.revision ?? 0) + 1,
    limitNotice,
    jurisdiction,
    type,
    appId: draft.appId,
  });
  await modify.getUiController().updateSurfaceView(view, { triggerId: action.triggerId }, action.user);
}
