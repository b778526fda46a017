import { existsSync } from 'fs';
import { join } from 'path';
import {
  PERMISSION_CATEGORIES,
  DEFAULT_PERMISSIONS,
  describePermission,
  groupPermissions,
  KNOWN_PERMISSIONS,
  PERMISSIONS,
} from '../../../../src/core/apps/permissions';
import { en } from '../../../../src/core/i18n/messages/en';

const ROOT = join(__dirname, '..', '..', '..', '..');
/** The engine the app compiles against, and the one the local workspace runs (when it is set up). */
const ENGINES = [
  join(ROOT, 'node_modules/@rocket.chat/apps-engine/server/permissions/AppPermissions.js'),
  join(
    ROOT,
    'test/workspace/runtime/node_modules/@rocket.chat/apps-engine/server/permissions/AppPermissions.js',
  ),
].filter((file) => existsSync(file));

function engineNames(file: string): { all: string[]; defaults: string[] } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { AppPermissions, defaultPermissions } = require(file) as {
    AppPermissions: Record<string, Record<string, { name: string }>>;
    defaultPermissions: Array<{ name: string }>;
  };
  return {
    all: Object.values(AppPermissions).flatMap((scope) => Object.values(scope).map((p) => p.name)),
    defaults: defaultPermissions.map((p) => p.name),
  };
}

describe('the permission mapping', () => {
  it('reads at least the engine the app compiles against', () => {
    expect(ENGINES.length).toBeGreaterThanOrEqual(1);
  });

  it.each(ENGINES)('covers every permission name the engine knows (%s)', (file) => {
    const { all } = engineNames(file);
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((name) => !(KNOWN_PERMISSIONS as string[]).includes(name))).toEqual([]);
  });

  it.each(ENGINES)("lists the engine's default set for apps that declare none (%s)", (file) => {
    expect([...DEFAULT_PERMISSIONS].sort()).toEqual(engineNames(file).defaults.sort());
  });

  it('says every permission and data category in plain words', () => {
    const messages = en as Record<string, string>;
    for (const name of KNOWN_PERMISSIONS)
      expect([name, messages[`permission.${name}`]]).toEqual([name, expect.any(String)]);
    for (const category of PERMISSION_CATEGORIES)
      expect([category, messages[`apps.data.${category}`]]).toEqual([category, expect.any(String)]);
  });

  it('rates sending data out and reading what people wrote as high risk', () => {
    for (const name of ['networking', 'message.read', 'upload.read', 'livechat-message.read'] as const)
      expect([name, PERMISSIONS[name].risk]).toEqual([name, 'high']);
    expect(PERMISSIONS.networking.category).toBe('outside');
    expect(PERMISSIONS['user.read'].category).toBe('people');
    expect(PERMISSIONS['upload.read'].category).toBe('files');
    expect(PERMISSIONS.persistence.risk).toBe('low');
  });

  it('keeps an unknown permission by its name', () => {
    expect(describePermission('teleport.write')).toEqual({
      known: false,
      name: 'teleport.write',
      category: 'unknown',
      risk: 'medium',
    });
  });

  it('groups by data category, riskiest group and permission first, without duplicates', () => {
    const groups = groupPermissions([
      'persistence',
      'message.write',
      'user.read',
      'message.read',
      'networking',
      'teleport.write',
      'message.read',
      'slashcommand',
    ]);
    expect(groups.map((g) => [g.category, g.risk])).toEqual([
      ['outside', 'high'],
      ['messages', 'high'],
      ['people', 'medium'],
      ['unknown', 'medium'],
      ['features', 'low'],
    ]);
    expect(groups[1].permissions.map((p) => p.name)).toEqual(['message.read', 'message.write']);
    expect(groups[4].permissions.map((p) => p.name)).toEqual(['persistence', 'slashcommand']);
    expect(groupPermissions([])).toEqual([]);
  });

  it('orders unknown permissions in one group by name', () => {
    const [group] = groupPermissions(['b.x', 'a.x']);
    expect(group.permissions.map((p) => p.name)).toEqual(['a.x', 'b.x']);
  });
});
