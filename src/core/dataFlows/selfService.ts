/**
 * What a person can do without filing a request, in this workspace (download their data, delete
 * their account, correct their profile), and the facts that change what a request can return
 * (retention, end-to-end encryption). Each is true, false or unknown: a path is offered only when
 * the workspace is known to allow it.
 */
import type { RequestType } from '../requests/types';
import type { SettingFacts } from './facts';
import { OTHER, all, bool, num, text } from './facts';

export type ErasureOfMessages = 'Keep' | 'Delete' | 'Unlink' | 'unknown';
export const ROOM_KINDS = ['channels', 'groups', 'dms'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export interface SelfService {
  download?: boolean;
  deleteAccount?: boolean;
  /** What happens to the messages of a deleted account. */
  messagesOnDelete: ErasureOfMessages;
  profile?: boolean;
  realName?: boolean;
  username?: boolean;
  email?: boolean;
  editMessages?: boolean;
  deleteMessages?: boolean;
  retention: { enabled?: boolean; rooms: Array<{ room: RoomKind; applies?: boolean; days?: number }> };
  e2e?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SUFFIX: Record<RoomKind, 'Channels' | 'Groups' | 'DMs'> = {
  channels: 'Channels',
  groups: 'Groups',
  dms: 'DMs',
};

/** Age limit in whole days: 7.x keeps milliseconds, 6.x days. */
function retentionDays(facts: SettingFacts, room: RoomKind): number | undefined {
  const ms = num(facts, `RetentionPolicy_TTL_${SUFFIX[room]}`);
  if (ms !== undefined) return Math.max(1, Math.round(ms / DAY_MS));
  return num(facts, `RetentionPolicy_MaxAge_${SUFFIX[room]}`);
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function selfServiceOf(facts: SettingFacts): SelfService {
  const erasure = text(facts, 'Message_ErasureType');
  const profile = bool(facts, 'Accounts_AllowUserProfileChange');
  // A field can be changed only where profile changes are allowed at all.
  const field = (id: Parameters<typeof bool>[1]) => all(profile, bool(facts, id));
  return {
    ...defined({
      download: bool(facts, 'UserData_EnableDownload'),
      deleteAccount: bool(facts, 'Accounts_AllowDeleteOwnAccount'),
      profile,
      realName: field('Accounts_AllowRealNameChange'),
      username: field('Accounts_AllowUsernameChange'),
      email: field('Accounts_AllowEmailChange'),
      editMessages: bool(facts, 'Message_AllowEditing'),
      deleteMessages: bool(facts, 'Message_AllowDeleting'),
      e2e: bool(facts, 'E2E_Enable'),
    }),
    messagesOnDelete: erasure === undefined || erasure === OTHER ? 'unknown' : (erasure as ErasureOfMessages),
    retention: {
      ...defined({ enabled: bool(facts, 'RetentionPolicy_Enabled') }),
      rooms: ROOM_KINDS.map((room) =>
        defined({
          room,
          applies: bool(facts, `RetentionPolicy_AppliesTo${SUFFIX[room]}`),
          days: retentionDays(facts, room),
        }),
      ),
    },
  };
}

/** One thing the person can do themselves, in the order the request modal shows them. */
export type SelfServicePath =
  | { path: 'download' }
  | { path: 'delete_account'; messages: ErasureOfMessages }
  | { path: 'delete_messages' }
  | { path: 'edit_profile'; fields: ReadonlyArray<'real_name' | 'username' | 'email'> }
  | { path: 'edit_messages' };

/** The paths that do what a request of this type asks, where the workspace allows them. */
export function selfServiceFor(type: RequestType, s: SelfService): SelfServicePath[] {
  switch (type) {
    case 'access':
    case 'portability':
      return s.download ? [{ path: 'download' }] : [];
    case 'erasure':
      return [
        ...(s.deleteAccount ? [{ path: 'delete_account' as const, messages: s.messagesOnDelete }] : []),
        ...(s.deleteMessages ? [{ path: 'delete_messages' as const }] : []),
      ];
    case 'rectification': {
      const fields = (
        [
          ['real_name', s.realName],
          ['username', s.username],
          ['email', s.email],
        ] as const
      )
        .filter(([, allowed]) => allowed)
        .map(([f]) => f);
      return [
        ...(s.profile ? [{ path: 'edit_profile' as const, fields }] : []),
        ...(s.editMessages ? [{ path: 'edit_messages' as const }] : []),
      ];
    }
    default:
      return [];
  }
}
