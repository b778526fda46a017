import { callOf } from '../../../fakes';
import type { UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { handleBlockAction } from '../../../../../src/engine/entry/interactions/blockActions';
import { rememberedJurisdiction } from '../../../../../src/engine/adapters/server/preferences';
import { PolicyViewIds } from '../../../../../src/engine/views/policyView';
import type { World } from '../../../fakes';
import { fakeUser, fakeWorld } from '../../../fakes';

const bruno = fakeUser('bruno', 'de');

function act(world: World, actionId: string, value: string) {
  const context = {
    getInteractionData: () => ({
      actionId,
      value,
      user: bruno,
      triggerId: 't-2',
      blockId: PolicyViewIds.JurisdictionBlock,
    }),
    getInteractionResponder: () => ({ successResponse: () => ({ success: true }) }),
  } as unknown as UIKitBlockInteractionContext;
  return handleBlockAction({ ...callOf(world), appId: 'app-id' }, context);
}

describe('block actions', () => {
  it('remembers the chosen jurisdiction for that user and updates the view', async () => {
    const world = fakeWorld();
    await expect(act(world, PolicyViewIds.JurisdictionAction, 'ccpa')).resolves.toEqual({ success: true });
    expect(await rememberedJurisdiction(world.read.getPersistenceReader(), bruno.id)).toBe('ccpa');
    expect(await rememberedJurisdiction(world.read.getPersistenceReader(), 'someone-else')).toBeUndefined();
    expect(world.views).toHaveLength(1);
    expect(world.views[0]).toMatchObject({ op: 'update', user: 'bruno', triggerId: 't-2' });
    expect(JSON.stringify(world.views[0].view.blocks)).toContain('45 Tage');
  });

  it('ignores a value that was never offered', async () => {
    const world = fakeWorld();
    await act(world, PolicyViewIds.JurisdictionAction, 'mars');
    expect(world.views).toHaveLength(0);
    expect(world.store.size).toBe(0);
  });

  it('ignores unknown actions', async () => {
    const world = fakeWorld();
    await act(world, 'something-else', 'gdpr');
    expect(world.views).toHaveLength(0);
  });
});
