import type { ILogger, IAppAccessors, IHttp } from '@rocket.chat/apps-engine/definition/accessors';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import PrivacyCenterApp from '../../../../../src/PrivacyCenterApp';
import { installerId } from '../../../../../src/engine/adapters/server/installer';
import { fakeUser, fakeWorld } from '../../../fakes';

const logger = { debug: () => undefined, error: () => undefined } as unknown as ILogger;
const app = () =>
  new PrivacyCenterApp(
    { id: 'privacy-center', name: 'Privacy Center', author: { name: 'Vendor' } } as unknown as IAppInfo,
    logger,
    {} as IAppAccessors,
  );
const http = {} as IHttp;

describe('who is told while no admins are named', () => {
  it('the admin who updates the app is remembered (a workspace upgraded from a version that kept nobody)', async () => {
    const world = fakeWorld();
    await app().onUpdate(
      { user: fakeUser('root', 'en', ['admin']), oldAppVersion: '0.9.0' },
      world.read,
      http,
      world.persistence,
    );
    expect(await installerId(world.read.getPersistenceReader())).toBe('id-root');
  });

  it('an update that names nobody keeps the admin who installed the app', async () => {
    const world = fakeWorld();
    await app().onInstall({ user: fakeUser('ines', 'en', ['admin']) }, world.read, http, world.persistence);
    await app().onUpdate({ oldAppVersion: '0.9.0' }, world.read, http, world.persistence);
    expect(await installerId(world.read.getPersistenceReader())).toBe('id-ines');
  });

  it('keeps the installer with its record version, reads one kept before versions, and nobody from an odd one', async () => {
    const world = fakeWorld();
    await app().onInstall({ user: fakeUser('ines', 'en', ['admin']) }, world.read, http, world.persistence);
    expect(world.store.get('misc:installer')).toEqual({ userId: 'id-ines', v: 1 });
    world.store.set('misc:installer', { userId: 'id-root' });
    expect(await installerId(world.read.getPersistenceReader())).toBe('id-root');
    world.store.set('misc:installer', { userId: 'id-root', v: 2 });
    expect(await installerId(world.read.getPersistenceReader(), world.logger)).toBeUndefined();
    expect(world.logs.some((l) => String(l.items[0]).includes('installer does not parse'))).toBe(true);
  });
});
