import { callOf } from '../../../fakes';
import type { UIKitViewSubmitInteractionContext } from '@rocket.chat/apps-engine/definition/uikit';
import { handleViewSubmit } from '../../../../../src/engine/entry/interactions/viewSubmit';
import { MAX_DRAFTS, readDraft, saveDraft } from '../../../../../src/engine/entry/interactions/requestDraft';
import {
  RocketChatAssociationModel,
  RocketChatAssociationRecord,
} from '@rocket.chat/apps-engine/definition/metadata';
import { categoriesIds, RequestModalIds, viewIdOf } from '../../../../../src/engine/views/requestModal';
import { fakeUser, fakeWorld } from '../../../fakes';

const ID = '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';

const opened = (world: ReturnType<typeof fakeWorld>, username = 'alice') =>
  saveDraft(world.read.getPersistenceReader(), world.persistence, `id-${username}`, {
    requestId: ID,
    jurisdiction: 'gdpr',
    type: 'access',
  });

function submit(
  world: ReturnType<typeof fakeWorld>,
  viewId: string,
  state: object = {},
  user = fakeUser('alice', 'en'),
) {
  const answers: any[] = [];
  const context = {
    getInteractionData: () => ({ view: { id: viewId, state }, user }),
    getInteractionResponder: () => ({
      successResponse: () => (answers.push({ success: true }), { success: true }),
      viewErrorResponse: (e: any) => (answers.push(e), { success: false, ...e }),
    }),
  } as unknown as UIKitViewSubmitInteractionContext;
  return handleViewSubmit(callOf(world), context).then(() => answers);
}

describe('submitting the request modal', () => {
  it("answers field errors on the modal, in the user's language", async () => {
    const world = fakeWorld();
    await opened(world);
    const [answer] = await submit(world, viewIdOf(ID), {});
    expect(answer.viewId).toBe(viewIdOf(ID));
    expect(answer.errors['request-confirm-check']).toBe('Confirm that the request is about your own data.');
    expect(world.sent).toEqual([]);
  });

  it('refuses a view id this user never opened, in their language, and files nothing', async () => {
    const world = fakeWorld();
    const [answer] = await submit(world, viewIdOf(ID), {}, fakeUser('bruno', 'de'));
    expect(answer.errors['request-confirm-check']).toBe(
      'Dieses Formular wurde nicht von Ihnen geöffnet oder ist schon abgeschickt. Es wurde nichts eingereicht. Öffnen Sie mit `/privacy request` ein neues.',
    );
    expect(world.sent).toEqual([]);
  });

  it("refuses another person's open view", async () => {
    const world = fakeWorld();
    await opened(world, 'alice');
    const [answer] = await submit(world, viewIdOf(ID), {}, fakeUser('bruno', 'en'));
    expect(answer.errors['request-confirm-check']).toMatch(/not opened by you/);
  });

  it('accepts the older of two forms the person opened (a second tab), not "not opened by you"', async () => {
    const world = fakeWorld();
    const OTHER = '7a3b1c52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
    await opened(world);
    await saveDraft(world.read.getPersistenceReader(), world.persistence, 'id-alice', {
      requestId: OTHER,
      jurisdiction: 'gdpr',
      type: 'access',
    });
    const [older] = await submit(world, viewIdOf(ID), {});
    expect(older.errors['request-confirm-check']).toBe('Confirm that the request is about your own data.');
    const [newer] = await submit(world, viewIdOf(OTHER), {});
    expect(newer.errors['request-confirm-check']).toBe('Confirm that the request is about your own data.');
  });

  it('keeps the newest few forms a person opened, not every one', async () => {
    const world = fakeWorld();
    const reader = world.read.getPersistenceReader();
    const ids = Array.from({ length: MAX_DRAFTS + 2 }, (_, i) => `${i}f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f`);
    for (const [i, requestId] of ids.entries())
      await saveDraft(
        reader,
        world.persistence,
        'id-alice',
        { requestId, jurisdiction: 'gdpr', type: 'access' },
        new Date(1000 * i),
      );
    const kept = await Promise.all(ids.map((id) => readDraft(reader, 'id-alice', id)));
    expect(kept.map(Boolean)).toEqual([false, false, true, true, true, true, true]);
  });

  it('a submit that kept meeting another one still being sent asks to press Send again, not "you have filed 1"', async () => {
    const world = fakeWorld({ settings: { requests_per_day: 1, dpo_email: 'dpo@acme.example' } });
    await opened(world);
    // Another of alice's submits claimed the day's slot and is still being filed.
    const OTHER = '7a3b1c52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
    await world.persistence.updateByAssociations(
      [
        new RocketChatAssociationRecord(RocketChatAssociationModel.USER, 'id-alice'),
        new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, 'request-claim'),
        new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, `request-claim:${OTHER}`),
      ],
      { requestId: OTHER, at: new Date().toISOString() },
      true,
    );
    const state = {
      [categoriesIds().blockId]: { [categoriesIds().actionId]: ['account'] },
      [RequestModalIds.ConfirmBlock]: { [RequestModalIds.ConfirmAction]: ['own'] },
    };
    const [answer] = await submit(world, viewIdOf(ID), state);
    expect(answer.errors['request-confirm-check']).toBe(
      'Another of your requests was being filed at the same moment, so this one was not filed. Please press “Send request” again.',
    );
    expect(world.sent).toEqual([]);
  });

  it('ignores views that are not the request modal', async () => {
    const world = fakeWorld();
    expect(await submit(world, 'policy-view')).toEqual([{ success: true }]);
  });

  it('keeps the modal open with a reference when something it cannot fix fails, and logs it', async () => {
    const world = fakeWorld();
    (world.read as any).getPersistenceReader = () => ({
      readByAssociations: async () => {
        throw new Error('database down');
      },
    });
    const [answer] = await submit(world, viewIdOf(ID), {});
    const error = world.logs.find((l) => l.level === 'error');
    const ref = (error?.items[1] as { ref: string }).ref;
    expect(ref).toMatch(/^PC-[0-9A-F]{8}$/);
    expect(answer.errors['request-confirm-check']).toContain(ref);
    expect(JSON.stringify(error)).toContain('database down');
  });
});
