/**
 * The callback endpoint with any headers and bodies: it answers with a short code and never throws,
 * moves a request only for a valid, fresh signature, and never echoes or logs the signing secret.
 */
import fc from 'fast-check';

jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
import { CallbackEndpoint, MAX_CALLBACK_BYTES } from '../../../src/engine/entry/api/callbackEndpoint';
import { sign } from '../../../src/engine/adapters/dsr/signing';
import { findRequest, saveRequest } from '../../../src/engine/adapters/persistence/requestStore';
import { queuedRequest } from '../core/requests/fixtures';
import { fakeWorld } from '../fakes';
import { anyValue, RUNS, typedText } from './arbitraries';

const SECRET = 'whsec-FUZZ-7f3a9c1e-do-not-echo';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const request = queuedRequest({ status: 'delivered' });

const body = fc.oneof(
  anyValue,
  typedText(20),
  fc.constant('{"subject_request_id":'),
  fc.constant(`{"subject_request_id":"${request.id}","pad":"${'x'.repeat(MAX_CALLBACK_BYTES)}"}`),
  fc.record(
    { subject_request_id: fc.oneof(anyValue, fc.constant(request.id)), request_status: anyValue },
    { requiredKeys: [] },
  ),
);

const headerFor = (content: unknown) =>
  fc.oneof(
    anyValue,
    fc.constantFrom('t=1,v1=' + 'a'.repeat(64), `t=${Math.floor(NOW.getTime() / 1000)}`, 'v1=zz'),
    fc.constant(sign('not-the-secret', serialized(content), NOW)),
    fc.constant(sign(SECRET, serialized(content), new Date(NOW.getTime() - 3600_000))),
    fc.constant(sign(SECRET, serialized(content), NOW)),
    fc.constant(sign(SECRET, serialized(content), NOW).toUpperCase()),
  );

function serialized(content: unknown): string {
  return typeof content === 'string' ? content : (JSON.stringify(content ?? null) ?? '');
}

describe('the callback endpoint, for any headers and body', () => {
  it('answers with a short code, never throws, moves nothing without a valid signature, never shows the secret', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        body.chain((content) => fc.tuple(fc.constant(content), headerFor(content))),
        async ([content, header]) => {
          const world = fakeWorld({
            settings: { dsr_endpoint_url: 'https://dsr.example.org/v2', dsr_signing_secret: SECRET },
            http: () => ({
              statusCode: 200,
              data: { subject_request_id: request.id, request_status: 'completed' },
            }),
          });
          await saveRequest(world.persistence as never, request);
          const before = JSON.stringify(await findRequest(world.read.getPersistenceReader(), request.id));
          const endpoint = new CallbackEndpoint({ getID: () => 'app-id' } as never, world.logger);
          jest.setSystemTime(NOW);
          const answer = await endpoint.post(
            { headers: { 'x-privacy-signature': header }, content } as never,
            {} as never,
            world.read,
            world.modify,
            world.http,
            world.persistence,
          );
          expect([202, 400, 401, 404, 413]).toContain(answer.status);
          expect(answer.content.status).toMatch(/^[a-z_]{2,40}$/);
          seen.add(answer.content.status);
          const after = JSON.stringify(await findRequest(world.read.getPersistenceReader(), request.id));
          const signedWell = typeof header === 'string' && header === sign(SECRET, serialized(content), NOW);
          if (!signedWell) expect(after).toBe(before);
          expect(JSON.stringify(answer)).not.toContain(SECRET);
          expect(JSON.stringify(world.logs)).not.toContain(SECRET);
          expect(JSON.stringify(world.sent)).not.toContain(SECRET);
        },
      ),
      { ...RUNS, numRuns: 200 },
    );
    // The run reached every stage: refused early, refused by the HMAC, read and applied.
    expect([...seen]).toEqual(
      expect.arrayContaining(['signature_malformed', 'signature_mismatch', 'applied']),
    );
  });
});
