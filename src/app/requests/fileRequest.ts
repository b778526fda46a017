/**
 * Filing a checked request: one of the person's daily slots is claimed, the request is stored
 * (outbox entry first, then the request), the operator is told for the workspace track, the person
 * gets a receipt saying who was told, and the outbox is woken. Never calls the vendor: delivery
 * happens in the outbox job.
 */
import type { Translator } from '../../core/i18n/translator';
import type { FilingClaims } from '../../core/ports/claims';
import type { FilingOutbox } from '../../core/ports/filing';
import type { Notifier, TextFor } from '../../core/ports/messaging';
import type { RequestsStore } from '../../core/ports/requests';
import type { DeploymentFinding } from '../../core/policy/deployment';
import { outboxEntry } from '../../core/requests/outboxEntry';
import type { PrivacyRequest } from '../../core/requests/request';
import { buildRequest } from './buildRequest';
import type { RequestDraft } from './buildRequest';
import type { LimitPorts, SlotOptions } from './dailyLimit';
import { claimDailySlot, limitNotice, limitText } from './dailyLimit';
import type { OperatorPorts } from './tellOperator';
import { attemptFor, tellOperator } from './tellOperator';

export interface FilingPorts extends LimitPorts, OperatorPorts {
  requests: RequestsStore;
  notifier: Notifier;
  claims: FilingClaims;
  outbox: FilingOutbox;
}

/** The texts people read, from the caller's views (the use case decides who reads what, and when). */
export interface FilingTexts {
  adminNotice(request: PrivacyRequest): TextFor;
  receipt(request: PrivacyRequest): TextFor;
}

/**
 * A submit of a modal that already filed its request (a double click, a retry): its person's
 * closes the modal without a second request; someone else's view id files nothing.
 */
export async function filedBefore(
  requests: Pick<RequestsStore, 'find'>,
  requestId: string,
  userId: string,
): Promise<'no' | 'by_this_person' | 'by_someone_else'> {
  const filed = await requests.find(requestId);
  if (!filed) return 'no';
  return filed.userId === userId ? 'by_this_person' : 'by_someone_else';
}

export interface FilingInput extends Omit<RequestDraft, 'deployment' | 'language'> {
  /** The person's translator: the request is filed in its language, refusals are said in it. */
  translator: Translator;
  /** Looked up only once the daily limit let the request through. */
  deployment: () => Promise<DeploymentFinding>;
  /** The person's time zone (hours), for the limit's "from when". */
  utcOffset?: number;
}

export type Filing =
  | { outcome: 'filed'; request: PrivacyRequest }
  /** Another submit of the same modal filed it: the modal closes without a second request. */
  | { outcome: 'duplicate'; request?: PrivacyRequest }
  /** The daily limit (or a race for its last slot) stopped it: `message` says what to do. */
  | { outcome: 'refused'; message: string };

export async function fileRequest(
  ports: FilingPorts,
  input: FilingInput,
  texts: FilingTexts,
  slot: SlotOptions = {},
): Promise<Filing> {
  const { translator } = input;
  const claimed = await claimDailySlot(ports, input.user.id, input.id, slot);
  if (claimed === 'busy') return { outcome: 'refused', message: translator.t('request.limitBusy') };
  if (claimed === 'full') {
    const notice = await limitNotice(ports, input.user.id, translator, input.utcOffset);
    return { outcome: 'refused', message: notice ?? (await limitText(ports, translator)) };
  }
  try {
    const draft = { ...input, deployment: await input.deployment(), language: translator.language };
    return await store(ports, draft, texts);
  } catch (error) {
    // A slot whose request was not stored counts for nothing: the person may send again.
    if (!(await ports.requests.find(input.id))) await ports.dailyClaims.remove(input.user.id, input.id);
    throw error;
  }
}

async function store(ports: FilingPorts, draft: RequestDraft, texts: FilingTexts): Promise<Filing> {
  const { requests } = ports;
  const now = ports.clock.now();
  const existing = await requests.find(draft.id);
  if (existing) return { outcome: 'duplicate', request: existing };
  // Two submits of the same modal can arrive at once: only the one whose claim survives files it.
  if (!(await ports.claims.claimFiling(draft.id))) {
    // The other submit is storing it right now: this one closes the modal without a second request.
    return { outcome: 'duplicate', request: await requests.find(draft.id) };
  }
  let request = buildRequest(draft, now);
  // Written before the request itself: an entry without a request is dropped by the job.
  if (request.routing.vendor) await ports.outbox.put(outboxEntry(request.id, 'send', request.submittedAt));
  await requests.create(request);

  // The request is stored: from here a failed message is logged, never a reason to stop.
  if (request.routing.workspace)
    request = await tellOperator(ports, request, texts.adminNotice(request), now);
  // The receipt comes last: it says truthfully who was told.
  await attemptFor(ports.log, request)('receipt', () =>
    ports.notifier.tellRequester(request, texts.receipt(request)),
  );
  if (request.routing.vendor) await ports.outbox.wake();
  return { outcome: 'filed', request };
}
