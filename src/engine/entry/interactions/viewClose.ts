/** A closed request modal leaves nothing behind: its draft is dropped. */
import type { IPersistence } from '@rocket.chat/apps-engine/definition/accessors';
import type {
  IUIKitResponse,
  UIKitViewCloseInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import { requestIdOf } from '../../views/requestModal';
import { dropDraft } from './requestDraft';

export async function handleViewClose(
  context: UIKitViewCloseInteractionContext,
  persistence: IPersistence,
): Promise<IUIKitResponse> {
  const { view, user } = context.getInteractionData();
  const requestId = requestIdOf(view.id);
  if (requestId) await dropDraft(persistence, user.id, requestId);
  return context.getInteractionResponder().successResponse();
}
