/**
 * What delivering requests needs, as ports the core defines: built from one call at its entry
 * point (engine/adapters/deliveryPorts.ts), or in memory in the unit tests.
 */
import type { AlertMemory } from '../../core/ports/alerts';
import type { Clock, Ids } from '../../core/ports/clock';
import type { DsrEndpoint } from '../../core/ports/dsr';
import type { OutboxLease } from '../../core/ports/lease';
import type { Log } from '../../core/ports/log';
import type { Mailer } from '../../core/ports/mail';
import type { Notifier, TextFor } from '../../core/ports/messaging';
import type { PrivacyRequest } from '../../core/requests/request';
import type { OutboxQueue } from '../../core/ports/outbox';
import type { RequestsStore } from '../../core/ports/requests';
import type { SettingsSnapshot } from '../../core/settings/snapshot';

/** The texts people read, from the caller's views (the use cases decide who reads what, and when). */
export interface DeliveryTexts {
  /** The request moved: its new state, with the vendor's reason or results where given. */
  statusChange(
    request: PrivacyRequest,
    extra: { reason?: string; resultsUrl?: string; dpoEmail: string },
  ): TextFor;
  /** The request went to the DPO by e-mail. */
  handedOver(request: PrivacyRequest, dpoEmail: string): TextFor;
  /** The vendor answered a cancel with "too late": where the request stands now. */
  cancelTooLate(request: PrivacyRequest): TextFor;
}

export interface DeliveryPorts {
  texts: DeliveryTexts;
  requests: RequestsStore;
  outbox: OutboxQueue;
  dsr: DsrEndpoint;
  notifier: Notifier;
  mailer: Mailer;
  alerts: AlertMemory;
  lease: OutboxLease;
  settings: SettingsSnapshot;
  clock: Clock;
  ids: Ids;
  log: Log;
  /** Jitter for back-off, in [0, 1). */
  random(): number;
}
