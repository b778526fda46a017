/**
 * `/privacy admin test`: checks the request endpoint's configuration step by step with only the
 * calls the contract defines (a status read of an id nobody filed, which must answer 404). Each
 * step is ok, failed (with why), or not checked because an earlier one failed. No secret is read
 * here: the port keeps the address and the token.
 */
import type { DsrEndpoint } from '../../core/ports/dsr';
import type { ValueProblem } from '../../core/settings/validation';

export const CHECK_STEPS = ['url', 'https', 'reachable', 'token'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export type StepFailure =
  | { step: 'url'; problem: 'missing' | ValueProblem }
  | { step: 'https'; problem: 'not_https' | 'internal_address' }
  | { step: 'reachable'; reason: 'timeout' | 'refused' | 'reset' | 'other' }
  | { step: 'token'; problem: 'refused'; status: number }
  /** A 5xx: the vendor is failing, which says nothing about the settings. */
  | { step: 'token'; problem: 'unavailable'; status: number }
  /** A 429; `retryAfter` in seconds when the endpoint said it. */
  | { step: 'token'; problem: 'rate_limited'; status: number; retryAfter?: number }
  /** The endpoint answered, but not as the contract says (a status read of an unknown id is 404). */
  | { step: 'token'; problem: 'contract'; status: number; answer: string };

export type StepResult =
  | { step: CheckStep; outcome: 'ok' }
  | { step: CheckStep; outcome: 'skipped' }
  | ({ outcome: 'failed' } & StepFailure);

/** Enough of an unexpected answer to recognise it; the view quotes it. */
export const ANSWER_SHOWN = 200;

function answerText(body: unknown): string {
  if (body === undefined || body === null || body === '') return '';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').slice(0, ANSWER_SHOWN);
}

function withRest(done: StepResult[]): StepResult[] {
  const rest = CHECK_STEPS.slice(done.length).map((step): StepResult => ({ step, outcome: 'skipped' }));
  return [...done, ...rest];
}

/** `newId`: a fresh id that no request has (a UUIDv4), so the endpoint must answer 404. */
export async function checkEndpoint(endpoint: DsrEndpoint, newId: () => string): Promise<StepResult[]> {
  const state = await endpoint.state();
  if (state.kind === 'none') return withRest([{ step: 'url', outcome: 'failed', problem: 'missing' }]);
  if (state.kind === 'not_in_force') {
    const { problem } = state;
    if (problem === 'not_https' || problem === 'internal_address')
      return withRest([
        { step: 'url', outcome: 'ok' },
        { step: 'https', outcome: 'failed', problem },
      ]);
    return withRest([{ step: 'url', outcome: 'failed', problem }]);
  }
  const passed: StepResult[] = [
    { step: 'url', outcome: 'ok' },
    { step: 'https', outcome: 'ok' },
  ];
  const result = await endpoint.status(newId());
  if (result.kind === 'no_endpoint')
    return withRest([{ step: 'url', outcome: 'failed', problem: 'missing' }]);
  if (result.kind === 'no_answer')
    return withRest([...passed, { step: 'reachable', outcome: 'failed', reason: result.reason }]);
  passed.push({ step: 'reachable', outcome: 'ok' });
  const { status } = result;
  if (status === 404) return [...passed, { step: 'token', outcome: 'ok' }];
  if (status === 401 || status === 403)
    return [...passed, { step: 'token', outcome: 'failed', problem: 'refused', status }];
  if (status >= 500) return [...passed, { step: 'token', outcome: 'failed', problem: 'unavailable', status }];
  if (status === 429) {
    const seconds = Number(result.retryAfter);
    const retryAfter = Number.isInteger(seconds) && seconds >= 0 ? { retryAfter: seconds } : {};
    return [...passed, { step: 'token', outcome: 'failed', problem: 'rate_limited', status, ...retryAfter }];
  }
  return [
    ...passed,
    {
      step: 'token',
      outcome: 'failed',
      problem: 'contract',
      status,
      answer: answerText(result.body ?? result.text),
    },
  ];
}
