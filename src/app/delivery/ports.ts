/**
 * What delivering requests needs, as ports the core defines: built from one call at its entry
 * point (engine/adapters/deliveryPorts.ts), or in memory in the unit tests.
 */
import type { AlertMemory } from '../../core/ports/alerts';
import type { Clock, Ids } from '../../core/ports/clock';
import type { DsrEndpoint } from '../../core/ports/dsr';
import type { Lease } from '../../core/ports/lease';
import type { Log } from '../../core/ports/log';
import type { Mailer } from '../../core/ports/mail';
import type { Notifier } from '../../core/ports/messaging';
import type { OutboxQueue } from '../../core/ports/outbox';
import type { People } from '../../core/ports/people';
import type { RequestsStore } from '../../core/ports/requests';
import type { SettingsSnapshot } from '../../core/settings/snapshot';

export interface DeliveryPorts {
  requests: RequestsStore;
  outbox: OutboxQueue;
  dsr: DsrEndpoint;
  notifier: Notifier;
  people: People;
  mailer: Mailer;
  alerts: AlertMemory;
  lease: Lease;
  settings: SettingsSnapshot;
  clock: Clock;
  ids: Ids;
  log: Log;
  /** Jitter for back-off, in [0, 1). */
  random(): number;
}
