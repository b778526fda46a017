/**
 * "Privacy Center" in the user menu and in the room menu: one click opens the policy view, the
 * same view `/privacy` opens. The label comes from i18n/<lang>.json (the client shows it).
 */
import type { IUIActionButtonDescriptor } from '@rocket.chat/apps-engine/definition/ui';
import { UIActionButtonContext } from '@rocket.chat/apps-engine/definition/ui';
import type {
  IUIKitResponse,
  UIKitActionButtonInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import type { EngineCall } from '../../adapters/engineCall';
import { policyAndSite } from '../../adapters/server/policySource';
import { translatorFor } from '../../adapters/server/userLanguage';
import { policyView } from '../../views/policyView';

export enum ActionButtonIds {
  UserMenu = 'privacy-center-user-menu',
  RoomMenu = 'privacy-center-room-menu',
}

export const ACTION_BUTTONS: IUIActionButtonDescriptor[] = [
  {
    actionId: ActionButtonIds.UserMenu,
    context: UIActionButtonContext.USER_DROPDOWN_ACTION,
    labelI18n: 'privacy_center_button',
  },
  {
    actionId: ActionButtonIds.RoomMenu,
    context: UIActionButtonContext.ROOM_ACTION,
    labelI18n: 'privacy_center_button',
  },
];

const OWN = new Set<string>(Object.values(ActionButtonIds));

export async function handleActionButton(
  call: EngineCall,
  context: UIKitActionButtonInteractionContext,
): Promise<IUIKitResponse> {
  const { actionId, user, triggerId } = context.getInteractionData();
  if (OWN.has(actionId) && triggerId) {
    const [{ policy, siteUrl, dataMap }, translator] = await Promise.all([
      policyAndSite(call, user),
      translatorFor(user, call.read),
    ]);
    await call.modify.getUiController().openSurfaceView(
      // The same view as `/privacy`, with where data goes from this workspace.
      policyView({ appId: call.appId, policy, siteUrl, dataMap, now: call.now() }, translator),
      { triggerId },
      user,
    );
  }
  return context.getInteractionResponder().successResponse();
}
