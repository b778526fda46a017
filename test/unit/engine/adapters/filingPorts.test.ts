/**
 * Two submits of the same modal at once, over a store whose writes land a little late (another
 * app instance, a busy database): the filing claim lets one through; one request, one receipt.
 */
import { fileRequest } from '../../../../src/app/requests/fileRequest';
import type { FilingInput } from '../../../../src/app/requests/fileRequest';
import { translator } from '../../../../src/core/i18n/translator';
import type { DeploymentFinding } from '../../../../src/core/policy/deployment';
import { filingPortsOf } from '../../../../src/engine/adapters/filingPorts';
import { receiptText } from '../../../../src/engine/views/requestText';
import { adminNoticeText } from '../../../../src/engine/views/requestEmailText';
import { callOf, fakeUser, fakeWorld } from '../../fakes';

const ID = '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
const deployment = { type: 'cloud', source: 'site_url' } as unknown as DeploymentFinding;
const TEXTS = {
  adminNotice: (request: any) => (t: any) => adminNoticeText(request, t),
  receipt: (request: any) => (t: any) => receiptText(request, t),
};

describe('filing a request over the engine', () => {
  it('two simultaneous submits of one form, the second write landing later: one receipt', async () => {
    const world = fakeWorld();
    // Each write of the filing claim lands after its own delay: the first quickly, the second later.
    const update = world.persistence.updateByAssociations.bind(world.persistence);
    let writes = 0;
    (world.persistence as any).updateByAssociations = async (
      assocs: any[],
      data: object,
      upsert?: boolean,
    ) => {
      if (assocs.some((a) => String(a.id).startsWith('filing:'))) {
        const delay = writes++ === 0 ? 2 : 15;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      return update(assocs, data, upsert);
    };
    const user = fakeUser('alice', 'en');
    const input: FilingInput = {
      id: ID,
      user,
      identity: { email: 'alice@example.org', emailVerified: true },
      form: {
        jurisdiction: 'gdpr',
        type: 'access',
        categories: ['account'],
        details: '',
        addVendor: false,
        appIds: [],
      },
      deployment: async () => deployment,
      translator: translator('en'),
    };
    const file = () =>
      fileRequest(filingPortsOf(callOf(world), { user, translator: input.translator }), input, TEXTS);
    const results = await Promise.all([file(), file()]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'filed']);
    expect(world.sent.filter((m) => m.to === 'alice')).toHaveLength(1);
  });
});
