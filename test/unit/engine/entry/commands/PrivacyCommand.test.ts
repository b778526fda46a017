import type { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import { PrivacyCommand } from '../../../../../src/engine/entry/commands/PrivacyCommand';
import { PolicyViewIds } from '../../../../../src/engine/views/policyView';
import type { World } from '../../../fakes';
import { fakeRoom, fakeUser, fakeWorld } from '../../../fakes';

const alice = fakeUser('alice', 'en');

function run(world: World, args: string[], user = alice, triggerId: string | undefined = 'trigger-1') {
  const context = {
    getSender: () => user,
    getRoom: () => fakeRoom(),
    getArguments: () => args,
    getTriggerId: () => triggerId,
  } as unknown as SlashCommandContext;
  return new PrivacyCommand('app-id', world.logger).executor(
    context,
    world.read,
    world.modify,
    world.http,
    world.persistence,
  );
}

describe('/privacy', () => {
  it('answers a bare /privacy with the help, listing the subcommands that exist', async () => {
    const world = fakeWorld();
    await run(world, []);
    expect(world.sent).toHaveLength(1);
    expect(world.sent[0]).toMatchObject({ kind: 'ephemeral', to: 'alice' });
    for (const name of ['policy', 'request', 'status', 'cancel', 'contact', 'apps', 'help']) {
      expect(world.sent[0].text).toContain(`/privacy ${name}`);
    }
    expect(world.sent[0].text).not.toContain('/privacy admin');
  });

  it('answers an unknown subcommand with the help and the closest match', async () => {
    const world = fakeWorld();
    await run(world, ['polcy']);
    expect(world.sent[0].text).toContain('There is no `/privacy polcy`.');
    expect(world.sent[0].text).toContain('Did you mean `/privacy policy`?');
    expect(world.sent[0].text).toContain('/privacy contact');
  });

  it('does not guess when nothing is close', async () => {
    const world = fakeWorld();
    await run(world, ['weather']);
    expect(world.sent[0].text).not.toContain('Did you mean');
  });

  it('opens the policy view as a contextual bar with the trigger id', async () => {
    const world = fakeWorld();
    await run(world, ['policy']);
    expect(world.views).toHaveLength(1);
    expect(world.views[0]).toMatchObject({ op: 'open', user: 'alice', triggerId: 'trigger-1' });
    expect(world.views[0].view).toMatchObject({ id: PolicyViewIds.View, type: 'contextualBar' });
  });

  it('explains when the client cannot open a view', async () => {
    const world = fakeWorld();
    await run(world, ['policy'], alice, '');
    expect(world.views).toHaveLength(0);
    expect(world.sent[0].text).toContain('cannot open the policy view');
  });

  it('answers /privacy contact with the DPO and the configured links', async () => {
    const world = fakeWorld({
      settings: { dpo_email: 'dpo@example.org', link_security: 'https://example.org/security' },
    });
    await run(world, ['contact']);
    expect(world.sent[0].text).toContain('dpo@example.org');
    expect(world.sent[0].text).toContain('<https://example.org/security|Security practices>');
    expect(world.sent[0].text).toContain('<https://rocket.chat/privacy|Full privacy policy>');
  });

  it("speaks the user's language, else the server's", async () => {
    const world = fakeWorld({ server: { Language: 'de' }, users: [] });
    await run(world, ['contact'], fakeUser('carla', 'pt-BR'));
    await run(world, ['contact'], fakeUser('nolang'));
    expect(world.sent).toHaveLength(2);
    const { translator } = await import('../../../../../src/core/i18n/translator');
    expect(world.sent[0].text).toContain(translator('pt-BR').t('contact.title'));
    expect(world.sent[1].text).toContain(translator('de').t('contact.title'));
  });

  it('logs a failure with a reference and tells the user the reference', async () => {
    const world = fakeWorld();
    (world.modify as any).getUiController = () => ({
      openSurfaceView: async () => {
        throw new Error('boom');
      },
    });
    await run(world, ['policy']);
    const error = world.logs.find((l) => l.level === 'error');
    expect(error).toBeDefined();
    const ref = (error?.items[1] as { ref: string }).ref;
    expect(ref).toMatch(/^PC-[0-9A-F]{8}$/);
    expect(world.sent[0].text).toContain(ref);
  });

  describe('/privacy request <what>', () => {
    const typeOf = (world: World) =>
      (world.views[0].view.blocks as any[]).find((b) => b.blockId === 'request-type').accessory.initialValue;

    it.each([
      ['delete', alice],
      ['löschen', fakeUser('bruno', 'de')],
      ['excluir', fakeUser('carla', 'pt-BR')],
      ['supprimer', fakeUser('chloe', 'fr')],
      ['eliminar', fakeUser('diego', 'es')],
    ])('%s opens the form on deleting my data', async (word, user) => {
      const world = fakeWorld({ users: [user] });
      await run(world, ['request', word], user);
      expect(world.sent).toEqual([]);
      expect(typeOf(world)).toBe('erasure');
    });

    it('an unknown word opens nothing and asks "did you mean", with the words it knows', async () => {
      const world = fakeWorld();
      await run(world, ['request', 'delte']);
      expect(world.views).toEqual([]);
      expect(world.sent).toHaveLength(1);
      expect(world.sent[0].text).toContain('“delte” is not a kind of request I know.');
      expect(world.sent[0].text).toContain('Did you mean `/privacy request delete`?');
      expect(world.sent[0].text).toContain('`access`');
    });

    it('the help says the kind can be given in one’s own words', async () => {
      const world = fakeWorld();
      await run(world, ['help']);
      expect(world.sent[0].text).toContain('`/privacy request delete`');
    });
  });
});
