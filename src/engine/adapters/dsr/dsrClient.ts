/**
 * The vendor's DSR endpoint over the app's HTTP accessor. Every call has a timeout well inside
 * the runtime's 30 s budget, and every failure comes back as a value, never an exception.
 */
import type { IHttp, IHttpResponse } from '@rocket.chat/apps-engine/definition/accessors';
import type { AttemptResult } from '../../../core/requests/outcome';
import { sign } from './signing';

import { DSR_CALL_TIMEOUT_MS } from '../../../core/ports/dsr';

export const CALL_TIMEOUT_MS = DSR_CALL_TIMEOUT_MS;

export interface EndpointConfig {
  baseUrl: string;
  token: string;
  signingSecret: string;
}

const base = (config: EndpointConfig) => config.baseUrl.replace(/\/+$/, '');

function headers(config: EndpointConfig, body: string | undefined, now: Date): Record<string, string> {
  const result: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) result['Content-Type'] = 'application/json';
  if (config.token) result.Authorization = `Bearer ${config.token}`;
  if (config.signingSecret && body !== undefined)
    result['X-Privacy-Signature'] = sign(config.signingSecret, body, now);
  return result;
}

/** Stands for a secret the endpoint echoed back: what it answered may reach a log or an admin. */
const REDACTED = '••••';

/** The answer with our own secrets taken out, wherever the endpoint put them. */
function withoutSecrets(result: AttemptResult, secrets: string[]): AttemptResult {
  const present = secrets.filter((secret) => secret.length >= 4);
  if (present.length === 0) return result;
  let json = JSON.stringify(result);
  for (const secret of present) json = json.split(JSON.stringify(secret).slice(1, -1)).join(REDACTED);
  return JSON.parse(json) as AttemptResult;
}

function toResult(response: IHttpResponse): AttemptResult {
  let body: unknown = response.data;
  let text: string | undefined;
  if (body === undefined && typeof response.content === 'string') {
    try {
      body = JSON.parse(response.content);
    } catch {
      body = undefined;
      text = response.content.slice(0, 1000);
    }
  }
  // The server's HTTP bridge hands header names back in lower case.
  const retryAfter = response.headers?.['retry-after'] ?? response.headers?.['Retry-After'];
  return {
    kind: 'answer',
    status: response.statusCode,
    body,
    ...(retryAfter ? { retryAfter } : {}),
    ...(text ? { text } : {}),
  };
}

function failure(error: unknown): AttemptResult {
  const text = String((error as { message?: unknown })?.message ?? error);
  const reason = /timed? ?out|ETIMEDOUT|ESOCKETTIMEDOUT/i.test(text)
    ? 'timeout'
    : /ECONNREFUSED|refused/i.test(text)
      ? 'refused'
      : /ECONNRESET|socket hang up|reset/i.test(text)
        ? 'reset'
        : 'other';
  return { kind: 'no_answer', reason };
}

type Method = 'post' | 'get' | 'del';

async function call(
  http: IHttp,
  method: Method,
  url: string,
  config: EndpointConfig,
  now: Date,
  content?: string,
) {
  try {
    const options = {
      headers: headers(config, content, now),
      timeout: CALL_TIMEOUT_MS,
      ...(content ? { content } : {}),
    };
    return withoutSecrets(toResult(await http[method](url, options)), [config.token, config.signingSecret]);
  } catch (error) {
    return failure(error);
  }
}

const requestUrl = (config: EndpointConfig, id: string) =>
  `${base(config)}/requests/${encodeURIComponent(id)}`;

export function createRequest(
  http: IHttp,
  config: EndpointConfig,
  body: object,
  now: Date,
): Promise<AttemptResult> {
  return call(http, 'post', `${base(config)}/requests`, config, now, JSON.stringify(body));
}

export function readStatus(
  http: IHttp,
  config: EndpointConfig,
  id: string,
  now: Date,
): Promise<AttemptResult> {
  return call(http, 'get', requestUrl(config, id), config, now);
}

export function cancelRequest(
  http: IHttp,
  config: EndpointConfig,
  id: string,
  now: Date,
): Promise<AttemptResult> {
  return call(http, 'del', requestUrl(config, id), config, now);
}
