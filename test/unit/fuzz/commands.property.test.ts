/**
 * `/privacy` with any arguments: the parser and every subcommand's own checks (references, admin
 * actions). It never fails with the internal error, answers only the person who typed it, in
 * words of the catalogue with every placeholder filled, and never reaches another person's request.
 */
import fc from 'fast-check';
import type { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import { parseCommand } from '../../../src/engine/entry/commands/parser';
import { PrivacyCommand } from '../../../src/engine/entry/commands/PrivacyCommand';
import { findByReference, saveRequest } from '../../../src/engine/adapters/persistence/requestStore';
import { queuedRequest } from '../core/requests/fixtures';
import { fakeRoom, fakeUser, fakeWorld } from '../fakes';
import { RUNS, typedText } from './arbitraries';

const KNOWN = ['policy', 'request', 'status', 'cancel', 'contact', 'apps', 'help', 'admin'];

/** Carla's request: nobody else may read or cancel it, whatever reference they type. */
const carlas = queuedRequest({
  userId: 'id-carla',
  username: 'carla',
  email: 'carla@example.org',
  details: 'Carla’s own words',
});

const reference = fc.oneof(
  fc.constantFrom(
    carlas.ref,
    carlas.ref.toLowerCase(),
    carlas.ref.slice(3),
    ` ${carlas.ref} `,
    `${carlas.ref}-FFFF`,
  ),
  fc.constantFrom('PR-00000000', 'PR-', 'PR-ZZZZZZZZ', 'x'.repeat(5000), '<!here>', '@all'),
  typedText(4),
);

const argsOf = fc.oneof(
  fc
    .tuple(fc.constantFrom('status', 'cancel', 'Status', 'CANCEL'), reference)
    .map(([name, ref]) => [name, ref]),
  fc.array(typedText(4), { maxLength: 5 }),
  fc
    .tuple(
      fc.constantFrom(...KNOWN, 'STATUS', 'Admin', 'adm1n'),
      fc.array(fc.oneof(reference, typedText(3)), { maxLength: 3 }),
    )
    .map(([name, rest]) => [name, ...rest]),
  fc
    .tuple(
      fc.constantFrom('test', 'export', 'posture', 'acks', 'help', 'EXPORT', 'nope'),
      fc.constantFrom(undefined, 'full', 'FULL', 'half', '@all'),
    )
    .map(([action, option]) => ['admin', action, ...(option ? [option] : [])]),
);

describe('parsing /privacy arguments, for any words', () => {
  it('never throws: a known subcommand with the rest, or an unknown one cut short', () => {
    fc.assert(
      fc.property(fc.array(typedText(6), { maxLength: 8 }), (args) => {
        const parsed = parseCommand(args, KNOWN);
        if (parsed.kind === 'subcommand') {
          expect([...KNOWN, 'help']).toContain(parsed.name);
          for (const word of parsed.args) expect(word.trim()).toBe(word);
        } else {
          expect(parsed.input.length).toBeLessThanOrEqual(40);
          if (parsed.suggestion !== undefined) expect(KNOWN).toContain(parsed.suggestion);
        }
      }),
      RUNS,
    );
  });
});

describe('/privacy with any arguments', () => {
  async function run(args: string[], roles: string[]) {
    const alice = fakeUser('alice', 'de', roles);
    const world = fakeWorld({
      users: [alice, fakeUser('carla', 'en')],
      settings: { dpo_email: 'dpo@example.org' },
    });
    await saveRequest(world.persistence as never, carlas);
    const carlasRecord = async () =>
      JSON.stringify(await findByReference(world.read.getPersistenceReader(), carlas.ref));
    const before = await carlasRecord();
    const context = {
      getSender: () => alice,
      getRoom: () => fakeRoom(),
      getArguments: () => args,
      getTriggerId: () => 'trigger-1',
    } as unknown as SlashCommandContext;
    await new PrivacyCommand('app-id', world.logger).executor(
      context,
      world.read,
      world.modify,
      world.http,
      world.persistence,
    );
    const after = await carlasRecord();
    return { world, before, after };
  }

  const expectClearAnswer = (world: ReturnType<typeof fakeWorld>) => {
    expect(world.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(world.sent.length + world.views.length).toBeGreaterThan(0);
    for (const sent of world.sent) {
      expect(sent.text.trim().length).toBeGreaterThan(0);
      // A placeholder left unfilled, or a value that did not turn into words.
      expect(sent.text).not.toMatch(/\{[a-zA-Z]+\}|undefined|\[object Object\]|NaN/);
      expect(sent.text).not.toContain('Carla’s own words');
      expect(sent.text).not.toContain('carla@example.org');
    }
  };

  it('a person: answered alone, in words of the catalogue; Carla’s request untouched and unread', async () => {
    await fc.assert(
      fc.asyncProperty(argsOf, async (args) => {
        const { world, before, after } = await run(args, ['user']);
        expectClearAnswer(world);
        for (const sent of world.sent) {
          expect(sent).toMatchObject({ kind: 'ephemeral', to: 'alice' });
          // The heading of a request's details, as Alice (German) would read Carla's.
          expect(sent.text).not.toContain(`*Antrag ${carlas.ref}*`);
        }
        for (const view of world.views) expect(view.user).toBe('alice');
        expect(after).toBe(before);
        expect(world.httpCalls).toEqual([]);
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('an admin: every action or a wrong one is answered, never with the internal error', async () => {
    await fc.assert(
      fc.asyncProperty(argsOf, async (args) => {
        const { world } = await run(args, ['user', 'admin']);
        expectClearAnswer(world);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
