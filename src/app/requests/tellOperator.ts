/**
 * The workspace track: the admins are told (the room, the named admins, else the installer); when
 * nobody can be, the request is e-mailed to the DPO; when that fails too, the person is asked to
 * write to the DPO. An operator-only request is then with the operator, or failed: never "waiting
 * to be sent".
 */
import type { TextFor, Notifier } from '../../core/ports/messaging';
import type { DpoMailer } from '../../core/ports/filing';
import type { Log } from '../../core/ports/log';
import type { RequestsStore } from '../../core/ports/requests';
import { move } from '../../core/requests/lifecycle';
import { operatorOutcome } from '../../core/requests/operatorNotice';
import type { PrivacyRequest, WorkspaceNotice } from '../../core/requests/request';
import type { SettingsSnapshot } from '../../core/settings/snapshot';
import { SettingId } from '../../core/settings/ids';

export interface OperatorPorts {
  requests: Pick<RequestsStore, 'recordChanges'>;
  notifier: Pick<Notifier, 'tellAdmins'>;
  mailer: DpoMailer;
  settings: SettingsSnapshot;
  log: Log;
}

/** Runs one message; a failure is logged and read as "not sent": the request is stored already. */
export function attemptFor(log: Log, request: Pick<PrivacyRequest, 'ref'>) {
  return async <T>(what: string, send: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await send();
    } catch (error) {
      log.error(`request ${request.ref}: ${what} failed`, String((error as Error)?.message ?? error));
      return undefined;
    }
  };
}

/**
 * `noticeText`: what the admins read; `now`: when the request was filed (or found left behind), the
 * time its move is recorded at. Returns the request as stored now.
 */
export async function tellOperator(
  ports: OperatorPorts,
  request: PrivacyRequest,
  noticeText: TextFor,
  now: Date,
): Promise<PrivacyRequest> {
  const { log } = ports;
  const attempt = attemptFor(log, request);
  const dpoEmail = await ports.settings.get(SettingId.DpoEmail);
  const told = (await attempt('admin notice', () => ports.notifier.tellAdmins(noticeText))) === true;
  let notice: WorkspaceNotice = { told: 'admins', dpoEmail };
  if (!told) {
    log.warn(`request ${request.ref}: no administrator could be told about the workspace track`);
    const emailed =
      (await attempt('email to the DPO', () => ports.mailer.emailWorkspaceTrack(request))) === true;
    notice = { told: emailed ? 'dpo_email' : 'nobody', dpoEmail };
  }
  let next: PrivacyRequest = { ...request, workspaceNotice: notice };
  if (!next.routing.vendor) {
    const { status, reason } = operatorOutcome(notice);
    const moved = move(next, status, { at: now.toISOString(), source: 'delivery', reason });
    if (moved.ok) next = moved.value;
  }
  // Recorded as events, like every change after filing: a writer that moved it meanwhile keeps its move.
  return (await ports.requests.recordChanges(next)).request;
}
