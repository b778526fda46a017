/**
 * The app's own user, read once per app process: it is made when the app is installed and goes
 * with it, so every later read would be the same answer at the cost of a round trip to the server.
 * Kept per reader (the runtime hands every call the same one); a missing user is asked again.
 */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

const known = new WeakMap<IRead, IUser>();

export async function appUserOf(read: IRead): Promise<IUser | undefined> {
  const cached = known.get(read);
  if (cached) return cached;
  const appUser = await read.getUserReader().getAppUser();
  if (appUser) known.set(read, appUser);
  return appUser;
}
