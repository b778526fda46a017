/** The create body for one request, with the workspace facts it carries. */
import { hostOf } from '../../core/policy/deployment';
import type { PrivacyRequest } from '../../core/requests/request';
import { createBody } from '../../core/requests/wire';
import { siteUrl } from '../adapters/server/policySource';
import type { EngineCall } from '../adapters/engineCall';
import { SettingId } from '../../core/settings/ids';
import { callbackUrl } from '../entry/api/callbackEndpoint';

export async function createBodyFor(
  { read, settings, appId }: Pick<EngineCall, 'read' | 'settings' | 'appId'>,
  request: PrivacyRequest,
) {
  const [site, reachable] = await Promise.all([
    siteUrl(read).then((s) => s ?? ''),
    settings.get(SettingId.CallbacksReachable),
  ]);
  return createBody(
    request,
    { siteUrl: site, workspaceId: hostOf(site) ?? 'workspace' },
    reachable ? callbackUrl(site, appId) : undefined,
  );
}
