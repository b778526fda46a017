import type { UIKitBlockInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { handleBlockAction } from '../../../../../../src/engine/entry/interactions/blockActions';
import { nextListState } from '../../../../../../src/engine/entry/interactions/console/list';
import { ConsoleListIds } from '../../../../../../src/engine/views/console/list';
import type { World } from '../../../../fakes';
import { callOf, fakeUser, fakeWorld } from '../../../../fakes';

const admin = fakeUser('admin', 'en', ['admin']);
const bruno = fakeUser('bruno', 'de');

function act(world: World, user: typeof admin, actionId: string, blockId: string, value?: string) {
  const context = {
    getInteractionData: () => ({ actionId, blockId, value, user, triggerId: 't-3' }),
    getInteractionResponder: () => ({ successResponse: () => ({ success: true }) }),
  } as unknown as UIKitBlockInteractionContext;
  return handleBlockAction({ ...callOf(world), appId: 'app-id' }, context);
}

describe('the console list actions', () => {
  it('work out the next state from the block id and the value', () => {
    const blockId = `${ConsoleListIds.FiltersBlock}:l=gdpr|p=2`;
    expect(nextListState({ actionId: ConsoleListIds.TrackAction, blockId, value: 'vendor' })).toEqual({
      filter: { law: 'gdpr', track: 'vendor' },
      page: 0,
    });
    expect(nextListState({ actionId: ConsoleListIds.NextAction, blockId, value: '3' })).toEqual({
      filter: { law: 'gdpr' },
      page: 3,
    });
    expect(nextListState({ actionId: ConsoleListIds.PrevAction, blockId, value: 'x' })).toBeUndefined();
    expect(nextListState({ actionId: ConsoleListIds.ResetAction, blockId })).toEqual({ filter: {}, page: 0 });
    expect(nextListState({ actionId: ConsoleListIds.ShowAction, value: '' })).toEqual({
      filter: {},
      page: 0,
    });
    expect(nextListState({ actionId: ConsoleListIds.ShowAction, value: 'y=erasure' })).toEqual({
      filter: { type: 'erasure' },
      page: 0,
    });
    expect(nextListState({ actionId: ConsoleListIds.ShowAction })).toEqual({ filter: {}, page: 0 });
    expect(nextListState({ actionId: 'console.list.unknown', blockId })).toBeUndefined();
    expect(nextListState({ actionId: ConsoleListIds.LawAction, blockId, value: 'mars' })).toBeUndefined();
  });

  it('opens the list again from a request page (a modal of its own), and updates it on a filter', async () => {
    const world = fakeWorld({ settings: { handler_roles: 'admin' } });
    await expect(act(world, admin, ConsoleListIds.ShowAction, 'x', '')).resolves.toEqual({ success: true });
    await act(world, admin, ConsoleListIds.LawAction, `${ConsoleListIds.FiltersBlock}:`, 'gdpr');
    expect(world.views).toHaveLength(2);
    expect(world.views[0]).toMatchObject({ op: 'open', user: 'admin', triggerId: 't-3' });
    expect(world.views[1]).toMatchObject({ op: 'update', user: 'admin' });
    expect(JSON.stringify(world.views[0].view.blocks)).toContain(
      'Nobody has filed a privacy request in this workspace yet.',
    );
  });

  it('show nothing and change nothing for anyone else, whatever they send', async () => {
    const world = fakeWorld({ settings: { handler_roles: 'admin' } });
    for (const actionId of Object.values(ConsoleListIds).filter((a) => a.startsWith('console.list.')))
      await act(world, bruno, actionId, `${ConsoleListIds.FiltersBlock}:`, 'any');
    expect(world.views).toHaveLength(0);
  });

  it('change nothing for a value the list does not offer', async () => {
    const world = fakeWorld({ settings: { handler_roles: 'admin' } });
    await act(world, admin, ConsoleListIds.StatusAction, `${ConsoleListIds.FiltersBlock}:`, 'vendor.lost');
    expect(world.views).toHaveLength(0);
  });
});
