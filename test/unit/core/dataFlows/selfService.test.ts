import { factsOf } from '../../../../src/core/dataFlows/facts';
import { selfServiceFor, selfServiceOf } from '../../../../src/core/dataFlows/selfService';
import { RC_DEFAULTS } from './defaults';

const self = (settings: Record<string, unknown>) => selfServiceOf(factsOf(settings));

describe('self-service paths', () => {
  it("a default workspace: download and profile changes, no deleting one's own account", () => {
    const s = self(RC_DEFAULTS);
    expect(selfServiceFor('access', s)).toEqual([{ path: 'download' }]);
    expect(selfServiceFor('portability', s)).toEqual([{ path: 'download' }]);
    expect(selfServiceFor('erasure', s)).toEqual([{ path: 'delete_messages' }]);
    expect(selfServiceFor('rectification', s)).toEqual([
      { path: 'edit_profile', fields: ['real_name', 'username', 'email'] },
      { path: 'edit_messages' },
    ]);
    expect(selfServiceFor('objection', s)).toEqual([]);
  });

  it("deleting one's own account says what happens to the messages", () => {
    for (const type of ['Keep', 'Delete', 'Unlink'])
      expect(
        selfServiceFor(
          'erasure',
          self({ ...RC_DEFAULTS, Accounts_AllowDeleteOwnAccount: true, Message_ErasureType: type }),
        )[0],
      ).toEqual({ path: 'delete_account', messages: type });
    const unread = { ...RC_DEFAULTS, Accounts_AllowDeleteOwnAccount: true, Message_ErasureType: undefined };
    expect(selfServiceFor('erasure', self(unread))[0]).toEqual({
      path: 'delete_account',
      messages: 'unknown',
    });
  });

  it('offers nothing the workspace does not allow, or that could not be read', () => {
    const closed = {
      ...RC_DEFAULTS,
      UserData_EnableDownload: false,
      Message_AllowDeleting: false,
      Accounts_AllowUserProfileChange: false,
      Message_AllowEditing: false,
    };
    expect(selfServiceFor('access', self(closed))).toEqual([]);
    expect(selfServiceFor('erasure', self(closed))).toEqual([]);
    expect(selfServiceFor('rectification', self(closed))).toEqual([]);
    expect(selfServiceFor('access', self({}))).toEqual([]);
    expect(self(closed).realName).toBe(false);
    const someFields = {
      ...RC_DEFAULTS,
      Accounts_AllowEmailChange: false,
      Accounts_AllowUsernameChange: false,
    };
    expect(selfServiceFor('rectification', self(someFields))[0]).toEqual({
      path: 'edit_profile',
      fields: ['real_name'],
    });
  });

  it('retention per kind of room, in days (7.x milliseconds or 6.x days), and end-to-end encryption', () => {
    const s = self({
      ...RC_DEFAULTS,
      RetentionPolicy_Enabled: true,
      RetentionPolicy_AppliesToChannels: true,
      RetentionPolicy_TTL_Channels: 90 * 86400000,
      E2E_Enable: true,
    });
    expect(s.retention).toEqual({
      enabled: true,
      rooms: [
        { room: 'channels', applies: true, days: 90 },
        { room: 'groups', applies: false, days: 30 },
        { room: 'dms', applies: false, days: 30 },
      ],
    });
    expect(s.e2e).toBe(true);
    const six = self({ RetentionPolicy_MaxAge_DMs: 7 });
    expect(six.retention.rooms[2]).toEqual({ room: 'dms', days: 7 });
    expect(six.retention.enabled).toBeUndefined();
  });
});
