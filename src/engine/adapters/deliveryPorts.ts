/** The ports the delivery use cases work against, built over one call (at its entry point). */
import { randomBytes } from 'crypto';
import type { DeliveryPorts } from '../../app/delivery/ports';
import { dsrEndpoint } from './dsr/dsrEndpoint';
import { mailerOf } from './email/mailer';
import type { EngineCall } from './engineCall';
import { notifierOf } from './messaging/notifierPort';
import { alertMemory } from './persistence/alerts';
import { leaseOf } from './persistence/lease';
import { outboxQueue } from './persistence/outboxQueue';
import { requestsStore } from './persistence/requestsStore';
import { deliveryTexts } from '../views/deliveryTexts';

export function deliveryPorts(call: EngineCall): DeliveryPorts {
  const reader = call.read.getPersistenceReader();
  return {
    texts: deliveryTexts,
    requests: requestsStore(reader, call.persistence, call.logger),
    outbox: outboxQueue(reader, call.persistence, call.logger),
    dsr: dsrEndpoint(call),
    notifier: notifierOf(call),
    mailer: mailerOf(call),
    alerts: alertMemory(reader, call.persistence, call.now),
    lease: leaseOf(reader, call.persistence, call.now),
    settings: call.settings,
    clock: { now: call.now },
    ids: { next: () => randomBytes(8).toString('hex') },
    log: call.logger,
    random: Math.random,
  };
}
