/**
 * What an app's permissions let it touch, in plain words, grouped by the kind of data. Covers
 * every permission name the Apps-Engine knows (1.53 and 1.62: server/permissions/AppPermissions.js);
 * a name it does not know is kept and shown by its name, never hidden.
 */

export type Risk = 'high' | 'medium' | 'low';

/** Kinds of data, in the order they are shown when their risk is equal. */
export const PERMISSION_CATEGORIES = [
  'outside',
  'messages',
  'files',
  'people',
  'omnichannel',
  'rooms',
  'calls',
  'workspace',
  'features',
  'unknown',
] as const;

/**
 * What an app's permissions touch. Not the policy's data categories (core/policy/catalog: what
 * the vendor processes, what a request names): a different list, so a different name.
 */
export type PermissionCategory = (typeof PERMISSION_CATEGORIES)[number];

export function isPermissionCategory(value: unknown): value is PermissionCategory {
  return typeof value === 'string' && (PERMISSION_CATEGORIES as readonly string[]).includes(value);
}

interface PermissionFacts {
  category: Exclude<PermissionCategory, 'unknown'>;
  risk: Risk;
}

/** Keyed by the permission name an app declares in app.json; the order is the order shown within a risk. */
export const PERMISSIONS = {
  networking: { category: 'outside', risk: 'high' },
  'outbound-communication.provide': { category: 'outside', risk: 'high' },
  'email.send': { category: 'outside', risk: 'medium' },
  'cloud.workspace-token': { category: 'outside', risk: 'medium' },
  'message.read': { category: 'messages', risk: 'high' },
  'threads.read': { category: 'messages', risk: 'high' },
  'moderation.read': { category: 'messages', risk: 'high' },
  'message.write': { category: 'messages', risk: 'medium' },
  'moderation.write': { category: 'messages', risk: 'medium' },
  'upload.read': { category: 'files', risk: 'high' },
  'upload.write': { category: 'files', risk: 'medium' },
  'user.write': { category: 'people', risk: 'high' },
  'role.write': { category: 'people', risk: 'high' },
  'user.read': { category: 'people', risk: 'medium' },
  'role.read': { category: 'people', risk: 'low' },
  'livechat-visitor.read': { category: 'omnichannel', risk: 'high' },
  'livechat-message.read': { category: 'omnichannel', risk: 'high' },
  'contact.read': { category: 'omnichannel', risk: 'high' },
  'livechat-visitor.write': { category: 'omnichannel', risk: 'medium' },
  'livechat-message.write': { category: 'omnichannel', risk: 'medium' },
  'livechat-message.multiple': { category: 'omnichannel', risk: 'medium' },
  'livechat-room.read': { category: 'omnichannel', risk: 'medium' },
  'livechat-room.write': { category: 'omnichannel', risk: 'medium' },
  'livechat-custom-fields.write': { category: 'omnichannel', risk: 'medium' },
  'contact.write': { category: 'omnichannel', risk: 'medium' },
  'livechat-department.write': { category: 'omnichannel', risk: 'medium' },
  'livechat-department.read': { category: 'omnichannel', risk: 'low' },
  'livechat-department.multiple': { category: 'omnichannel', risk: 'low' },
  'livechat-status.read': { category: 'omnichannel', risk: 'low' },
  'room.system.view-all': { category: 'rooms', risk: 'high' },
  'room.read': { category: 'rooms', risk: 'medium' },
  'room.write': { category: 'rooms', risk: 'medium' },
  'video-conference-provider': { category: 'calls', risk: 'medium' },
  'video-conference.read': { category: 'calls', risk: 'medium' },
  'video-conference.write': { category: 'calls', risk: 'medium' },
  'server-setting.write': { category: 'workspace', risk: 'high' },
  'oauth-app.write': { category: 'workspace', risk: 'high' },
  'server-setting.read': { category: 'workspace', risk: 'medium' },
  'oauth-app.read': { category: 'workspace', risk: 'medium' },
  'env.read': { category: 'workspace', risk: 'low' },
  api: { category: 'features', risk: 'medium' },
  'experimental.default': { category: 'features', risk: 'medium' },
  persistence: { category: 'features', risk: 'low' },
  scheduler: { category: 'features', risk: 'low' },
  slashcommand: { category: 'features', risk: 'low' },
  'ui.interact': { category: 'features', risk: 'low' },
  'ui.registerButtons': { category: 'features', risk: 'low' },
} as const satisfies Record<string, PermissionFacts>;

export type KnownPermission = keyof typeof PERMISSIONS;
export const KNOWN_PERMISSIONS = Object.keys(PERMISSIONS) as KnownPermission[];

/**
 * What the engine grants an app whose app.json declares no permissions (its `defaultPermissions`,
 * for apps written before permissions existed). Broad on purpose: it includes networking and
 * reading messages, so such an app is shown with all of it, never as "nothing".
 */
export const DEFAULT_PERMISSIONS: readonly KnownPermission[] = [
  'user.read',
  'user.write',
  'upload.read',
  'upload.write',
  'ui.interact',
  'server-setting.read',
  'server-setting.write',
  'room.read',
  'room.write',
  'message.read',
  'message.write',
  'livechat-department.read',
  'livechat-department.write',
  'livechat-room.read',
  'livechat-room.write',
  'livechat-message.read',
  'livechat-message.write',
  'livechat-visitor.read',
  'livechat-visitor.write',
  'livechat-status.read',
  'livechat-custom-fields.write',
  'scheduler',
  'networking',
  'persistence',
  'env.read',
  'slashcommand',
  'video-conference-provider',
  'video-conference.read',
  'video-conference.write',
  'api',
];

/** Permissions through which data can leave the workspace. */
export const SENDS_DATA_OUT: readonly KnownPermission[] = ['networking', 'outbound-communication.provide'];
/** Permissions through which an app reads what people wrote. */
export const READS_MESSAGES: readonly KnownPermission[] = [
  'message.read',
  'threads.read',
  'moderation.read',
  'livechat-message.read',
];

export function isKnownPermission(name: unknown): name is KnownPermission {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(PERMISSIONS, name);
}

export type DescribedPermission =
  | { known: true; name: KnownPermission; category: PermissionFacts['category']; risk: Risk }
  | { known: false; name: string; category: 'unknown'; risk: 'medium' };

export interface PermissionGroup {
  category: PermissionCategory;
  /** The highest risk in the group. */
  risk: Risk;
  permissions: DescribedPermission[];
}

const RISK_RANK: Record<Risk, number> = { high: 0, medium: 1, low: 2 };
const ORDER = new Map<string, number>(KNOWN_PERMISSIONS.map((name, i) => [name, i]));

export function describePermission(name: string): DescribedPermission {
  if (isKnownPermission(name)) return { known: true, name, ...PERMISSIONS[name] };
  // An unknown permission may be anything: shown by name, ranked as a medium risk.
  return { known: false, name, category: 'unknown', risk: 'medium' };
}

/** Groups permissions by data category: riskiest group first, riskiest permission first within a group. */
export function groupPermissions(names: readonly string[]): PermissionGroup[] {
  const groups = new Map<PermissionCategory, DescribedPermission[]>();
  for (const name of new Set(names)) {
    const described = describePermission(name);
    groups.set(described.category, [...(groups.get(described.category) ?? []), described]);
  }
  const byRisk = (a: DescribedPermission, b: DescribedPermission) =>
    RISK_RANK[a.risk] - RISK_RANK[b.risk] ||
    (ORDER.get(a.name) ?? Infinity) - (ORDER.get(b.name) ?? Infinity) ||
    a.name.localeCompare(b.name);
  return [...groups.entries()]
    .map(([category, permissions]) => {
      const sorted = [...permissions].sort(byRisk);
      return { category, risk: sorted[0].risk, permissions: sorted };
    })
    .sort(
      (a, b) =>
        RISK_RANK[a.risk] - RISK_RANK[b.risk] ||
        PERMISSION_CATEGORIES.indexOf(a.category) - PERMISSION_CATEGORIES.indexOf(b.category),
    );
}
