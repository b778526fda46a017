/** A closed request modal leaves nothing behind: its draft is dropped. */
import type { IPersistence } from '@rocket.chat/apps-engine/definition/accessors';
import type {
  IUIKitResponse,
  UIKitViewCloseInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { requestIdOf } from '../views/requestModal';
import { dropDraft } from './requestDraft';

export async function handleViewClose(
  context: UIKitViewCloseInteractionContext,
  persistence: IPersistence,
): Promise<IUIKitResponse> {
  const { view, user } = context.getInteractionData();
  if (requestIdOf(view.id)) await dropDraft(persistence, user.id);
  return context.getInteractionResponder().successResponse();
}
