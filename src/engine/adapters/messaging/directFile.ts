/** A file in a person's direct messages with the app user: a line of text, then the file (the server posts it). */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { directRoomWith } from './notifier';
import { appUserOf } from '../server/appUser';

export interface DirectFile {
  filename: string;
  content: Buffer;
}

/** False when there is no app user or no room; an upload the server refuses throws. */
export async function sendDirectFile(
  read: IRead,
  modify: IModify,
  target: IUser,
  text: string,
  file: DirectFile,
): Promise<boolean> {
  const appUser = await appUserOf(read);
  if (!appUser) return false;
  const room = await directRoomWith(read, modify, appUser, target);
  if (!room) return false;
  await modify
    .getCreator()
    .finish(modify.getCreator().startMessage().setRoom(room).setSender(appUser).setText(text));
  await modify
    .getCreator()
    .getUploadCreator()
    .uploadBuffer(file.content, { filename: file.filename, room, user: appUser });
  return true;
}
