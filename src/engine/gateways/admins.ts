/**
 * Tells the workspace's admins something: in the room picked in the settings, else by direct
 * message to the usernames named there. Returns false when nobody could be told.
 */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { Translator } from '../../core/i18n/translator';
import { translator } from '../../core/i18n/translator';
import { readSetting } from '../settings/reader';
import { SettingId } from '../settings/ids';
import { sendDirectMessage } from './notifier';
import { languageOf, serverLanguage } from './userLanguage';
import { chooseLanguage } from '../../core/i18n/languages';

export async function tellAdmins(
  read: IRead,
  modify: IModify,
  text: (translator: Translator) => string,
  logger?: { warn(...items: unknown[]): void },
): Promise<boolean> {
  const settings = read.getEnvironmentReader().getSettings();
  const roomId = await readSetting<string>(settings, SettingId.AdminRoom);
  const appUser = await read.getUserReader().getAppUser();
  if (roomId && appUser) {
    const room = await read.getRoomReader().getById(roomId);
    if (room) {
      const language = chooseLanguage(undefined, await serverLanguage(read));
      await modify.getCreator().finish(
        modify
          .getCreator()
          .startMessage()
          .setRoom(room)
          .setSender(appUser)
          .setText(text(translator(language))),
      );
      return true;
    }
  }
  let told = false;
  for (const username of await readSetting<string[]>(settings, SettingId.AdminUsernames)) {
    const admin = await read.getUserReader().getByUsername(username);
    if (!admin) {
      logger?.warn(`admin ${username} named in ${SettingId.AdminUsernames} does not exist`);
      continue;
    }
    told =
      (await sendDirectMessage(read, modify, username, text(translator(await languageOf(admin, read))))) ||
      told;
  }
  return told;
}
