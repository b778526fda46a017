/** Telling the person their request moved, in their language, with the DPO's address where it helps. */
import type { PrivacyRequest } from '../../core/requests/request';
import { SettingId } from '../../core/settings/ids';
import type { DeliveryPorts } from './ports';

export async function announce(
  p: Pick<DeliveryPorts, 'notifier' | 'settings' | 'texts'>,
  request: PrivacyRequest,
  extra: { reason?: string; resultsUrl?: string } = {},
): Promise<void> {
  const dpoEmail = await p.settings.get(SettingId.DpoEmail);
  await p.notifier.tellRequester(request, p.texts.statusChange(request, { ...extra, dpoEmail }));
}
