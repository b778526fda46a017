/** The DSR endpoint settings, read only where a call needs them; secrets go nowhere else. */
import type { ValueProblem } from '../../../core/settings/validation';
import type { SettingsSnapshot } from '../../../core/settings/snapshot';
import { SettingId } from '../../../core/settings/ids';
import type { EndpointConfig } from './dsrClient';

/** Undefined when no endpoint is configured: the vendor track then goes by email. */
export async function endpointConfig(settings: SettingsSnapshot): Promise<EndpointConfig | undefined> {
  const [baseUrl, token, signingSecret] = await Promise.all([
    settings.get(SettingId.DsrEndpointUrl),
    settings.get(SettingId.DsrToken),
    settings.get(SettingId.DsrSigningSecret),
  ]);
  return baseUrl ? { baseUrl, token, signingSecret } : undefined;
}

/** Why an endpoint URL that is set is not used (e.g. local addresses are no longer allowed), if so. */
export async function endpointNotInForce(settings: SettingsSnapshot): Promise<ValueProblem | undefined> {
  return settings.notInForce(SettingId.DsrEndpointUrl);
}
