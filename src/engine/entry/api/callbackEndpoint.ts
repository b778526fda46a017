/**
 * `POST /api/apps/public/<appId>/dsr-callback`: the processor's status callback. The signature
 * is checked over `JSON.stringify(content)` before any field is used (the server hands the app
 * parsed JSON, and the contract fixes the sender's serialization to match). A verified callback
 * is only a prompt: the status is then read from the endpoint, and that answer is applied.
 *
 * Cheap checks first: the header's presence and form, then the body's size, and only then the
 * HMAC. A valid callback is remembered for its window, so a replay costs no status read; the
 * answer says what happened: `applied`, `unchanged`, `replayed`, `already_final`.
 */
import { engineCall } from '../../adapters/engineCall';
import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import { ApiEndpoint } from '@rocket.chat/apps-engine/definition/api';
import type { IApiEndpointInfo, IApiRequest, IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { isFinal } from '../../../core/requests/lifecycle';
import { isRequestId } from '../../../core/requests/request';
import { parseStatusAnswer } from '../../../core/requests/wire';
import { callLogger } from '../callLogger';
import { endpointConfig } from '../../adapters/dsr/endpointSettings';
import { rememberCallback, seenBefore } from './callbackReplay';
import { readSignatureHeader, verifyParsed } from '../../adapters/dsr/signing';
import { applyStatusAnswer } from '../../../app/delivery/applyStatusAnswer';
import { CALLBACK_PATH } from '../../adapters/dsr/callbackUrl';
import { deliveryPorts } from '../../adapters/deliveryPorts';

export { CALLBACK_PATH, callbackUrl } from '../../adapters/dsr/callbackUrl';

/** A callback body is a few hundred bytes; anything over this is refused before it is hashed. */
export const MAX_CALLBACK_BYTES = 16 * 1024;

const answer = (status: number, code: string): IApiResponse => ({ status, content: { status: code } });

export class CallbackEndpoint extends ApiEndpoint {
  public path = CALLBACK_PATH;

  constructor(
    app: ConstructorParameters<typeof ApiEndpoint>[0],
    private readonly log: ILogger,
  ) {
    super(app);
  }

  public async post(
    request: IApiRequest,
    _endpoint: IApiEndpointInfo,
    read: IRead,
    modify: IModify,
    http: IHttp,
    persistence: IPersistence,
  ): Promise<IApiResponse> {
    const call = engineCall({
      appId: this.app.getID(),
      read,
      modify,
      http,
      persistence,
      logger: callLogger(this.app, this.log),
    });
    const now = call.now();
    const header = readSignatureHeader(request.headers?.['x-privacy-signature']);
    if (typeof header === 'string') return this.refused(`signature_${header}`);
    const config = await endpointConfig(call.settings);
    if (!config?.signingSecret) return answer(401, 'callbacks_not_configured');
    const raw =
      typeof request.content === 'string' ? request.content : JSON.stringify(request.content ?? null);
    if (Buffer.byteLength(raw ?? '', 'utf8') > MAX_CALLBACK_BYTES) return answer(413, 'too_large');
    const checked = verifyParsed(config.signingSecret, header, raw ?? '', now);
    if (checked.verdict !== 'valid' || !checked.fingerprint)
      return this.refused(`signature_${checked.verdict}`);
    const persistenceRead = read.getPersistenceReader();
    if (await seenBefore(persistenceRead, checked.fingerprint, now)) return answer(202, 'replayed');
    let body: unknown = request.content;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        return answer(400, 'malformed');
      }
    }
    const id = (body as { subject_request_id?: unknown } | null)?.subject_request_id;
    if (!isRequestId(id)) return answer(400, 'malformed');
    const ports = deliveryPorts(call);
    const stored = await ports.requests.find(id);
    if (!stored) return answer(404, 'unknown_request');
    // Remembered once handled; a callback whose status read failed may come again and be read then.
    const remember = () =>
      rememberCallback(persistenceRead, persistence, checked.fingerprint as string, header.timestamp, now);
    if (isFinal(stored.status)) {
      await remember();
      return answer(202, 'already_final');
    }
    const result = await ports.dsr.status(id);
    const status =
      result.kind === 'answer' && result.status === 200 ? parseStatusAnswer(result.body, id) : undefined;
    if (!status) return answer(202, 'status_unavailable');
    // `applied` only when this callback's own event moved it (a concurrent poll may have done so).
    const { moved } = await applyStatusAnswer(ports, stored, status, 'callback', now);
    await remember();
    return answer(202, moved ? 'applied' : 'unchanged');
  }

  private refused(code: string): IApiResponse {
    callLogger(this.app, this.log).warn(`callback refused: ${code}`);
    return answer(401, code);
  }
}
