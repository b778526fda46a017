'use strict';
/** All the host's bridges, handed to the AppManager. One instance per manager. */
const { engineRequire } = require('../runtime-env');
const { WorkspaceUserBridge } = require('./users');
const { WorkspaceRoomBridge } = require('./rooms');
const { WorkspaceMessageBridge } = require('./messages');
const { WorkspaceUiInteractionBridge } = require('./ui-interaction');
const { WorkspacePersistenceBridge } = require('./persistence');
const { WorkspaceServerSettingBridge } = require('./server-settings');
const { WorkspaceHttpBridge } = require('./http');
const { WorkspaceCloudBridge } = require('./cloud');
const { WorkspaceEmailBridge } = require('./email');
const { WorkspaceRoleBridge } = require('./roles');
const { WorkspaceEnvironmentBridge } = require('./environment');
const { WorkspaceSchedulerBridge } = require('./scheduler');
const { WorkspaceCommandBridge } = require('./commands');
const { WorkspaceApiBridge } = require('./api');
const { WorkspaceListenerBridge } = require('./listener');
const { WorkspaceActivationBridge } = require('./activation');
const { WorkspaceAppDetailChangesBridge } = require('./app-details');
const { WorkspaceInternalBridge } = require('./internal');
const { WorkspaceFederationBridge } = require('./federation');
const { WorkspaceUploadBridge } = require('./uploads');
const { unsupported } = require('./unsupported');

const bridges = engineRequire('@rocket.chat/apps-engine/server/bridges');
const { ThreadBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges/ThreadBridge');

class WorkspaceBridges extends bridges.AppBridges {
  /**
   * @param {import('../workspace').Workspace} ws
   * @param {import('../store').JsonStore} store
   * @param {{schedulerTickMs?: number}} [options]
   */
  constructor(ws, store, options = {}) {
    super();
    this.users = new WorkspaceUserBridge(ws);
    this.rooms = new WorkspaceRoomBridge(ws);
    this.messages = new WorkspaceMessageBridge(ws);
    this.ui = new WorkspaceUiInteractionBridge(ws);
    this.persistence = new WorkspacePersistenceBridge(store);
    this.serverSettings = new WorkspaceServerSettingBridge(ws);
    this.http = new WorkspaceHttpBridge();
    this.cloud = new WorkspaceCloudBridge(ws);
    this.email = new WorkspaceEmailBridge(ws);
    this.roles = new WorkspaceRoleBridge();
    this.environment = new WorkspaceEnvironmentBridge(ws);
    this.scheduler = new WorkspaceSchedulerBridge(store, { tickMs: options.schedulerTickMs });
    this.commands = new WorkspaceCommandBridge();
    this.api = new WorkspaceApiBridge();
    this.listener = new WorkspaceListenerBridge();
    this.activation = new WorkspaceActivationBridge();
    this.appDetails = new WorkspaceAppDetailChangesBridge();
    this.internal = new WorkspaceInternalBridge(ws);
    this.federation = new WorkspaceFederationBridge(store);
    this.livechat = unsupported(bridges.LivechatBridge, 'Omnichannel');
    this.upload = new WorkspaceUploadBridge(ws);
    this.videoConference = unsupported(bridges.VideoConferenceBridge, 'Video conferencing');
    this.oauthApps = unsupported(bridges.OAuthAppsBridge ?? class {}, 'OAuth apps');
    this.moderation = unsupported(bridges.ModerationBridge, 'Moderation');
    this.thread = unsupported(ThreadBridge, 'Threads');
    this.contact = unsupported(bridges.ContactBridge, 'Omnichannel contacts');
    this.outbound = unsupported(bridges.OutboundMessageBridge, 'Outbound messages');
    this.experimental = unsupported(bridges.ExperimentalBridge, 'Experimental APIs');
  }

  getCommandBridge() {
    return this.commands;
  }
  getContactBridge() {
    return this.contact;
  }
  getApiBridge() {
    return this.api;
  }
  getAppDetailChangesBridge() {
    return this.appDetails;
  }
  getEnvironmentalVariableBridge() {
    return this.environment;
  }
  getHttpBridge() {
    return this.http;
  }
  getListenerBridge() {
    return this.listener;
  }
  getLivechatBridge() {
    return this.livechat;
  }
  getMessageBridge() {
    return this.messages;
  }
  getPersistenceBridge() {
    return this.persistence;
  }
  getAppActivationBridge() {
    return this.activation;
  }
  getRoomBridge() {
    return this.rooms;
  }
  getInternalBridge() {
    return this.internal;
  }
  getInternalFederationBridge() {
    return this.federation;
  }
  getServerSettingBridge() {
    return this.serverSettings;
  }
  getUploadBridge() {
    return this.upload;
  }
  getEmailBridge() {
    return this.email;
  }
  getUserBridge() {
    return this.users;
  }
  getUiInteractionBridge() {
    return this.ui;
  }
  getSchedulerBridge() {
    return this.scheduler;
  }
  getCloudWorkspaceBridge() {
    return this.cloud;
  }
  getVideoConferenceBridge() {
    return this.videoConference;
  }
  getOAuthAppsBridge() {
    return this.oauthApps;
  }
  getModerationBridge() {
    return this.moderation;
  }
  getThreadBridge() {
    return this.thread;
  }
  getRoleBridge() {
    return this.roles;
  }
  getOutboundMessageBridge() {
    return this.outbound;
  }
  getExperimentalBridge() {
    return this.experimental;
  }
}

module.exports = { WorkspaceBridges };
