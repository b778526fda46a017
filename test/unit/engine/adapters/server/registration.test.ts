import { callOf } from '../../../fakes';
import {
  cachedRegistration,
  checkRegistration,
} from '../../../../../src/engine/adapters/server/registration';
import { policyForUser } from '../../../../../src/engine/adapters/server/policySource';
import { fakeUser, fakeWorld } from '../../../fakes';

const now = new Date('2026-11-29T08:00:00.000Z');
const user = fakeUser('alice', 'en');

describe('the registration check', () => {
  it('is not checked until the job has run', async () => {
    const world = fakeWorld();
    expect(await cachedRegistration(world.read.getPersistenceReader())).toEqual({ outcome: 'not_checked' });
  });

  it.each([
    ['a token', async () => ({ token: 'tok' }), 'registered', 'self_hosted_registered', 'confirmed'],
    ['an empty token', async () => ({ token: '' }), 'empty_token', 'self_hosted_unregistered', 'appears'],
    [
      'no answer (permission missing)',
      async () => undefined,
      'no_permission',
      'self_hosted_registered',
      'uncertain',
    ],
    [
      'an exception',
      async () => {
        throw new Error('cloud unreachable');
      },
      'failed',
      'self_hosted_registered',
      'uncertain',
    ],
  ])('caches %s with its time and the policy follows it', async (_name, token, outcome, type, certainty) => {
    const world = fakeWorld({ token: token as () => Promise<{ token: string } | undefined> });
    const check = await checkRegistration(world.read, world.persistence, now);
    expect(check).toEqual({ outcome, checkedAt: now.toISOString() });
    expect(await cachedRegistration(world.read.getPersistenceReader())).toEqual(check);
    const policy = await policyForUser(callOf(world), user);
    expect(policy.deployment).toMatchObject({ type, certainty, source: 'registration_check' });
  });

  it('never asks the vendor while building the policy for a user', async () => {
    let calls = 0;
    const world = fakeWorld({ token: async () => (calls++, { token: 'x' }) });
    await policyForUser(callOf(world), user);
    expect(calls).toBe(0);
  });

  it('lets the override and the Site_Url decide before the check', async () => {
    const cloud = fakeWorld({ server: { Site_Url: 'https://acme.rocket.chat' } });
    expect((await policyForUser(callOf(cloud), user)).deployment.type).toBe('cloud');
    const overridden = fakeWorld({ settings: { deployment_override: 'community' } });
    expect((await policyForUser(callOf(overridden), user)).deployment).toMatchObject({
      type: 'community',
      source: 'admin_setting',
    });
  });

  it('reads a stored check that does not parse as not checked, says so in the log, and still reads older ones', async () => {
    const world = fakeWorld();
    world.store.set('misc:registration-check', { outcome: 'registered-ish', checkedAt: 'today' });
    expect(await cachedRegistration(world.read.getPersistenceReader(), world.logger)).toEqual({
      outcome: 'not_checked',
    });
    expect((await policyForUser(callOf(world), user)).deployment.certainty).toBe('uncertain');
    expect(world.logs.filter((l) => l.level === 'warn').map((l) => String(l.items[0]))).toEqual([
      'stored record registration-check does not parse; read as absent',
      'stored record registration-check does not parse; read as absent',
    ]);
    world.store.set('misc:registration-check', { outcome: 'registered', checkedAt: now.toISOString() });
    expect(await cachedRegistration(world.read.getPersistenceReader())).toEqual({
      outcome: 'registered',
      checkedAt: now.toISOString(),
    });
  });
});
