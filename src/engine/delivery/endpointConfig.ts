/** The DSR endpoint settings, read only where a call needs them; secrets go nowhere else. */
import type { ISettingRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ValueProblem } from '../../core/settings/validation';
import { readSetting, settingNotInForce } from '../adapters/settings/reader';
import { SettingId } from '../adapters/settings/ids';
import type { EndpointConfig } from '../adapters/dsr/dsrClient';

/** Undefined when no endpoint is configured: the vendor track then goes by email. */
export async function endpointConfig(settings: ISettingRead): Promise<EndpointConfig | undefined> {
  const [baseUrl, token, signingSecret] = await Promise.all([
    readSetting<string>(settings, SettingId.DsrEndpointUrl),
    readSetting<string>(settings, SettingId.DsrToken),
    readSetting<string>(settings, SettingId.DsrSigningSecret),
  ]);
  return baseUrl ? { baseUrl, token, signingSecret } : undefined;
}

/** Why an endpoint URL that is set is not used (e.g. local addresses are no longer allowed), if so. */
export async function endpointNotInForce(settings: ISettingRead): Promise<ValueProblem | undefined> {
  return settingNotInForce(settings, SettingId.DsrEndpointUrl);
}
