import { checkEndpoint } from '../../../../src/app/admin/endpointCheck';
import type { DsrResult, EndpointState } from '../../../../src/core/ports/dsr';
import { memoryDsr } from '../memoryPorts';

const ID = '00000000-0000-4000-8000-000000000000';
const run = (state: EndpointState, status?: DsrResult) => {
  const endpoint = memoryDsr(state, status ? { status: [status] } : {});
  return checkEndpoint(endpoint, () => ID).then((results) => ({ results, calls: endpoint.calls }));
};
const outcomes = (results: { step: string; outcome: string }[]) =>
  results.map((r) => `${r.step}:${r.outcome}`);

describe('checkEndpoint', () => {
  it('passes every step when a status read of an unknown id answers 404', async () => {
    const { results, calls } = await run({ kind: 'ready' }, { kind: 'answer', status: 404, body: {} });
    expect(outcomes(results)).toEqual(['url:ok', 'https:ok', 'reachable:ok', 'token:ok']);
    // Only the contract's status read, of a fresh id.
    expect(calls).toEqual([`status:${ID}`]);
  });

  it('fails the first step, and calls nothing, when no endpoint URL is set', async () => {
    const { results, calls } = await run({ kind: 'none' });
    expect(results[0]).toEqual({ step: 'url', outcome: 'failed', problem: 'missing' });
    expect(outcomes(results.slice(1))).toEqual(['https:skipped', 'reachable:skipped', 'token:skipped']);
    expect(calls).toEqual([]);
  });

  it('fails the first step when the URL set is not an address', async () => {
    const { results } = await run({ kind: 'not_in_force', problem: 'credentials_in_url' });
    expect(results[0]).toEqual({ step: 'url', outcome: 'failed', problem: 'credentials_in_url' });
  });

  it.each(['not_https', 'internal_address'] as const)('fails the https step for %s', async (problem) => {
    const { results, calls } = await run({ kind: 'not_in_force', problem });
    expect(outcomes(results)).toEqual(['url:ok', 'https:failed', 'reachable:skipped', 'token:skipped']);
    expect(results[1]).toEqual({ step: 'https', outcome: 'failed', problem });
    expect(calls).toEqual([]);
  });

  it.each(['timeout', 'refused', 'reset', 'other'] as const)('is unreachable on %s', async (reason) => {
    const { results } = await run({ kind: 'ready' }, { kind: 'no_answer', reason });
    expect(outcomes(results)).toEqual(['url:ok', 'https:ok', 'reachable:failed', 'token:skipped']);
    expect(results[2]).toEqual({ step: 'reachable', outcome: 'failed', reason });
  });

  it.each([401, 403])('says the token is refused on %d', async (status) => {
    const { results } = await run({ kind: 'ready' }, { kind: 'answer', status, body: undefined });
    expect(outcomes(results)).toEqual(['url:ok', 'https:ok', 'reachable:ok', 'token:failed']);
    expect(results[3]).toEqual({ step: 'token', outcome: 'failed', problem: 'refused', status });
  });

  it.each([500, 502, 503])(
    'says the vendor is failing on %d, not that the contract is broken',
    async (status) => {
      const { results } = await run({ kind: 'ready' }, { kind: 'answer', status, body: {} });
      expect(results[3]).toEqual({ step: 'token', outcome: 'failed', problem: 'unavailable', status });
    },
  );

  it('says the endpoint limits the rate on 429, with the wait only when it is a number of seconds', async () => {
    const limited = (retryAfter?: string) =>
      run({ kind: 'ready' }, { kind: 'answer', status: 429, body: {}, retryAfter }).then((r) => r.results[3]);
    expect(await limited('60')).toEqual({
      step: 'token',
      outcome: 'failed',
      problem: 'rate_limited',
      status: 429,
      retryAfter: 60,
    });
    for (const odd of [undefined, 'soon', '-5', '1.5'])
      expect(await limited(odd)).toEqual({
        step: 'token',
        outcome: 'failed',
        problem: 'rate_limited',
        status: 429,
      });
  });

  it('says the endpoint does not follow the contract on any other answer, with the answer bounded', async () => {
    const body = { request_status: 'pending', padding: 'x'.repeat(500) };
    const { results } = await run({ kind: 'ready' }, { kind: 'answer', status: 200, body });
    const last = results[3];
    expect(last).toMatchObject({ step: 'token', outcome: 'failed', problem: 'contract', status: 200 });
    const answer = (last as { answer: string }).answer;
    expect(answer.startsWith('{"request_status":"pending"')).toBe(true);
    expect(answer.length).toBe(200);
  });

  it('keeps a text answer and an empty one as they are', async () => {
    const text = await run({ kind: 'ready' }, { kind: 'answer', status: 418, body: 'oops' });
    expect(text.results[3]).toMatchObject({ answer: 'oops' });
    const html = await run(
      { kind: 'ready' },
      { kind: 'answer', status: 200, body: undefined, text: '<html>Bad gateway</html>' },
    );
    expect(html.results[3]).toMatchObject({ answer: '<html>Bad gateway</html>' });
    const empty = await run({ kind: 'ready' }, { kind: 'answer', status: 200, body: undefined });
    expect(empty.results[3]).toMatchObject({ answer: '' });
  });
});
