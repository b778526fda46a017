/**
 * `onUninstall`: requests not yet delivered are handed over (sent now when the endpoint works,
 * else e-mailed to the DPO, else posted to the admins with everything needed to send them by
 * hand: the last chance, so that post carries the person's details); then the app removes what
 * it stored and its jobs. Bounded: one outbox run (its own time budget), then one step per request.
 */
import type { LastHandOver } from '../../core/uninstall/handOver';
import { notYetDelivered } from '../../core/uninstall/handOver';
import type { PrivacyRequest } from '../../core/requests/request';

export interface UninstallPorts {
  /** Every request, one read. */
  requests(): Promise<PrivacyRequest[]>;
  /** One outbox run with every waiting send due now. */
  deliverNow(): Promise<void>;
  emailDpo(request: PrivacyRequest): Promise<boolean>;
  postToAdmins(request: PrivacyRequest): Promise<boolean>;
  /** The app's records and jobs. */
  removeEverything(requests: PrivacyRequest[]): Promise<void>;
  log: { info(...items: unknown[]): void; error(...items: unknown[]): void };
}

export async function beforeUninstall(p: UninstallPorts): Promise<Map<string, LastHandOver>> {
  const outcome = new Map<string, LastHandOver>();
  if (notYetDelivered(await p.requests()).length > 0) await p.deliverNow();
  const requests = await p.requests();
  for (const request of notYetDelivered(requests)) {
    let how: LastHandOver = 'lost';
    if (await p.emailDpo(request)) how = 'emailed';
    else if (await p.postToAdmins(request)) how = 'posted';
    outcome.set(request.ref, how);
    if (how === 'lost') p.log.error(`request ${request.ref}: could not be handed over before uninstall`);
    else p.log.info(`request ${request.ref}: handed over before uninstall (${how})`);
  }
  await p.removeEverything(requests);
  return outcome;
}
