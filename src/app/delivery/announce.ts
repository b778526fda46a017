/** Telling the person their request moved, in their language, with the DPO's address where it helps. */
import type { TextFor } from '../../core/ports/messaging';
import type { PrivacyRequest } from '../../core/requests/request';
import { SettingId } from '../../core/settings/ids';
import { plan } from './plan';
import type { DeliveryPorts } from './ports';

type TellPorts = Pick<DeliveryPorts, 'notifier' | 'requests' | 'outbox' | 'clock'>;

export async function announce(
  p: TellPorts & Pick<DeliveryPorts, 'settings' | 'texts'>,
  request: PrivacyRequest,
  extra: { reason?: string; resultsUrl?: string } = {},
): Promise<void> {
  const dpoEmail = await p.settings.get(SettingId.DpoEmail);
  await tellPerson(p, request, p.texts.statusChange(request, { ...extra, dpoEmail }));
}

/**
 * Sends the person `text` about their request's latest status move, then records that they were
 * told (a `told` event), so the move is no longer owed (core/requests/history). At least once: a
 * crash between the message and the record tells the person again on the next run, which is
 * better than never; the record follows the message at once, to keep that window small. A user
 * who no longer exists gets no message, and the notice is recorded as told all the same (else it
 * would be tried for ever). A message that fails (throws) stays owed, for the outbox to send.
 * The request's next work is planned only now (recordAndPlan leaves an owed request's entry as it
 * was, due when it was due): a crash before this point leaves the owed message to that entry.
 */
export async function tellPerson(p: TellPorts, request: PrivacyRequest, text: TextFor): Promise<void> {
  await p.notifier.tellRequester(request, text);
  if (!request.owedNotice) return;
  await p.requests.append(request, [{ type: 'told', event: request.owedNotice.event }]);
  await plan(p, { ...request, owedNotice: undefined }, { kind: 'recorded' }, p.clock.now());
}
