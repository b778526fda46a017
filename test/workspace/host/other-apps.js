'use strict';
/**
 * The rest of the workspace's Apps page: third-party apps listed as installed beside ours (they
 * do not run; only the REST API shows them), the Marketplace catalogue the server proxies, and
 * the personal access token an admin creates for the app's `/api/apps/*` calls.
 */

/** Admin's personal access token (Administration > Personal access tokens). */
const ADMIN_ACCESS = { userId: 'user-admin', token: 'local-admin-personal-access-token' };

/** Installed apps besides ours, as `/api/apps/installed` lists them. */
const OTHER_INSTALLED = [
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    name: 'Giphy',
    nameSlug: 'giphy',
    version: '1.4.0',
    description: 'Search and share GIFs.',
    author: { name: 'Rocket.Chat', homepage: 'https://rocket.chat', support: 'https://rocket.chat/support' },
    permissions: [{ name: 'slashcommand' }, { name: 'networking' }, { name: 'message.write' }],
    status: 'manually_enabled',
    private: false,
  },
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    name: 'Jira Cloud',
    nameSlug: 'jira-cloud',
    version: '2.0.3',
    description: 'Jira issues in your rooms.',
    author: {
      name: 'Example Integrations Ltd',
      homepage: 'https://integrations.example',
      support: 'mailto:help@integrations.example',
    },
    permissions: [
      { name: 'networking' },
      { name: 'persistence' },
      { name: 'user.read' },
      { name: 'room.read' },
      { name: 'message.read' },
      { name: 'message.write' },
      { name: 'api' },
    ],
    status: 'manually_enabled',
    private: false,
  },
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000003',
    name: 'Team Lunch Poll',
    nameSlug: 'team-lunch-poll',
    version: '0.3.1',
    description: 'An in-house poll app, uploaded by an admin.',
    author: { name: 'ACME IT', homepage: 'https://acme.example' },
    status: 'manually_disabled',
    private: true,
  },
];

/** The Marketplace catalogue as `/api/apps/marketplace` proxies it (only Marketplace apps). */
const MARKETPLACE = [
  {
    appId: 'a1b2c3d4-0000-4000-8000-000000000001',
    latest: {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: 'Giphy',
      version: '1.4.0',
      author: {
        name: 'Rocket.Chat',
        homepage: 'https://rocket.chat',
        support: 'https://rocket.chat/support',
      },
      privacyPolicySummary:
        'Search terms are sent to Giphy to find GIFs. No messages or user data are stored.',
      privacyLink: 'https://giphy.com/privacy',
      documentationUrl: 'https://docs.rocket.chat/apps/giphy',
      permissions: [{ name: 'slashcommand' }, { name: 'networking' }, { name: 'message.write' }],
    },
  },
  {
    appId: 'a1b2c3d4-0000-4000-8000-000000000002',
    latest: {
      id: 'a1b2c3d4-0000-4000-8000-000000000002',
      name: 'Jira Cloud',
      version: '2.0.3',
      author: { name: 'Example Integrations Ltd', homepage: 'https://integrations.example' },
      documentationUrl: 'https://integrations.example/docs/jira',
      permissions: [{ name: 'networking' }, { name: 'persistence' }],
    },
  },
];

module.exports = { ADMIN_ACCESS, OTHER_INSTALLED, MARKETPLACE };
