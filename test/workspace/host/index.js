'use strict';
/** The local workspace host (see README.md in test/workspace). */
const { WorkspaceHost } = require('./WorkspaceHost');
const { SEED_USERS } = require('./seed');
const { DEPLOYMENTS } = require('./workspace');
const { checkRuntime } = require('./runtime-env');

module.exports = { WorkspaceHost, SEED_USERS, DEPLOYMENTS, checkRuntime };
