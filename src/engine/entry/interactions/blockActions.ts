/** Block actions, routed by action id. Values are checked here, at the edge, before anything uses them. */
import type { EngineCall } from '../../adapters/engineCall';
import type { IUIKitResponse, UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { isJurisdiction } from '../../../core/policy/jurisdictions';
import { policyAndSite } from '../../adapters/server/policySource';
import { rememberJurisdiction } from '../../adapters/server/preferences';
import { translatorFor } from '../../adapters/server/userLanguage';
import { handleAppsAction, isAppsAction } from './appsActions';
import { handleConsoleListAction, isConsoleListAction } from './console/list';
import { handleConsoleRequestAction, isConsoleRequestAction } from './console/requestActions';
import { handleRequestModalAction, isRequestModalAction } from './requestModalActions';
import { policyView, PolicyViewIds } from '../../views/policyView';
import { handlePolicyUpdateAction, isPolicyUpdateAction } from './policyUpdateActions';

export async function handleBlockAction(
  call: EngineCall,
  context: UIKitBlockInteractionContext,
): Promise<IUIKitResponse> {
  const { appId, read, persistence, modify } = call;
  const { actionId, blockId, value, user, triggerId, container } = context.getInteractionData();
  if (isRequestModalAction(actionId)) {
    await handleRequestModalAction(call, { appId, actionId, value, user, triggerId, viewId: container?.id });
    return context.getInteractionResponder().successResponse();
  }
  if (isConsoleRequestAction(actionId)) return handleConsoleRequestAction(call, context);
  if (isPolicyUpdateAction(actionId)) {
    await handlePolicyUpdateAction(call, { user, value, room: context.getInteractionData().room });
    return context.getInteractionResponder().successResponse();
  }
  if (isAppsAction(actionId)) {
    await handleAppsAction(call, { appId, actionId, value, user, triggerId });
    return context.getInteractionResponder().successResponse();
  }
  if (isConsoleListAction(actionId)) {
    await handleConsoleListAction(call, { appId, actionId, blockId, value, user, triggerId });
    return context.getInteractionResponder().successResponse();
  }
  switch (actionId) {
    case PolicyViewIds.JurisdictionAction: {
      // Only the offered choices are accepted; anything else is a forged payload and changes nothing.
      if (!isJurisdiction(value)) break;
      await rememberJurisdiction(persistence, user.id, value);
      const [{ policy, siteUrl: site, dataMap }, translator] = await Promise.all([
        policyAndSite(call, user, value),
        translatorFor(user, read),
      ]);
      await modify
        .getUiController()
        .updateSurfaceView(
          policyView({ appId, policy, siteUrl: site, dataMap, now: call.now() }, translator),
          { triggerId },
          user,
        );
      break;
    }
    default:
      break;
  }
  return context.getInteractionResponder().successResponse();
}
