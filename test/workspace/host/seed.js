'use strict';
/**
 * What a fresh workspace holds: the seeded users (given by the fixtures, see
 * fixtures/users.js) as the server stores them, and the default room `#general` (id `GENERAL`)
 * with every one of them in it.
 */

/**
 * @typedef {{id: string, username: string, name: string, roles: string[], language?: string, email: string}} UserSeed
 * @typedef {ReturnType<typeof seedWorkspace>} WorkspaceData
 */

const SEEDED_AT = '2026-01-05T09:00:00Z';

/** @param {UserSeed} seed an IUser as the server hands it to apps */
function seedUser(seed) {
  const now = new Date(SEEDED_AT).toISOString();
  return {
    id: seed.id,
    username: seed.username,
    name: seed.name,
    emails: [{ address: seed.email, verified: true }],
    type: 'user',
    active: true,
    isEnabled: true,
    roles: seed.roles,
    status: 'online',
    statusConnection: 'online',
    utcOffset: 0,
    createdAt: now,
    updatedAt: now,
    lastLoginAt: now,
    settings: seed.language ? { preferences: { language: seed.language } } : { preferences: {} },
  };
}

/** @param {UserSeed[]} seeds */
function seedWorkspace(seeds) {
  /** @type {Array<Record<string, any>>} */
  const users = seeds.map(seedUser);
  const creator = users.find((u) => u.roles.includes('admin')) ?? users[0];
  return {
    users,
    /** @type {Array<Record<string, any>>} */
    rooms: [
      {
        id: 'GENERAL',
        slugifiedName: 'general',
        displayName: 'general',
        type: 'c',
        creatorId: creator?.id,
        userIds: users.map((u) => u.id),
        isDefault: true,
        isReadOnly: false,
        displaySystemMessages: true,
        messageCount: 0,
        createdAt: new Date(SEEDED_AT).toISOString(),
      },
    ],
    /** @type {Array<Record<string, any>>} */
    messages: [],
    /** @type {Array<Record<string, any>>} */
    emails: [],
    /** Files apps uploaded (content in base64). @type {Array<Record<string, any>>} */
    uploads: [],
  };
}

module.exports = { seedWorkspace };
