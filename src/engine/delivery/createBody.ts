/** The create body for one request, with the workspace facts it carries. */
import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { hostOf } from '../../core/policy/deployment';
import type { PrivacyRequest } from '../../core/requests/request';
import { createBody } from '../../core/requests/wire';
import { siteUrl } from '../adapters/server/policySource';
import { readSetting } from '../adapters/settings/reader';
import { SettingId } from '../adapters/settings/ids';
import { callbackUrl } from '../entry/api/callbackEndpoint';

export async function createBodyFor(read: IRead, request: PrivacyRequest, appId: string) {
  const site = (await siteUrl(read)) ?? '';
  const reachable = await readSetting<boolean>(
    read.getEnvironmentReader().getSettings(),
    SettingId.CallbacksReachable,
  );
  return createBody(
    request,
    { siteUrl: site, workspaceId: hostOf(site) ?? 'workspace' },
    reachable ? callbackUrl(site, appId) : undefined,
  );
}
