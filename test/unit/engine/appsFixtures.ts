/** A small workspace catalogue for the app directory's adapter tests. */
import type { IHttpRequest, IHttpResponse } from '@rocket.chat/apps-engine/definition/accessors';

export const INSTALLED = {
  success: true,
  apps: [
    {
      id: 'poll',
      name: 'Poll',
      version: '2.1.0',
      author: { name: 'Poll Co', homepage: 'https://poll.example', support: 'help@poll.example' },
      status: 'auto_enabled',
      private: false,
      permissions: [{ name: 'ui.interact' }, { name: 'persistence' }],
    },
    {
      id: 'translate',
      name: 'Translator',
      version: '1.0.0',
      author: { name: 'Lingo', homepage: 'https://lingo.example', support: 'https://lingo.example/help' },
      status: 'manually_enabled',
      private: false,
      permissions: [{ name: 'message.read' }, { name: 'networking' }, { name: 'teleport.write' }],
    },
    {
      id: 'legacy',
      name: 'Old bot',
      version: '0.9.0',
      author: { name: 'Someone', homepage: '', support: '' },
      status: 'manually_disabled',
      private: true,
    },
  ],
};

export const MARKETPLACE = [
  {
    appId: 'translate',
    latest: {
      id: 'translate',
      privacyPolicySummary: 'Messages are sent to our translation service and not stored.',
      privacyLink: 'https://lingo.example/privacy',
      author: { name: 'Lingo', homepage: 'https://lingo.example', support: 'https://lingo.example/help' },
    },
  },
  { appId: 'poll', latest: { id: 'poll', author: { name: 'Poll Co' } } },
  { appId: 'not-installed', latest: { id: 'not-installed', privacyPolicySummary: 'x' } },
];

export const CONFIGURED = { apps_api_user_id: 'reader-id', apps_api_token: 'tok-SECRET-123' };

/** Answers like the workspace: both routes, or one status for everything. */
export function workspace(status = 200) {
  return (url: string, _request: IHttpRequest): Partial<IHttpResponse> => {
    if (status !== 200) return { statusCode: status, content: '{"success":false}' };
    if (url.endsWith('/api/apps/installed')) return { data: INSTALLED };
    if (url.endsWith('/api/apps/marketplace')) return { data: MARKETPLACE };
    return { statusCode: 404 };
  };
}
