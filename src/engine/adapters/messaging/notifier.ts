/** How the app speaks to people: an ephemeral notice in the room, or a direct message from the app user. */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { LayoutBlock } from '@rocket.chat/ui-kit';
import { appUserOf } from '../server/appUser';

export async function notifyEphemeral(
  read: IRead,
  modify: IModify,
  user: IUser,
  room: IRoom,
  text: string,
  blocks?: LayoutBlock[],
): Promise<void> {
  const appUser = await appUserOf(read);
  const builder = modify.getCreator().startMessage().setRoom(room).setText(text);
  if (appUser) builder.setSender(appUser);
  if (blocks) builder.setBlocks(blocks);
  await modify.getNotifier().notifyUser(user, builder.getMessage());
}

/** The direct-message room of the app user and `target`, created when there is none yet. */
export async function directRoomWith(
  read: IRead,
  modify: IModify,
  appUser: IUser,
  target: IUser,
): Promise<IRoom | undefined> {
  const room = await read.getRoomReader().getDirectByUsernames([appUser.username, target.username]);
  if (room) return room;
  const roomId = await modify
    .getCreator()
    .finish(
      modify
        .getCreator()
        .startRoom()
        .setType(RoomType.DIRECT_MESSAGE)
        .setCreator(appUser)
        .setMembersToBeAddedByUsernames([appUser.username, target.username]),
    );
  return (await read.getRoomReader().getById(roomId)) ?? undefined;
}

/**
 * Sends a direct message from the app user to `target`, a user just read by id (never looked up by
 * a stored username: a freed username can belong to someone else). False when it could not be sent.
 */
export async function sendDirectMessage(
  read: IRead,
  modify: IModify,
  target: IUser,
  text: string,
  blocks?: LayoutBlock[],
): Promise<boolean> {
  const appUser = await appUserOf(read);
  if (!appUser) return false;
  const room = await directRoomWith(read, modify, appUser, target);
  if (!room) return false;
  const message = modify.getCreator().startMessage().setRoom(room).setSender(appUser).setText(text);
  if (blocks) message.setBlocks(blocks);
  await modify.getCreator().finish(message);
  return true;
}
