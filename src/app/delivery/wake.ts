/**
 * The outbox woken up when the endpoint settings change: requests held back by refused credentials
 * are retried then (as the contract asks), and the admins are told again should the new settings
 * fail too.
 */
import type { ValueProblem } from '../../core/settings/validation';
import type { DeliveryPorts } from './ports';

/** An endpoint URL that is set but not used is reported to the admins once per problem, until it is in force. */
export async function alertNotInForce(
  p: Pick<DeliveryPorts, 'alerts' | 'notifier'>,
  problem: ValueProblem,
): Promise<void> {
  if (!(await p.alerts.firstTime('not_in_force', problem))) return;
  await p.notifier.tellAdmins(({ t }) =>
    t('admin.endpointNotInForce', {
      setting: t('setting.dsr_endpoint_url'),
      problem: t(`problem.${problem}`),
    }),
  );
}

/** Forgets what the admins were told about the old settings, and makes every waiting operation due now. */
export async function wakeAll(p: Pick<DeliveryPorts, 'alerts' | 'dsr' | 'outbox' | 'clock'>): Promise<void> {
  await p.alerts.forget('credentials');
  if ((await p.dsr.state()).kind === 'ready') await p.alerts.forget('not_in_force');
  const now = p.clock.now().toISOString();
  for (const entry of await p.outbox.waiting()) await p.outbox.put({ ...entry, dueAt: now });
}
