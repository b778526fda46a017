/** The app directory's search field, category select and refresh button. Values are checked here. */
import type { EngineCall } from '../../adapters/engineCall';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { refreshNow } from '../../../app/appsDirectory/refresh';
import { directoryState } from '../../../app/appsDirectory/state';
import { isPermissionCategory } from '../../../core/apps/permissions';
import { readFilter, saveFilter } from '../../adapters/appsDirectory/appsDirectory';
import { directoryPorts } from '../../adapters/appsDirectory/ports';
import { translatorFor } from '../../adapters/server/userLanguage';
import { USER_TIMEOUT_MS } from '../../adapters/appsDirectory/workspaceApi';
import { ALL_CATEGORIES, appsView, AppsViewIds } from '../../views/appsView';
import { viewData } from '../../views/appsViewData';

const ACTIONS: readonly string[] = [
  AppsViewIds.SearchAction,
  AppsViewIds.CategoryAction,
  AppsViewIds.RefreshAction,
];

export function isAppsAction(actionId: string): boolean {
  return ACTIONS.includes(actionId);
}

export interface AppsAction {
  appId: string;
  actionId: string;
  value?: string;
  user: IUser;
  triggerId: string;
}

export async function handleAppsAction(
  call: EngineCall,
  { appId, actionId, value, user, triggerId }: AppsAction,
): Promise<void> {
  const { read, persistence, modify } = call;
  const now = call.now();
  const ports = directoryPorts(call);
  const filter = await readFilter(read.getPersistenceReader(), user.id);
  if (actionId === AppsViewIds.SearchAction) {
    filter.query = typeof value === 'string' ? value : '';
  } else if (actionId === AppsViewIds.CategoryAction) {
    // Only the offered choices are accepted; anything else is a forged payload and changes nothing.
    if (value === ALL_CATEGORIES) delete filter.category;
    else if (isPermissionCategory(value)) filter.category = value;
    else return;
  }
  const saved = await saveFilter(persistence, user.id, filter);
  let state = await directoryState(ports);
  if (actionId === AppsViewIds.RefreshAction) state = await refreshNow(state, ports, USER_TIMEOUT_MS);
  const translator = await translatorFor(user, read);
  await modify
    .getUiController()
    .updateSurfaceView(appsView(viewData(appId, state, saved, now), translator), { triggerId }, user);
}
