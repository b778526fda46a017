/**
 * Tells the workspace's admins something: in the room picked in the settings, else by direct
 * message to the usernames named there, else to the admin who installed the app. Returns false
 * when nobody could be told.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { Translator } from '../../../core/i18n/translator';
import { translator } from '../../../core/i18n/translator';
import type { EngineCall } from '../engineCall';
import { SettingId } from '../../../core/settings/ids';
import { installerId } from '../server/installer';
import { sendDirectMessage } from './notifier';
import { languageOf, serverLanguage } from '../server/userLanguage';
import { chooseLanguage } from '../../../core/i18n/languages';
import { appUserOf } from '../server/appUser';

/** What telling the admins needs of the call. */
export type AdminsCall = Pick<EngineCall, 'read' | 'modify' | 'settings' | 'logger'>;

type AdminTargets = { room: IRoom } | { users: IUser[] };

/** Who would be told now: the room, else the named admins who exist, else the installer (by id). */
async function adminTargets(
  { read, settings }: Pick<EngineCall, 'read' | 'settings'>,
  logger?: EngineCall['logger'],
  useRoom = true,
): Promise<AdminTargets> {
  const roomId = useRoom ? await settings.get(SettingId.AdminRoom) : '';
  if (roomId) {
    const room = await read.getRoomReader().getById(roomId);
    if (room) return { room };
  }
  const usernames = await settings.get(SettingId.AdminUsernames);
  if (usernames.length > 0) {
    const users: IUser[] = [];
    for (const username of usernames) {
      const admin = await read.getUserReader().getByUsername(username);
      if (admin) users.push(admin);
      else logger?.warn(`admin ${username} named in ${SettingId.AdminUsernames} does not exist`);
    }
    return { users };
  }
  const id = await installerId(read.getPersistenceReader(), logger);
  const installer = id ? await read.getUserReader().getById(id) : undefined;
  return { users: installer ? [installer] : [] };
}

/** Whether anybody would be told now (the request modal says so before sending). */
export async function adminsReachable(call: Pick<EngineCall, 'read' | 'settings'>): Promise<boolean> {
  const targets = await adminTargets(call);
  return 'room' in targets || targets.users.length > 0;
}

export async function tellAdmins(
  call: AdminsCall,
  text: (translator: Translator) => string,
): Promise<boolean> {
  const { read, modify } = call;
  const targets = await adminTargets(call, call.logger);
  const appUser = await appUserOf(read);
  if ('room' in targets) {
    if (!appUser) return false;
    const language = chooseLanguage(undefined, await serverLanguage(read));
    await modify.getCreator().finish(
      modify
        .getCreator()
        .startMessage()
        .setRoom(targets.room)
        .setSender(appUser)
        .setText(text(translator(language))),
    );
    return true;
  }
  let told = false;
  for (const admin of targets.users) {
    told =
      (await sendDirectMessage(read, modify, admin, text(translator(await languageOf(admin, read))))) || told;
  }
  return told;
}

/**
 * The admins by direct message first (those named, else the installer), the admins' room only when
 * none is reachable: for a message that carries a person's details (the hand-over before uninstall).
 */
export async function tellAdminsDirectly(
  call: AdminsCall,
  text: (translator: Translator) => string,
): Promise<boolean> {
  const { read, modify, settings, logger } = call;
  const people = await adminTargets({ read, settings }, logger, false);
  let told = false;
  for (const admin of 'users' in people ? people.users : [])
    told =
      (await sendDirectMessage(read, modify, admin, text(translator(await languageOf(admin, read))))) || told;
  return told || tellAdmins(call, text);
}
