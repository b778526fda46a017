/**
 * Small typed fakes of the accessors the adapters use: only what the code under test calls,
 * recording what the app did. Integration tests use the real runtime instead.
 */
import type { EngineCall } from '../../src/engine/adapters/engineCall';
import { forgetHeldSettings } from '../../src/engine/adapters/settings/held';
import { settingsOf } from '../../src/engine/adapters/settings/reader';
import type {
  IHttp,
  IHttpRequest,
  IHttpResponse,
  ILogger,
  IModify,
  IPersistence,
  IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

export interface Sent {
  kind: 'ephemeral' | 'message';
  to?: string;
  roomId?: string;
  text: string;
}

export function fakeUser(username: string, language?: string, roles: string[] = ['user']): IUser {
  return {
    id: `id-${username}`,
    username,
    name: username,
    roles,
    emails: [{ address: `${username}@example.org`, verified: true }],
    settings: language ? { preferences: { language } } : undefined,
  } as unknown as IUser;
}

export const fakeRoom = (id = 'general'): IRoom => ({ id, slugifiedName: id }) as unknown as IRoom;

export interface WorldOptions {
  settings?: Record<string, unknown>;
  server?: Record<string, unknown>;
  users?: IUser[];
  token?: () => Promise<{ token: string } | undefined>;
  /** Answers the app's HTTP calls; without it every call fails as a network error would. */
  http?: (url: string, request: IHttpRequest) => Promise<Partial<IHttpResponse>> | Partial<IHttpResponse>;
}

export interface HttpCall {
  method: string;
  url: string;
  request: IHttpRequest;
}

export function fakeWorld(options: WorldOptions = {}) {
  // A new world is a new app process: nothing held from another world's settings.
  forgetHeldSettings();
  const settings: Record<string, unknown> = { ...options.settings };
  const server: Record<string, unknown> = {
    Site_Url: 'https://chat.example.org',
    Language: 'en',
    ...options.server,
  };
  const users = [fakeUser('app.privacy-center', undefined, ['app']), ...(options.users ?? [])];
  const store = new Map<string, object>();
  const sent: Sent[] = [];
  const views: Array<{ op: 'open' | 'update'; view: any; user: string; triggerId?: string }> = [];
  const scheduled: any[] = [];
  const httpCalls: HttpCall[] = [];
  const logs: Array<{ level: string; items: unknown[] }> = [];
  const rooms: IRoom[] = [];
  /** Files the app uploaded; `failUploads`: the server refuses them (uploads turned off). */
  const uploads: Array<{ filename: string; roomId: string; content: string }> = [];
  const uploadState = { fail: false };
  const keyOf = (assocs: Array<{ model: string; id: string }>) =>
    assocs.map((a) => `${a.model}:${a.id}`).join('|');

  const persistence = {
    // As the server does: every record that carries all the given associations (a subset read).
    readByAssociations: async (assocs: any[]) => {
      const wanted = assocs.map((a) => keyOf([a]));
      return [...store.entries()]
        .filter(([key]) => wanted.every((w) => key.split('|').includes(w)))
        .map(([, data]) => JSON.parse(JSON.stringify(data)));
    },
    updateByAssociations: async (assocs: any[], data: object) => {
      store.set(keyOf(assocs), JSON.parse(JSON.stringify(data)));
      return 'id';
    },
    removeByAssociations: async (assocs: any[]) => {
      const wanted = assocs.map((a) => keyOf([a]));
      for (const key of [...store.keys()])
        if (wanted.every((w) => key.split('|').includes(w))) store.delete(key);
      return [];
    },
  };

  const read = {
    getEnvironmentReader: () => ({
      getSettings: () => ({ getValueById: async (id: string) => settings[id] }),
      getServerSettings: () => ({ getValueById: async (id: string) => server[id] }),
    }),
    getPersistenceReader: () => persistence,
    getUserReader: () => ({
      getAppUser: async () => users[0],
      getByUsername: async (username: string) => users.find((u) => u.username === username),
      getById: async (id: string) => users.find((u) => u.id === id),
    }),
    getRoomReader: () => ({
      getDirectByUsernames: async (names: string[]) =>
        rooms.find((r) => (r as any).names?.join() === names.join()),
      getById: async (id: string) => rooms.find((r) => r.id === id),
    }),
    getCloudWorkspaceReader: () => ({ getWorkspaceToken: options.token ?? (async () => ({ token: '' })) }),
  } as unknown as IRead;

  const messageBuilder = () => {
    const message: any = {};
    const builder: any = {
      setRoom: (room: IRoom) => ((message.room = room), builder),
      setText: (text: string) => ((message.text = text), builder),
      setSender: (sender: IUser) => ((message.sender = sender), builder),
      setBlocks: (blocks: unknown) => ((message.blocks = blocks), builder),
      getMessage: () => message,
      kind: 'message',
    };
    return builder;
  };
  const roomBuilder = () => {
    const room: any = { id: `dm-${rooms.length + 1}` };
    const builder: any = {
      setType: () => builder,
      setCreator: () => builder,
      setMembersToBeAddedByUsernames: (names: string[]) => ((room.names = names), builder),
      kind: 'room',
      room,
    };
    return builder;
  };

  const modify = {
    getCreator: () => ({
      startMessage: messageBuilder,
      startRoom: roomBuilder,
      getUploadCreator: () => ({
        uploadBuffer: async (buffer: Buffer, descriptor: { filename: string; room: IRoom }) => {
          if (uploadState.fail) throw new Error('File uploads are turned off');
          uploads.push({
            filename: descriptor.filename,
            roomId: descriptor.room.id,
            content: buffer.toString('utf8'),
          });
          return { id: `upload-${uploads.length}` };
        },
      }),
      finish: async (builder: any) => {
        if (builder.kind === 'room') {
          rooms.push(builder.room);
          return builder.room.id;
        }
        const message = builder.getMessage();
        const to = (message.room as any).names?.find((n: string) => n !== users[0].username);
        sent.push({ kind: 'message', to, roomId: message.room.id, text: message.text });
        return 'msg';
      },
    }),
    getNotifier: () => ({
      notifyUser: async (user: IUser, message: any) => {
        sent.push({ kind: 'ephemeral', to: user.username, roomId: message.room?.id, text: message.text });
      },
    }),
    getScheduler: () => ({ scheduleOnce: async (job: unknown) => void scheduled.push(job) }),
    getUiController: () => ({
      openSurfaceView: async (view: any, ctx: { triggerId?: string }, user: IUser) => {
        views.push({ op: 'open', view, user: user.username, triggerId: ctx.triggerId });
      },
      updateSurfaceView: async (view: any, ctx: { triggerId?: string }, user: IUser) => {
        views.push({ op: 'update', view, user: user.username, triggerId: ctx.triggerId });
      },
    }),
  } as unknown as IModify;

  const logger = {
    debug: (...items: unknown[]) => logs.push({ level: 'debug', items }),
    info: (...items: unknown[]) => logs.push({ level: 'info', items }),
    log: (...items: unknown[]) => logs.push({ level: 'log', items }),
    warn: (...items: unknown[]) => logs.push({ level: 'warn', items }),
    error: (...items: unknown[]) => logs.push({ level: 'error', items }),
    success: (...items: unknown[]) => logs.push({ level: 'success', items }),
  } as unknown as ILogger;

  const configuration = {
    scheduler: { scheduleOnce: async (job: unknown) => void scheduled.push(job) },
  };

  return {
    read,
    modify,
    persistence: persistence as unknown as IPersistence,
    http: fakeHttp(options.http, httpCalls),
    httpCalls,
    logger,
    configuration,
    settings,
    server,
    store,
    sent,
    views,
    scheduled,
    logs,
    users,
    uploads,
    uploadState,
  };
}

function fakeHttp(answer: WorldOptions['http'], calls: HttpCall[]): IHttp {
  const call =
    (method: string) =>
    async (url: string, request: IHttpRequest = {}) => {
      calls.push({ method, url, request });
      if (!answer) throw new Error('connect ECONNREFUSED (no network in unit tests)');
      return { url, method, statusCode: 200, ...(await answer(url, request)) } as IHttpResponse;
    };
  return {
    get: call('get'),
    post: call('post'),
    put: call('put'),
    del: call('delete'),
    patch: call('patch'),
  };
}

export type World = ReturnType<typeof fakeWorld>;

/** The world as one call into the app: a new settings snapshot each time (as each entry point makes one). */
export function callOf(world: World, now: () => Date = () => new Date()): EngineCall {
  return {
    appId: 'privacy-center-test',
    read: world.read,
    modify: world.modify,
    http: world.http,
    persistence: world.persistence,
    logger: world.logger,
    settings: settingsOf(world.read.getEnvironmentReader().getSettings()),
    now,
  };
}
