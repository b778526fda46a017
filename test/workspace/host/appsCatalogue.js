'use strict';
/**
 * The workspace's fake app catalogue for the app directory (`/privacy apps`), the one source of
 * the third-party apps the local workspace lists: what `GET /api/apps/installed` and
 * `GET /api/apps/marketplace` answer, and how they fail. Pure data plus one pure function; the
 * workspace server (api/workspace-rest.js) serves it, adding the apps the host really runs. It
 * covers every case the view shows: Marketplace apps with a published policy, without one and
 * with a link only, private uploads, disabled apps, an app with many permissions, apps that
 * declare none (the engine's default set), one with a permission the Privacy Center does not
 * know, and one that declares an empty list. These apps do not run: only the REST API shows them.
 */

/** A dedicated user without admin rights and its personal access token (what the README tells admins to create). */
const READER_ACCESS = { userId: 'user-privacy-reader', token: 'local-privacy-reader-personal-access-token' };
/** The seeded admin's personal access token: any signed-in user may read the installed apps. */
const ADMIN_ACCESS = { userId: 'user-admin', token: 'local-admin-personal-access-token' };
/** The personal access tokens the workspace knows. */
const ACCESS_TOKENS = [READER_ACCESS, ADMIN_ACCESS];

const id = (n) => `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Installed apps besides the Privacy Center, as `/api/apps/installed` lists them (the app.json fields, status, private). */
const INSTALLED_APPS = [
  {
    id: id(1),
    name: 'Meeting Notes AI',
    nameSlug: 'meeting-notes-ai',
    version: '3.2.0',
    description: 'Summarises threads with a language model.',
    author: {
      name: 'Notes Labs',
      homepage: 'https://noteslabs.example',
      support: 'support@noteslabs.example',
    },
    permissions: [
      { name: 'networking' },
      { name: 'message.read' },
      { name: 'threads.read' },
      { name: 'upload.read' },
      { name: 'user.read' },
      { name: 'room.read' },
      { name: 'message.write' },
      { name: 'persistence' },
      { name: 'scheduler' },
      { name: 'slashcommand' },
      { name: 'ui.interact' },
      { name: 'ui.registerButtons' },
      { name: 'api' },
      { name: 'server-setting.read' },
    ],
    status: 'auto_enabled',
    private: false,
  },
  {
    id: id(2),
    name: 'Standup Bot',
    nameSlug: 'standup-bot',
    version: '1.0.4',
    description: 'Daily stand-up questions.',
    author: { name: 'Bots & Co', homepage: 'https://bots.example', support: 'https://bots.example/help' },
    permissions: [
      { name: 'scheduler' },
      { name: 'message.write' },
      { name: 'room.read' },
      { name: 'persistence' },
    ],
    status: 'manually_enabled',
    private: false,
  },
  {
    id: id(3),
    name: 'Legacy Webhook Relay',
    nameSlug: 'legacy-webhook-relay',
    version: '0.8.2',
    description: 'Written before app permissions existed: declares none.',
    author: { name: 'Old Integrations', homepage: 'https://old.example', support: '' },
    status: 'auto_enabled',
    private: false,
  },
  {
    id: id(4),
    name: 'HR Onboarding (internal)',
    nameSlug: 'hr-onboarding',
    version: '2024.11.0',
    description: 'Uploaded by an admin; not from the Marketplace.',
    author: { name: 'ACME IT', homepage: '', support: 'it-help@acme.example' },
    permissions: [
      { name: 'user.read' },
      { name: 'user.write' },
      { name: 'role.write' },
      { name: 'email.send' },
    ],
    status: 'manually_enabled',
    private: true,
  },
  {
    id: id(5),
    name: 'Retired Translator',
    nameSlug: 'retired-translator',
    version: '1.1.0',
    description: 'Disabled by an admin.',
    author: { name: 'Lingo', homepage: 'https://lingo.example', support: 'https://lingo.example/support' },
    permissions: [{ name: 'message.read' }, { name: 'networking' }, { name: 'teleport.beam' }],
    status: 'manually_disabled',
    private: false,
  },
  {
    id: id(6),
    name: 'Emoji Pack',
    nameSlug: 'emoji-pack',
    version: '1.0.0',
    description: 'Declares an empty permission list: it can touch nothing.',
    author: { name: 'Fun Things', homepage: 'https://fun.example', support: 'https://fun.example/help' },
    permissions: [],
    status: 'auto_enabled',
    private: false,
  },
  {
    id: id(7),
    name: 'Giphy',
    nameSlug: 'giphy',
    version: '1.4.0',
    description: 'Search and share GIFs: sends data out, reads no messages.',
    author: { name: 'Rocket.Chat', homepage: 'https://rocket.chat', support: 'https://rocket.chat/support' },
    permissions: [{ name: 'slashcommand' }, { name: 'networking' }, { name: 'message.write' }],
    status: 'manually_enabled',
    private: false,
  },
  {
    id: id(8),
    name: 'Jira Cloud',
    nameSlug: 'jira-cloud',
    version: '2.0.3',
    description: 'Jira issues in your rooms: sends data out and reads messages; no policy published.',
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
    id: id(9),
    name: 'Team Lunch Poll',
    nameSlug: 'team-lunch-poll',
    version: '0.3.1',
    description: 'An in-house poll app, uploaded by an admin, disabled, declaring no permissions.',
    author: { name: 'ACME IT', homepage: 'https://acme.example' },
    status: 'manually_disabled',
    private: true,
  },
];

/** The Marketplace catalogue as the server proxies it: `{ appId, latest }` entries, Marketplace apps only. */
const MARKETPLACE_CATALOGUE = [
  {
    appId: id(1),
    latest: {
      id: id(1),
      name: 'Meeting Notes AI',
      version: '3.2.0',
      author: {
        name: 'Notes Labs',
        homepage: 'https://noteslabs.example',
        support: 'support@noteslabs.example',
      },
      privacyPolicySummary:
        'Thread text is sent to our language model provider in the EU to write the summary. Summaries are kept 30 days; nothing is used for training.',
      privacyLink: 'https://noteslabs.example/privacy',
      tosLink: 'https://noteslabs.example/terms',
      documentationUrl: 'https://noteslabs.example/docs',
    },
  },
  {
    // In the Marketplace, but no privacy summary or link: shown as "no privacy policy published".
    appId: id(2),
    latest: {
      id: id(2),
      name: 'Standup Bot',
      version: '1.0.4',
      author: { name: 'Bots & Co', homepage: 'https://bots.example', support: 'https://bots.example/help' },
      documentationUrl: 'https://bots.example/docs',
    },
  },
  {
    // A link only, no summary.
    appId: id(3),
    latest: {
      id: id(3),
      name: 'Legacy Webhook Relay',
      version: '0.8.2',
      author: { name: 'Old Integrations', homepage: 'https://old.example' },
      privacyLink: 'https://old.example/privacy',
    },
  },
  {
    appId: id(5),
    latest: {
      id: id(5),
      name: 'Retired Translator',
      author: { name: 'Lingo' },
      privacyPolicySummary: 'Messages are sent to Lingo for translation and deleted after 24 hours.',
      privacyLink: 'https://lingo.example/privacy',
    },
  },
  {
    appId: id(7),
    latest: {
      id: id(7),
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
    // In the Marketplace without a privacy summary or link.
    appId: id(8),
    latest: {
      id: id(8),
      name: 'Jira Cloud',
      version: '2.0.3',
      author: { name: 'Example Integrations Ltd', homepage: 'https://integrations.example' },
      documentationUrl: 'https://integrations.example/docs/jira',
      permissions: [{ name: 'networking' }, { name: 'persistence' }],
    },
  },
  {
    // Not installed: the app must leave it out of the directory.
    appId: id(99),
    latest: { id: id(99), name: 'Not Installed Here', privacyPolicySummary: 'Never shown.' },
  },
];

/**
 * How the routes can fail, for the integration tests:
 * - `unauthorized`: 401 on both routes (a wrong or revoked token); `forbidden`: 403.
 * - `timeout`: never answer (hold the request open past the app's time-out: 5 s while a user
 *   waits, 10 s in the refresh job).
 * - `server_error`: 500 on both; `bad_answer`: 200 with an HTML page.
 * - `marketplace_down`: installed answers, the Marketplace route gives 503 (the workspace cannot
 *   reach the Marketplace): the directory shows the apps, with privacy details marked unknown.
 */
const FAILURES = ['unauthorized', 'forbidden', 'timeout', 'server_error', 'bad_answer', 'marketplace_down'];

/**
 * What to answer for one request: `{ status, body }` (body to send as JSON, or a string to send
 * as is) or `{ hang: true }`. `ours` are the apps the host itself runs, in the installed format.
 *
 * @param {{ pathname: string, headers: Record<string, string | string[] | undefined>, failure?: string, ours?: object[], tokens?: Array<{ userId: string, token: string }> }} request
 */
function catalogueAnswer({ pathname, headers, failure, ours = [], tokens = ACCESS_TOKENS }) {
  const route = pathname.replace(/\/+$/, '');
  if (route !== '/api/apps/installed' && route !== '/api/apps/marketplace')
    return { status: 404, body: { success: false } };
  if (failure === 'timeout') return { hang: true };
  const denied = { status: 401, body: { status: 'error', message: 'You must be logged in to do this.' } };
  if (failure === 'unauthorized') return denied;
  if (failure === 'forbidden') return { status: 403, body: { success: false, error: 'unauthorized' } };
  if (!tokens.some((a) => headers['x-user-id'] === a.userId && headers['x-auth-token'] === a.token))
    return denied;
  if (failure === 'server_error')
    return { status: 500, body: { success: false, error: 'Internal server error' } };
  if (failure === 'bad_answer') return { status: 200, body: '<html><body>Maintenance</body></html>' };
  if (route === '/api/apps/marketplace') {
    if (failure === 'marketplace_down')
      return { status: 503, body: { success: false, error: 'Marketplace_Bad_Marketplace_Connection' } };
    return { status: 200, body: MARKETPLACE_CATALOGUE };
  }
  return { status: 200, body: { apps: [...ours, ...INSTALLED_APPS], success: true } };
}

module.exports = {
  READER_ACCESS,
  ADMIN_ACCESS,
  ACCESS_TOKENS,
  INSTALLED_APPS,
  MARKETPLACE_CATALOGUE,
  FAILURES,
  catalogueAnswer,
};
