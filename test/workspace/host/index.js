'use strict';
/** The generic Apps-Engine workspace host (see README.md in test/workspace; this app's wiring: ../index.js). */
const { WorkspaceHost, stopEveryHost } = require('./WorkspaceHost');
const { DEPLOYMENTS } = require('./workspace');
const { checkRuntime } = require('./runtime-env');
const { FAILURES: APPS_API_FAILURES } = require('./apps-rest');
const secretScan = require('./secret-scan');

module.exports = { WorkspaceHost, stopEveryHost, DEPLOYMENTS, APPS_API_FAILURES, checkRuntime, secretScan };
