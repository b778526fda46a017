import type {
  UIKitBlockInteractionContext,
  UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { PrivacyRequest } from '../../../../../../src/core/requests/request';
import { requestsStore } from '../../../../../../src/engine/adapters/persistence/requestsStore';
import { handleBlockAction } from '../../../../../../src/engine/entry/interactions/blockActions';
import { handleViewSubmit } from '../../../../../../src/engine/entry/interactions/viewSubmit';
import { ConsoleRequestIds } from '../../../../../../src/engine/views/console/requestIds';
import type { World } from '../../../../fakes';
import { callOf, fakeUser, fakeWorld } from '../../../../fakes';
import { queuedRequest } from '../../../../core/requests/fixtures';

const ada = fakeUser('ada', 'en', ['admin', 'user']);
const helga = fakeUser('helga', 'de', ['admin']);
const bruno = fakeUser('bruno', 'de');
const carla = fakeUser('carla', 'pt-BR');
const NOW = new Date('2026-03-05T12:00:00.000Z');

/** An LGPD request of carla's, with a workspace track (no extension allowed). */
const lgpd = queuedRequest({
  userId: carla.id,
  username: 'carla',
  email: 'carla@example.org',
  jurisdiction: 'lgpd',
  due: '2026-03-17T09:30:00.000Z',
});

async function worldWith(request: PrivacyRequest) {
  const world = fakeWorld({ users: [ada, helga, bruno, carla], settings: { handler_roles: 'admin' } });
  await requestsStore(world.read.getPersistenceReader(), world.persistence, world.logger).create(request);
  return world;
}

const responder = {
  successResponse: () => ({ success: true }),
  openModalViewResponse: (view: any) => ({ success: true, type: 'modal.open', view }),
  updateModalViewResponse: (view: any) => ({ success: true, type: 'modal.update', view }),
  viewErrorResponse: (e: any) => ({ success: false, type: 'errors', ...e }),
};

function act(world: World, user: IUser, actionId: string, value: string, containerId?: string): Promise<any> {
  const context = {
    getInteractionData: () => ({
      actionId,
      value,
      user,
      triggerId: 't-1',
      blockId: ConsoleRequestIds.ActionsBlock,
      ...(containerId ? { container: { type: 'view', id: containerId } } : {}),
    }),
    getInteractionResponder: () => responder,
  } as unknown as UIKitBlockInteractionContext;
  return handleBlockAction({ ...callOf(world, () => NOW), appId: 'app' }, context);
}

function submit(
  world: World,
  user: IUser,
  viewId: string,
  state: Record<string, Record<string, unknown>>,
): Promise<any> {
  const context = {
    getInteractionData: () => ({ view: { id: viewId, state }, user, triggerId: 't-2' }),
    getInteractionResponder: () => responder,
  } as unknown as UIKitViewSubmitInteractionContext;
  return handleViewSubmit({ ...callOf(world, () => NOW), appId: 'app' }, context);
}

const textOf = (view: any) => JSON.stringify(view?.blocks ?? '');
const stored = (world: World) =>
  requestsStore(world.read.getPersistenceReader(), world.persistence, world.logger).find(lgpd.id);
const text = (value: string) => ({
  [ConsoleRequestIds.TextBlock]: { [ConsoleRequestIds.TextAction]: value },
});

describe("the request page's actions", () => {
  it('opens the page for a handler, in their language', async () => {
    const world = await worldWith(lgpd);
    const response = await act(world, helga, ConsoleRequestIds.Open, lgpd.id);
    expect(response.type).toBe('modal.open');
    expect(textOf(response.view)).toContain('*Person*: @carla, carla, carla@example.org');
    expect(textOf(response.view)).toContain('Übernehmen');
  });

  it('does nothing and shows nothing for anyone without a handler role, on every action', async () => {
    const world = await worldWith(lgpd);
    const before = JSON.stringify([...world.store.entries()]);
    for (const actionId of Object.values(ConsoleRequestIds).filter(
      (id) => !id.includes(':') && !id.includes('.form.'),
    ))
      expect(await act(world, bruno, actionId, lgpd.id)).toEqual({ success: true });
    for (const view of [
      'console.request.extendForm:',
      'console.request.answerForm:',
      'console.request.noteForm:',
    ])
      expect(await submit(world, bruno, `${view}${lgpd.id}`, text('sneaky'))).toEqual({ success: true });
    expect(JSON.stringify([...world.store.entries()])).toBe(before);
    expect(world.sent).toHaveLength(0);
    expect(world.scheduled).toHaveLength(0);
  });

  it('answers a forged or unknown id with "not found" for a handler only', async () => {
    const world = await worldWith(lgpd);
    const forged = '00000000-0000-4000-8000-000000000000';
    expect(textOf((await act(world, ada, ConsoleRequestIds.Take, forged)).view)).toContain(
      'This request could not be found.',
    );
    expect(textOf((await act(world, ada, ConsoleRequestIds.Open, 'not-an-id')).view)).toContain(
      'This request could not be found.',
    );
    expect(await act(world, bruno, ConsoleRequestIds.Open, forged)).toEqual({ success: true });
  });

  it('takes the request from its page: recorded, the person told in Portuguese, the page updated in place', async () => {
    const world = await worldWith(lgpd);
    const response = await act(
      world,
      ada,
      ConsoleRequestIds.Take,
      lgpd.id,
      `console.request.page:${lgpd.id}`,
    );
    expect(response.type).toBe('modal.update');
    expect(textOf(response.view)).toContain('Done. The person was told by direct message.');
    expect((await stored(world))?.operatorTrack).toMatchObject({ state: 'in_progress', takenBy: ada.id });
    expect(world.sent).toEqual([
      expect.objectContaining({ to: 'carla', text: expect.stringContaining('agora está sendo tratada') }),
    ]);
    // Taken twice: refused, said on the page, nothing recorded.
    const again = await act(world, ada, ConsoleRequestIds.Take, lgpd.id, `console.request.page:${lgpd.id}`);
    expect(textOf(again.view)).toContain('Not done: Someone has already taken this request.');
    expect((await stored(world))?.operatorTrack?.moves).toHaveLength(1);
  });

  it('refuses an LGPD extension under the date, saying why in the admin’s language', async () => {
    const world = await worldWith(lgpd);
    await act(world, helga, ConsoleRequestIds.Take, lgpd.id);
    const form = await act(world, helga, ConsoleRequestIds.Extend, lgpd.id);
    expect(form.view.id).toBe(`console.request.extendForm:${lgpd.id}`);
    const response = await submit(world, helga, form.view.id, {
      ...text('Viele Systeme.'),
      [ConsoleRequestIds.DueBlock]: { [ConsoleRequestIds.DueAction]: '2026-04-01' },
    });
    expect(response.type).toBe('errors');
    expect(response.errors[ConsoleRequestIds.DueAction]).toBe(
      'Das gewählte Recht (LGPD (Brasilien)) erlaubt keine Fristverlängerung: Die Antwort ist innerhalb der gesetzlichen Frist (15 Tage) fällig, spätestens am 17. März 2026.',
    );
    expect((await stored(world))?.operatorTrack?.moves).toHaveLength(1);
  });

  it('checks the answer form: an outcome, a message for a refusal, an https link only', async () => {
    const world = await worldWith(lgpd);
    const viewId = `console.request.answerForm:${lgpd.id}`;
    const outcome = (value: string) => ({
      [ConsoleRequestIds.OutcomeBlock]: { [ConsoleRequestIds.OutcomeAction]: value },
    });
    const link = (value: string) => ({
      [ConsoleRequestIds.LinkBlock]: { [ConsoleRequestIds.LinkAction]: value },
    });
    expect((await submit(world, ada, viewId, {})).errors).toEqual({
      [ConsoleRequestIds.OutcomeAction]: 'Choose an outcome.',
    });
    expect((await submit(world, ada, viewId, outcome('refused'))).errors).toEqual({
      [ConsoleRequestIds.TextAction]: 'Fill in this field.',
    });
    for (const bad of [
      'http://files.example.org/x',
      'javascript:alert(1)',
      'files.example.org',
      'https://a b',
    ])
      expect((await submit(world, ada, viewId, { ...outcome('done'), ...link(bad) })).errors).toEqual({
        [ConsoleRequestIds.LinkAction]:
          'Enter a complete https:// address, for example https://files.example.org/export.zip, or leave the field empty.',
      });
    expect(
      (await submit(world, ada, viewId, { ...outcome('done'), ...text('x'.repeat(2001)) })).errors,
    ).toEqual({
      [ConsoleRequestIds.TextAction]: 'Write at most 2000 characters.',
    });
    // Not taken yet: the track's own rule, under the first field.
    expect((await submit(world, ada, viewId, outcome('done'))).errors).toEqual({
      [ConsoleRequestIds.OutcomeAction]:
        'Take the request first: only a request someone has taken can be extended or answered.',
    });
    expect(world.sent).toHaveLength(0);
  });

  it('answers with a link and shows the page again, then refuses a second answer', async () => {
    const world = await worldWith(lgpd);
    await act(world, ada, ConsoleRequestIds.Take, lgpd.id);
    const viewId = `console.request.answerForm:${lgpd.id}`;
    const state = {
      [ConsoleRequestIds.OutcomeBlock]: { [ConsoleRequestIds.OutcomeAction]: 'done' },
      [ConsoleRequestIds.LinkBlock]: {
        [ConsoleRequestIds.LinkAction]: 'https://files.example.org/export.zip',
      },
      ...text('Here you are.'),
    };
    const response = await submit(world, ada, viewId, state);
    expect(response.type).toBe('modal.open');
    expect(response.view.id).toBe(`console.request.page:${lgpd.id}`);
    expect(textOf(response.view)).toContain('Link given to the person: https://files.example.org/export.zip');
    expect(world.sent.at(-1)?.text).toContain('https://files.example.org/export.zip');
    expect((await submit(world, ada, viewId, state)).errors).toEqual({
      [ConsoleRequestIds.OutcomeAction]:
        'This request is closed (answered or withdrawn), and a closed request does not move any more.',
    });
  });

  it('adds a note without telling the person', async () => {
    const world = await worldWith(lgpd);
    const response = await submit(world, ada, `console.request.noteForm:${lgpd.id}`, text('Asked IT.'));
    expect(textOf(response.view)).toContain('Note added. The person does not see it.');
    expect(world.sent).toHaveLength(0);
  });

  it('resends the confirmation to the person, and says so', async () => {
    const world = await worldWith(lgpd);
    const response = await act(world, ada, ConsoleRequestIds.Resend, lgpd.id);
    expect(textOf(response.view)).toContain('The confirmation was sent to @carla again.');
    expect(world.sent).toEqual([
      expect.objectContaining({ to: 'carla', text: expect.stringContaining('PR-1A2B3C4D') }),
    ]);
  });

  it('says when no vendor delivery waits, and makes a waiting one due now', async () => {
    const world = await worldWith(lgpd);
    const none = await act(world, ada, ConsoleRequestIds.Retry, lgpd.id);
    expect(textOf(none.view)).toContain('No vendor delivery of this request is waiting in the outbox.');
    const { outboxQueue } = await import('../../../../../../src/engine/adapters/persistence/outboxQueue');
    const outbox = outboxQueue(world.read.getPersistenceReader(), world.persistence, world.logger);
    await outbox.put({
      v: 1,
      requestId: lgpd.id,
      op: 'send',
      dueAt: '2026-03-05T18:00:00.000Z',
      attempts: 3,
    });
    const page = await act(world, ada, ConsoleRequestIds.Open, lgpd.id);
    expect(textOf(page.view)).toContain('Retry vendor delivery now');
    const retried = await act(world, ada, ConsoleRequestIds.Retry, lgpd.id);
    expect(textOf(retried.view)).toContain('The vendor delivery is due now');
    expect(await outbox.waiting()).toEqual([
      { v: 1, requestId: lgpd.id, op: 'send', dueAt: NOW.toISOString(), attempts: 3 },
    ]);
    expect(world.scheduled).toHaveLength(1);
  });

  it('keeps a form open with a reference when the store fails, for a handler only', async () => {
    const world = await worldWith(lgpd);
    (world.persistence as any).readByAssociations = async () => {
      throw new Error('store down');
    };
    const viewId = `console.request.noteForm:${lgpd.id}`;
    const response = await submit(world, ada, viewId, text('A note.'));
    expect(response.type).toBe('errors');
    expect(response.errors[ConsoleRequestIds.TextAction]).toMatch(/PC-[0-9A-F]{8}/);
    expect(await submit(world, bruno, viewId, text('A note.'))).toEqual({ success: true });
    expect(await act(world, ada, ConsoleRequestIds.Take, lgpd.id)).toEqual({ success: true });
    expect(world.logs.filter((l) => l.level === 'error')).toHaveLength(2);
  });
});
