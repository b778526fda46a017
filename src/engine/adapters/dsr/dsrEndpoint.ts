/**
 * The DsrEndpoint port over the call: the endpoint settings come from the call's snapshot (read
 * once), the create body carries the workspace facts, and the URL, token and signing secret stay
 * in here and in the HTTP headers.
 */
import { hostOf } from '../../../core/policy/deployment';
import type { DsrEndpoint, DsrResult } from '../../../core/ports/dsr';
import type { PrivacyRequest } from '../../../core/requests/request';
import { createBody } from '../../../core/requests/wire';
import { SettingId } from '../../../core/settings/ids';
import type { EngineCall } from '../engineCall';
import { siteUrl } from '../server/policySource';
import { callbackUrl } from './callbackUrl';
import type { EndpointConfig } from './dsrClient';
import { cancelRequest, createRequest, readStatus } from './dsrClient';
import { endpointConfig, endpointNotInForce } from './endpointSettings';

type DsrCall = Pick<EngineCall, 'read' | 'http' | 'settings' | 'appId' | 'now'>;

async function createBodyFor({ read, settings, appId }: DsrCall, request: PrivacyRequest) {
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

export function dsrEndpoint(call: DsrCall): DsrEndpoint {
  let config: Promise<EndpointConfig | undefined> | undefined;
  const configured = () => (config ??= endpointConfig(call.settings));
  const withConfig = async (use: (c: EndpointConfig) => Promise<DsrResult>): Promise<DsrResult> => {
    const found = await configured();
    return found ? use(found) : { kind: 'no_endpoint' };
  };
  return {
    async state() {
      if (await configured()) return { kind: 'ready' };
      const problem = await endpointNotInForce(call.settings);
      return problem ? { kind: 'not_in_force', problem } : { kind: 'none' };
    },
    create: (request) =>
      withConfig(async (c) => createRequest(call.http, c, await createBodyFor(call, request), call.now())),
    status: (id) => withConfig((c) => readStatus(call.http, c, id, call.now())),
    cancel: (id) => withConfig((c) => cancelRequest(call.http, c, id, call.now())),
  };
}
