/**
 * `POST /api/apps/public/<appId>/dsr-callback`: the processor's status callback. The signature
 * is checked over `JSON.stringify(content)` before any field is used (the server hands the app
 * parsed JSON, and the contract fixes the sender's serialization to match). A verified callback
 * is only a prompt: the status is then read from the endpoint, and that answer is applied.
 */
import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import { ApiEndpoint } from '@rocket.chat/apps-engine/definition/api';
import type { IApiEndpointInfo, IApiRequest, IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { isFinal } from '../../core/requests/lifecycle';
import { isRequestId } from '../../core/requests/request';
import { parseStatusAnswer } from '../../core/requests/wire';
import { callLogger } from '../callLogger';
import { readStatus } from './dsrClient';
import { endpointConfig } from './endpointConfig';
import { findRequest } from './requestStore';
import { verify } from './signing';
import { applyStatusAnswer } from './statusUpdate';

export const CALLBACK_PATH = 'dsr-callback';

export function callbackUrl(siteUrl: string, appId: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/api/apps/public/${appId}/${CALLBACK_PATH}`;
}

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
    const now = new Date();
    const config = await endpointConfig(read.getEnvironmentReader().getSettings());
    if (!config?.signingSecret) return answer(401, 'callbacks_not_configured');
    const raw =
      typeof request.content === 'string' ? request.content : JSON.stringify(request.content ?? null);
    const verdict = verify(config.signingSecret, request.headers?.['x-privacy-signature'], raw, now);
    if (verdict !== 'valid') {
      callLogger(this.app, this.log).warn(`callback refused: signature ${verdict}`);
      return answer(401, `signature_${verdict}`);
    }
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
    const stored = await findRequest(read.getPersistenceReader(), id);
    if (!stored) return answer(404, 'unknown_request');
    if (isFinal(stored.status)) return answer(202, 'already_final');
    const result = await readStatus(http, config, id, now);
    const status =
      result.kind === 'answer' && result.status === 200 ? parseStatusAnswer(result.body, id) : undefined;
    if (status) await applyStatusAnswer(read, modify, persistence, stored, status, 'callback', now);
    return answer(202, status ? 'applied' : 'status_unavailable');
  }
}
