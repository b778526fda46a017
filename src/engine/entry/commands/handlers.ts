/** Whether the user of this call handles privacy requests: checked at the moment each admin path runs. */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { isRequestHandler } from '../../../core/admin/handlers';
import { SettingId } from '../../../core/settings/ids';
import type { SettingsSnapshot } from '../../../core/settings/snapshot';
import type { Subcommand } from './subcommand';

export async function handlesRequests(settings: SettingsSnapshot, user: IUser): Promise<boolean> {
  return isRequestHandler(user.roles, await settings.get(SettingId.HandlerRoles));
}

/** The subcommands this user may see in the help: the admin ones only for handlers. */
export async function visibleSubcommands(
  all: readonly Subcommand[],
  settings: SettingsSnapshot,
  user: IUser,
): Promise<Subcommand[]> {
  if (!all.some((s) => s.forHandlers)) return [...all];
  const handler = await handlesRequests(settings, user);
  return all.filter((s) => handler || !s.forHandlers);
}
