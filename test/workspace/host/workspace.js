'use strict';
/**
 * The workspace the app lives in: users, rooms, messages and ephemeral notices, sent e-mails
 * (persisted in the store's `workspace` collection), the deployment it runs as, the server
 * settings apps may read, and each user's open views (client state, in memory).
 */
const { randomUUID } = require('node:crypto');
const { seedWorkspace } = require('./seed');
const { SERVER_SETTING_DEFAULTS } = require('./server-settings-defaults');

/** @typedef {'registered'|'unregistered'|'failing'|'cloud'|'community'} DeploymentMode */
const DEPLOYMENTS = {
  registered: { token: 'token', site: 'self' },
  unregistered: { token: 'empty', site: 'self' },
  failing: { token: 'throws', site: 'self' },
  cloud: { token: 'token', site: 'https://acme.rocket.chat' },
  community: { token: 'token', site: 'https://open.rocket.chat' },
};
const DEFAULT_SELF_HOSTED_URL = 'https://chat.example.org';

const toDate = (v) => (typeof v === 'string' ? new Date(v) : v);

class Workspace {
  /**
   * @param {import('./store').JsonStore} store
   * @param {{siteUrl?: string, deployment?: DeploymentMode, language?: string, users?: import('./seed').UserSeed[]}} options
   *   `users`: who a fresh workspace holds (the fixtures'); an existing store keeps its own
   */
  constructor(store, options = {}) {
    this.store = store;
    const users = options.users ?? [];
    /** A fresh workspace's data (the store's `workspace` collection when it has none yet). */
    this.seed = () => seedWorkspace(users);
    /** Site_Url of a self-hosted deployment (registered, unregistered, failing). */
    this.selfHostedUrl = options.siteUrl ?? DEFAULT_SELF_HOSTED_URL;
    this.store.read('workspace', this.seed);
    const meta = this.store.read('deployment', () => ({ mode: 'registered', language: 'en' }));
    if (options.deployment) this.setDeployment(options.deployment);
    if (options.language && options.language !== meta.language)
      this.store.write('deployment', { ...meta, language: options.language });
    /** @type {Map<string, Array<{viewId: string, surface: 'modal'|'contextualBar', view: any, errors?: any, appId: string}>>} */
    this.views = new Map();
    /** Answers the app gave to interactions (errors included), newest last. */
    this.interactionLog = [];
    /** E-mails that failed: empty by default. */
  }

  /** @returns {import('./seed').WorkspaceData} */
  get data() {
    return this.store.read('workspace', this.seed);
  }

  /** @param {(data: import('./seed').WorkspaceData) => any} change */
  change(change) {
    return this.store.update('workspace', this.seed, change);
  }

  // --- deployment and server settings -------------------------------------------------------
  get deployment() {
    return this.store.read('deployment', () => ({ mode: 'registered', language: 'en' })).mode;
  }

  /** @param {DeploymentMode} mode */
  setDeployment(mode) {
    if (!DEPLOYMENTS[mode])
      throw new Error(`unknown deployment "${mode}" (one of ${Object.keys(DEPLOYMENTS).join(', ')})`);
    const meta = this.store.read('deployment', () => ({ mode: 'registered', language: 'en' }));
    this.store.write('deployment', { ...meta, mode });
  }

  get siteUrl() {
    const site = DEPLOYMENTS[this.deployment].site;
    return site === 'self' ? this.selfHostedUrl : site;
  }

  /** 'token' | 'empty' | 'throws' */
  get tokenBehaviour() {
    return DEPLOYMENTS[this.deployment].token;
  }

  /** The server settings an app may read. */
  serverSettings() {
    const language = this.store.read('deployment', () => ({ language: 'en' })).language ?? 'en';
    const setting = (id, type, value, packageValue) => ({
      id,
      type,
      value,
      packageValue,
      public: true,
      required: false,
      hidden: false,
      i18nLabel: id,
      createdAt: new Date('2026-01-05T09:00:00Z'),
      updatedAt: new Date('2026-01-05T09:00:00Z'),
    });
    const changed = this.serverSettingValues();
    return [
      setting('Site_Url', 'string', this.siteUrl, 'http://localhost:3000'),
      setting('Site_Name', 'string', 'Local Workspace', 'Rocket.Chat'),
      setting('Language', 'language', language, 'en'),
      // Rocket.Chat's defaults; a changed one holds its value (the server hands apps value ?? packageValue).
      ...SERVER_SETTING_DEFAULTS.map(({ id, type, packageValue, secret }) => ({
        ...setting(
          id,
          type,
          Object.prototype.hasOwnProperty.call(changed, id) ? changed[id] : null,
          packageValue,
        ),
        ...(secret ? { secret: true } : {}),
      })),
    ];
  }

  /** The server settings an admin changed from Rocket.Chat's defaults (kept in the store). */
  serverSettingValues() {
    return this.store.read('serverSettings', () => ({}));
  }

  /**
   * Changes server settings as an admin would in Rocket.Chat's administration; `null` puts one
   * back to its default. Only the settings the workspace serves can be changed.
   * @param {Record<string, any>} values
   */
  setServerSettings(values) {
    const known = new Set(SERVER_SETTING_DEFAULTS.map((s) => s.id));
    const unknown = Object.keys(values).filter((id) => !known.has(id));
    if (unknown.length) throw new Error(`unknown server setting ${unknown.join(', ')}`);
    return this.store.update(
      'serverSettings',
      () => ({}),
      (current) => {
        for (const [id, value] of Object.entries(values)) {
          if (value === null) delete current[id];
          else current[id] = value;
        }
        return current;
      },
    );
  }

  // --- users --------------------------------------------------------------------------------
  users() {
    return this.data.users;
  }

  /** @param {string} id */
  userRecordById(id) {
    return this.data.users.find((u) => u.id === id);
  }

  /** @param {string} username */
  userRecordByUsername(username) {
    return this.data.users.find((u) => u.username === username);
  }

  /** An IUser as the server hands it to apps. */
  toIUser(record) {
    if (!record) return undefined;
    return {
      ...structuredClone(record),
      createdAt: toDate(record.createdAt),
      updatedAt: toDate(record.updatedAt),
      lastLoginAt: toDate(record.lastLoginAt),
    };
  }

  /** @param {Record<string, any>} data @returns {string} the new user's id */
  addUser(data) {
    const id = data.id ?? `user-${randomUUID()}`;
    const now = new Date().toISOString();
    this.change((ws) => {
      ws.users.push({
        emails: [],
        roles: ['user'],
        active: true,
        isEnabled: true,
        status: 'offline',
        utcOffset: 0,
        ...data,
        id,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: now,
      });
    });
    return id;
  }

  /** @param {string} id @param {Record<string, any>} updates */
  updateUser(id, updates) {
    return this.change((ws) => {
      const user = ws.users.find((u) => u.id === id);
      if (!user) return false;
      Object.assign(user, updates, { updatedAt: new Date().toISOString() });
      return true;
    });
  }

  /** @param {string} id */
  removeUser(id) {
    return this.change((ws) => {
      const before = ws.users.length;
      ws.users = ws.users.filter((u) => u.id !== id);
      for (const room of ws.rooms) room.userIds = room.userIds.filter((uid) => uid !== id);
      return ws.users.length < before;
    });
  }

  // --- rooms --------------------------------------------------------------------------------
  rooms() {
    return this.data.rooms;
  }

  /** @param {string} id */
  roomRecordById(id) {
    return this.data.rooms.find((r) => r.id === id);
  }

  /** @param {string} name */
  roomRecordByName(name) {
    return this.data.rooms.find((r) => r.slugifiedName === name || r.displayName === name);
  }

  /** @param {string[]} usernames */
  directRecordByUsernames(usernames) {
    const ids = usernames.map((u) => this.userRecordByUsername(u)?.id);
    if (ids.some((id) => !id)) return undefined;
    const wanted = [...new Set(ids)].sort().join(',');
    return this.data.rooms.find((r) => r.type === 'd' && [...new Set(r.userIds)].sort().join(',') === wanted);
  }

  /** An IRoom as the server hands it to apps. */
  toIRoom(record) {
    if (!record) return undefined;
    const members = record.userIds.map((id) => this.userRecordById(id)).filter(Boolean);
    return {
      id: record.id,
      displayName: record.displayName,
      slugifiedName: record.slugifiedName,
      type: record.type,
      creator: this.toIUser(this.userRecordById(record.creatorId) ?? members[0]),
      userIds: [...record.userIds],
      usernames: members.map((u) => u.username),
      isDefault: !!record.isDefault,
      isReadOnly: !!record.isReadOnly,
      displaySystemMessages: record.displaySystemMessages !== false,
      messageCount: this.data.messages.filter((m) => m.roomId === record.id && m.kind === 'message').length,
      createdAt: toDate(record.createdAt),
      updatedAt: toDate(record.updatedAt ?? record.createdAt),
      lastModifiedAt: toDate(record.updatedAt ?? record.createdAt),
      ...(record.customFields ? { customFields: record.customFields } : {}),
    };
  }

  /**
   * @param {{type: string, displayName?: string, slugifiedName?: string, creatorId?: string, isDefault?: boolean, isReadOnly?: boolean}} room
   * @param {string[]} memberUsernames
   * @returns {string} the room's id
   */
  createRoom(room, memberUsernames) {
    if (room.type === 'd') {
      const existing = this.directRecordByUsernames(memberUsernames);
      if (existing) return existing.id;
    }
    const id = `room-${randomUUID()}`;
    const userIds = memberUsernames.map((u) => this.userRecordByUsername(u)?.id).filter(Boolean);
    const name =
      room.slugifiedName ?? room.displayName ?? (room.type === 'd' ? memberUsernames.join('__') : id);
    this.change((ws) => {
      ws.rooms.push({
        id,
        slugifiedName: name,
        displayName: room.displayName ?? name,
        type: room.type,
        creatorId: room.creatorId ?? userIds[0],
        userIds: [...new Set(userIds)],
        isDefault: !!room.isDefault,
        isReadOnly: !!room.isReadOnly,
        displaySystemMessages: true,
        createdAt: new Date().toISOString(),
      });
    });
    return id;
  }

  /** A DM between two users, created on demand (what the client does on "Direct message"). */
  directRoomFor(usernameA, usernameB) {
    return (
      this.directRecordByUsernames([usernameA, usernameB]) ??
      this.roomRecordById(this.createRoom({ type: 'd' }, [usernameA, usernameB]))
    );
  }

  /** @param {string} roomId @param {(room: any) => void} mutate */
  updateRoom(roomId, mutate) {
    this.change((ws) => {
      const room = ws.rooms.find((r) => r.id === roomId);
      if (room) {
        mutate(room);
        room.updatedAt = new Date().toISOString();
      }
    });
  }

  /** @param {string} roomId */
  deleteRoom(roomId) {
    this.change((ws) => {
      ws.rooms = ws.rooms.filter((r) => r.id !== roomId);
      ws.messages = ws.messages.filter((m) => m.roomId !== roomId);
    });
  }

  // --- messages and ephemeral notices ------------------------------------------------------
  /**
   * @param {{id?: string, kind: 'message'|'ephemeral', roomId: string, toUserId?: string, sender?: any, text?: string, blocks?: any[], attachments?: any[], threadId?: string, appId?: string}} entry
   * @returns {string} the message's id
   */
  addMessage(entry) {
    const id = entry.id ?? `msg-${randomUUID()}`;
    const sender = entry.sender
      ? { id: entry.sender.id, username: entry.sender.username, name: entry.sender.name }
      : undefined;
    this.change((ws) => {
      ws.messages.push({ ...entry, id, sender, ts: new Date().toISOString() });
    });
    return id;
  }

  /** @param {string} id */
  messageRecordById(id) {
    return this.data.messages.find((m) => m.id === id && m.kind === 'message');
  }

  /** @param {string} id @param {Record<string, any>} updates */
  updateMessage(id, updates) {
    this.change((ws) => {
      const message = ws.messages.find((m) => m.id === id);
      if (message) Object.assign(message, updates, { editedAt: new Date().toISOString() });
    });
  }

  /** @param {string} id */
  deleteMessage(id) {
    this.change((ws) => {
      ws.messages = ws.messages.filter((m) => m.id !== id);
    });
  }

  /** An IMessage as the server hands it to apps. */
  toIMessage(record) {
    if (!record) return undefined;
    const sender = this.userRecordById(record.sender?.id);
    return {
      id: record.id,
      room: this.toIRoom(this.roomRecordById(record.roomId)),
      sender: this.toIUser(sender) ?? record.sender,
      text: record.text,
      blocks: record.blocks,
      attachments: record.attachments,
      threadId: record.threadId,
      createdAt: toDate(record.ts),
      updatedAt: toDate(record.editedAt ?? record.ts),
      editedAt: toDate(record.editedAt),
    };
  }

  /**
   * What a user sees: messages in the rooms they belong to and the notices sent to them only.
   * @param {string} username
   */
  transcript(username) {
    const user = this.userRecordByUsername(username);
    if (!user) throw new Error(`no user "${username}"`);
    const data = this.data;
    const rooms = new Map(data.rooms.map((r) => [r.id, r]));
    return data.messages
      .filter((m) =>
        m.kind === 'ephemeral' ? m.toUserId === user.id : rooms.get(m.roomId)?.userIds.includes(user.id),
      )
      .map((m) => ({
        id: m.id,
        kind: m.kind,
        roomId: m.roomId,
        roomType: rooms.get(m.roomId)?.type,
        sender: m.sender,
        text: m.text ?? '',
        ...(m.blocks ? { blocks: m.blocks } : {}),
        ...(m.attachments ? { attachments: m.attachments } : {}),
        ...(m.threadId ? { threadId: m.threadId } : {}),
        ts: m.ts,
      }));
  }

  // --- e-mail -------------------------------------------------------------------------------
  /** @param {Record<string, any>} email */
  sendEmail(email) {
    this.change((ws) => {
      ws.emails.push({ ...email, id: `mail-${randomUUID()}`, ts: new Date().toISOString() });
    });
  }

  emails() {
    return this.data.emails;
  }

  /** Files apps uploaded, with their content (base64). */
  uploads() {
    return this.data.uploads ?? [];
  }

  // --- open views (client state) -----------------------------------------------------------
  /** @param {string} userId */
  openViewsOf(userId) {
    if (!this.views.has(userId)) this.views.set(userId, []);
    return /** @type {Array<any>} */ (this.views.get(userId));
  }
}

module.exports = { Workspace, DEPLOYMENTS, DEFAULT_SELF_HOSTED_URL };
