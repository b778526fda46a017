/** Speaks about policy updates: in the room the admin picked, and to each person. */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { PolicyAnnouncer } from '../../../app/policyUpdates/ports';
import { chooseLanguage } from '../../../core/i18n/languages';
import { translator } from '../../../core/i18n/translator';
import type { Announcement, PolicyEdition } from '../../../core/policyUpdates/updates';
import { SettingId } from '../../../core/settings/ids';
import { policyUpdateBlocks, policyUpdateText } from '../../views/policyUpdateNotice';
import type { EngineCall } from '../engineCall';
import { serverLanguage, translatorFor } from '../server/userLanguage';
import { notifyEphemeral, sendDirectMessage } from './notifier';
import { appUserOf } from '../server/appUser';

/** The edition the settings give now. */
export async function editionInForce(call: Pick<EngineCall, 'settings'>): Promise<PolicyEdition> {
  const [version, effectiveDate] = await Promise.all([
    call.settings.get(SettingId.PolicyVersion),
    call.settings.get(SettingId.PolicyEffectiveDate),
  ]);
  return { version, effectiveDate };
}

export function roomAnnouncer(call: EngineCall): PolicyAnnouncer {
  return {
    async announce(announcement) {
      const roomId = await call.settings.get(SettingId.PolicyUpdatesRoom);
      if (!roomId) return;
      const [room, appUser, fullPolicyUrl, language] = await Promise.all([
        call.read.getRoomReader().getById(roomId),
        appUserOf(call.read),
        call.settings.get(SettingId.LinkFullPolicy),
        serverLanguage(call.read),
      ]);
      if (!room || !appUser) {
        call.logger.warn(`policy update not announced: no room ${roomId} or no app user`);
        return;
      }
      const tr = translator(chooseLanguage(undefined, language));
      const notice = { announcement, fullPolicyUrl };
      const message = call.modify
        .getCreator()
        .startMessage()
        .setRoom(room)
        .setSender(appUser)
        .setText(policyUpdateText(notice, tr))
        .setBlocks(policyUpdateBlocks(call.appId, notice, tr));
      await call.modify.getCreator().finish(message);
    },
  };
}

/** The notice to one person: in the room they are in (only they see it), else by direct message. */
export async function tellPolicyUpdate(
  call: EngineCall,
  user: IUser,
  announcement: Announcement,
  room?: IRoom,
): Promise<void> {
  const [tr, fullPolicyUrl] = await Promise.all([
    translatorFor(user, call.read),
    call.settings.get(SettingId.LinkFullPolicy),
  ]);
  const notice = { announcement, fullPolicyUrl };
  const text = policyUpdateText(notice, tr);
  const blocks = policyUpdateBlocks(call.appId, notice, tr);
  if (room) await notifyEphemeral(call.read, call.modify, user, room, text, blocks);
  else await sendDirectMessage(call.read, call.modify, user, text, blocks);
}
