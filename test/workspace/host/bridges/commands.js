'use strict';
/** The server's slash-command registry, as far as the apps are concerned. */
const { engineRequire } = require('../runtime-env');

const { CommandBridge } = engineRequire('@rocket.chat/apps-engine/server/bridges');

class WorkspaceCommandBridge extends CommandBridge {
  constructor() {
    super();
    /** @type {Map<string, {appId: string, enabled: boolean, command: any}>} */
    this.commands = new Map();
  }

  async doesCommandExist(command) {
    return this.commands.has(command.toLowerCase());
  }

  async enableCommand(command) {
    const entry = this.commands.get(command.toLowerCase());
    if (entry) entry.enabled = true;
  }

  async disableCommand(command) {
    const entry = this.commands.get(command.toLowerCase());
    if (entry) entry.enabled = false;
  }

  async modifyCommand(command, appId) {
    this.commands.set(command.command.toLowerCase(), { appId, enabled: true, command: plain(command) });
  }

  async registerCommand(command, appId) {
    this.commands.set(command.command.toLowerCase(), { appId, enabled: true, command: plain(command) });
  }

  async unregisterCommand(command) {
    this.commands.delete(command.toLowerCase());
  }
}

const plain = (c) => ({
  command: c.command,
  i18nParamsExample: c.i18nParamsExample,
  i18nDescription: c.i18nDescription,
  providesPreview: c.providesPreview,
});

module.exports = { WorkspaceCommandBridge };
