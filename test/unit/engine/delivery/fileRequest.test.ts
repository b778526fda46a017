/**
 * Two submits of the same modal at once, over a store whose writes land a little late (another
 * app instance, a busy database): one request, one receipt.
 */
import { callOf } from '../../fakes';
import { translator } from '../../../../src/core/i18n/translator';
import type { DeploymentFinding } from '../../../../src/core/policy/deployment';
import { fileRequest } from '../../../../src/engine/delivery/fileRequest';
import { fakeUser, fakeWorld } from '../../fakes';

const ID = '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
const deployment = { type: 'cloud', source: 'site_url' } as unknown as DeploymentFinding;

describe('filing a request', () => {
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
    const input = {
      id: ID,
      user,
      identity: { email: 'alice@example.org', emailVerified: true },
      form: { jurisdiction: 'gdpr', type: 'access', categories: ['account'], addVendor: false, appIds: [] },
      deployment,
      translator: translator('en'),
      now: new Date('2026-03-10T12:00:00Z'),
    } as any;
    const results = await Promise.all([fileRequest(callOf(world), input), fileRequest(callOf(world), input)]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(world.sent.filter((m) => m.to === 'alice')).toHaveLength(1);
  });
});
