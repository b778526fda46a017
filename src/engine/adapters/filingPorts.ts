/**
 * The ports filing a request works against, over one engine call: the requests store, the
 * daily-limit and filing claims, the outbox's first send, the notifier, the DPO's e-mail.
 */
import { randomBytes } from 'crypto';
import type { FilingPorts } from '../../app/requests/fileRequest';
import type { LimitPorts } from '../../app/requests/dailyLimit';
import type { OperatorPorts } from '../../app/requests/tellOperator';
import type { FilingClaims } from '../../core/ports/claims';
import type { FilingOutbox } from '../../core/ports/filing';
import type { EngineCall } from './engineCall';
import { emailDpo } from './email/emailHandover';
import type { KnownPerson } from './messaging/notifierPort';
import { notifierOver } from './messaging/notifierPort';
import { dailyClaimsOver } from './persistence/dailyClaims';
import { claimOnce } from './persistence/lease';
import { requestsStore } from './persistence/requestsStore';
import { outboxQueue } from './persistence/outboxQueue';
import { wakeOutbox } from './scheduler/outboxTrigger';

type Call = Pick<EngineCall, 'read' | 'modify' | 'persistence' | 'logger' | 'settings' | 'now'>;

/** A claim older than this whose request was never stored belongs to a submit that failed. */
const FILING_CLAIM_TTL_MS = 30_000;

/**
 * Persistence has no compare-and-set: the claim is written, left to settle, then read back, and
 * only the submit whose write survived goes on (the outbox's lease helper). A claim left by a
 * submit that failed before storing the request expires, so the person's next submit files it.
 */
function filingClaimsOver({ read, persistence, now }: Call): FilingClaims {
  return {
    claimFiling: (requestId) =>
      claimOnce(
        read.getPersistenceReader(),
        persistence,
        `filing:${requestId}`,
        randomBytes(8).toString('hex'),
        now(),
        FILING_CLAIM_TTL_MS,
      ),
  };
}

function filingOutboxOver({ read, persistence, modify, logger }: Call): FilingOutbox {
  return {
    put: outboxQueue(read.getPersistenceReader(), persistence, logger).put,
    wake: () => wakeOutbox(modify, logger),
  };
}

type StoreCall = Pick<EngineCall, 'read' | 'persistence' | 'logger'>;
const storeOf = (call: StoreCall) =>
  requestsStore(call.read.getPersistenceReader(), call.persistence, call.logger);

export function limitPortsOf(
  call: StoreCall & Pick<EngineCall, 'settings' | 'now'>,
  requests = storeOf(call),
): LimitPorts {
  return {
    requests,
    dailyClaims: dailyClaimsOver(call.read.getPersistenceReader(), call.persistence),
    settings: call.settings,
    clock: { now: call.now },
  };
}

/** What telling the operator needs (filing, and handing over a request an earlier version left behind). */
export function operatorPortsOf(
  call: Call,
  known?: KnownPerson,
  requests = storeOf(call),
  notifier = notifierOver(call, known),
): OperatorPorts {
  return {
    requests,
    notifier,
    mailer: { emailWorkspaceTrack: (request) => emailDpo(call, request, 'workspace') },
    settings: call.settings,
    log: call.logger,
  };
}

/** `submitter`: the person filing, already read (their receipt needs no second read of their account). */
export function filingPortsOf(call: Call, submitter: KnownPerson): FilingPorts {
  // One store and one notifier for the whole submit: filing reads, creates and tells the person too.
  const requests = storeOf(call);
  const notifier = notifierOver(call, submitter);
  return {
    ...limitPortsOf(call, requests),
    ...operatorPortsOf(call, submitter, requests, notifier),
    requests,
    notifier,
    claims: filingClaimsOver(call),
    outbox: filingOutboxOver(call),
  };
}
