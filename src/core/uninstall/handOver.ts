/**
 * Before the app is uninstalled: which requests still have to leave the workspace. After uninstall
 * nobody could send them, so each one whose vendor part was not delivered yet (queued, not being
 * cancelled) is handed over by the last means that works. Pure.
 */
import type { PrivacyRequest } from '../requests/request';

export function notYetDelivered(requests: readonly PrivacyRequest[]): PrivacyRequest[] {
  return requests.filter(
    (r) => Boolean(r.routing.vendor) && r.status === 'queued' && !r.delivery.cancelRequested,
  );
}

/** How a request left the workspace before uninstall (what the log and the admins read). */
export type LastHandOver = 'emailed' | 'posted' | 'lost';
