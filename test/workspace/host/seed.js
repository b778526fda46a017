'use strict';
/** What a fresh workspace holds: an admin, three users in three languages, #general. */
const SEED_USERS = [
  {
    id: 'user-admin',
    username: 'admin',
    name: 'Ada Admin',
    roles: ['admin', 'user'],
    language: undefined,
    email: 'admin@example.org',
  },
  {
    id: 'user-alice',
    username: 'alice',
    name: 'Alice Example',
    roles: ['user'],
    language: 'en',
    email: 'alice@example.org',
  },
  {
    id: 'user-bruno',
    username: 'bruno',
    name: 'Bruno Beispiel',
    roles: ['user'],
    language: 'de',
    email: 'bruno@example.org',
  },
  {
    id: 'user-carla',
    username: 'carla',
    name: 'Carla Exemplo',
    roles: ['user'],
    language: 'pt-BR',
    email: 'carla@example.org',
  },
];

/** @param {typeof SEED_USERS[number]} seed an IUser as the server hands it to apps */
function seedUser(seed) {
  const now = new Date('2026-01-05T09:00:00Z').toISOString();
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

function seedWorkspace() {
  const users = SEED_USERS.map(seedUser);
  return {
    users,
    rooms: [
      {
        id: 'GENERAL',
        slugifiedName: 'general',
        displayName: 'general',
        type: 'c',
        creatorId: 'user-admin',
        userIds: users.map((u) => u.id),
        isDefault: true,
        isReadOnly: false,
        displaySystemMessages: true,
        messageCount: 0,
        createdAt: new Date('2026-01-05T09:00:00Z').toISOString(),
      },
    ],
    messages: [],
    emails: [],
  };
}

module.exports = { SEED_USERS, seedWorkspace };
