/**
 * The console list's actions (`console.list.*`): filters, pages, "clear the filters" and "back to
 * the list". Whether the person handles requests is checked again at the moment each action runs:
 * a crafted action from anyone else changes nothing and shows nothing. What the action carries
 * (the list state in its block id, a page in its value) is read here and checked; anything not
 * offered changes nothing.
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { EngineCall } from '../../../adapters/engineCall';
import { requestsStore } from '../../../adapters/persistence/requestsStore';
import { translatorFor } from '../../../adapters/server/userLanguage';
import type { ListField, ListState } from '../../../../core/operator/listState';
import { changeFilter, emptyListState, parseListState, parsePage } from '../../../../core/operator/listState';
import { registerPage } from '../../../../core/operator/register';
import { consoleListView, ConsoleListIds, stateTextOf } from '../../../views/console/list';
import { handlesRequests } from '../../commands/handlers';

const PREFIX = 'console.list.';

export const isConsoleListAction = (actionId: string): boolean => actionId.startsWith(PREFIX);

const FIELDS: Partial<Record<string, ListField>> = {
  [ConsoleListIds.StatusAction]: 'status',
  [ConsoleListIds.TrackAction]: 'track',
  [ConsoleListIds.LawAction]: 'law',
  [ConsoleListIds.TypeAction]: 'type',
  [ConsoleListIds.DueAction]: 'due',
};

export interface ConsoleListAction {
  appId: string;
  actionId: string;
  blockId?: string;
  value?: string;
  user: IUser;
  triggerId: string;
}

/** What the person asked for; undefined when the action offers nothing to do (then nothing happens). */
export function nextListState({
  actionId,
  blockId,
  value,
}: Pick<ConsoleListAction, 'actionId' | 'blockId' | 'value'>): ListState | undefined {
  const shown = parseListState(stateTextOf(blockId));
  const field = FIELDS[actionId];
  if (field) return changeFilter(shown, field, value);
  switch (actionId) {
    case ConsoleListIds.PrevAction:
    case ConsoleListIds.NextAction: {
      const page = parsePage(value);
      return page === undefined ? undefined : { filter: shown.filter, page };
    }
    case ConsoleListIds.ResetAction:
      return emptyListState();
    case ConsoleListIds.ShowAction:
      return parseListState(value ?? '');
    default:
      return undefined;
  }
}

async function listView(call: EngineCall, user: IUser, state: ListState) {
  const store = requestsStore(call.read.getPersistenceReader(), call.persistence, call.logger);
  const now = call.now();
  const [requests, translator] = await Promise.all([store.all(), translatorFor(user, call.read)]);
  const register = registerPage(requests, state.filter, state.page, now);
  return consoleListView({ appId: call.appId, register, state, now }, translator);
}

/** `/privacy admin`: opens the console on the whole register. The caller checked the role. */
export async function openConsoleList(call: EngineCall, user: IUser, triggerId: string): Promise<void> {
  const view = await listView(call, user, emptyListState());
  await call.modify.getUiController().openSurfaceView(view, { triggerId }, user);
}

export async function handleConsoleListAction(call: EngineCall, action: ConsoleListAction): Promise<void> {
  if (!(await handlesRequests(call.settings, action.user))) return;
  const state = nextListState(action);
  if (!state) return;
  const view = await listView(call, action.user, state);
  const ui = call.modify.getUiController();
  // "Back to the list" comes from a request's page, a modal of its own: the list opens again.
  if (action.actionId === ConsoleListIds.ShowAction)
    await ui.openSurfaceView(view, { triggerId: action.triggerId }, action.user);
  else await ui.updateSurfaceView(view, { triggerId: action.triggerId }, action.user);
}
