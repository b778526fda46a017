/** The DsrEndpoint port over a call: settings read from the snapshot, secrets only in the headers. */
import { dsrEndpoint } from '../../../../../src/engine/adapters/dsr/dsrEndpoint';
import { queuedRequest } from '../../../core/requests/fixtures';
import { callOf, fakeWorld } from '../../../fakes';

const URL = 'https://dsr.example.org/v1/';
const request = queuedRequest();

describe('the DSR endpoint port', () => {
  it('with no endpoint set up: no call, and says so', async () => {
    const world = fakeWorld({ http: () => ({ statusCode: 201 }) });
    const dsr = dsrEndpoint(callOf(world));
    expect(await dsr.state()).toEqual({ kind: 'none' });
    expect(await dsr.create(request)).toEqual({ kind: 'no_endpoint' });
    expect(await dsr.cancel(request.id)).toEqual({ kind: 'no_endpoint' });
    expect(world.httpCalls).toEqual([]);
  });

  it('a URL set but not in force: says why, and makes no call', async () => {
    const world = fakeWorld({ settings: { dsr_endpoint_url: 'http://127.0.0.1:4010/' } });
    const dsr = dsrEndpoint(callOf(world));
    expect(await dsr.state()).toEqual({ kind: 'not_in_force', problem: 'internal_address' });
    expect(await dsr.status(request.id)).toEqual({ kind: 'no_endpoint' });
  });

  it('creates with the callback URL when callbacks can reach the workspace; the token only in the header', async () => {
    const world = fakeWorld({
      settings: { dsr_endpoint_url: URL, dsr_token: 'secret-token', dsr_callbacks_reachable: true },
      http: () => ({ statusCode: 201, data: { subject_request_id: request.id } }),
    });
    const dsr = dsrEndpoint(callOf(world));
    expect(await dsr.state()).toEqual({ kind: 'ready' });
    const result = await dsr.create(request);
    expect(result).toMatchObject({ kind: 'answer', status: 201 });
    const [call] = world.httpCalls;
    expect(call.url).toBe('https://dsr.example.org/v1/requests');
    expect(call.request.headers?.Authorization).toBe('Bearer secret-token');
    const body = JSON.parse(call.request.content ?? '{}');
    expect(body.status_callback_urls).toEqual([
      'https://chat.example.org/api/apps/public/privacy-center-test/dsr-callback',
    ]);
    expect(call.request.content).not.toContain('secret-token');
  });

  it.each([
    ['a text body', { statusCode: 400, content: 'bad token secret-token-123 given' }],
    [
      'a JSON body',
      { statusCode: 400, data: { message: 'token "secret-token-123" is wrong', echo: ['secret-token-123'] } },
    ],
  ])(
    'an endpoint that echoes the token in %s: the answer the app keeps carries no secret',
    async (_name, answer) => {
      const world = fakeWorld({
        settings: {
          dsr_endpoint_url: URL,
          dsr_token: 'secret-token-123',
          dsr_signing_secret: 'signing-secret-456',
        },
        http: () => answer,
      });
      const result = await dsrEndpoint(callOf(world)).status(request.id);
      expect(result).toMatchObject({ kind: 'answer', status: 400 });
      expect(JSON.stringify(result)).not.toContain('secret-token-123');
      expect(JSON.stringify(result)).toContain('••••');
    },
  );
});
