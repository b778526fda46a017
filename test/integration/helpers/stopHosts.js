'use strict';
/**
 * Every test file's last step (jest setupFilesAfterEnv, integration and browser): a workspace host
 * its file did not stop (a start that timed out, a hook that threw) is stopped here, so no runtime
 * process outlives its file and keeps the test run from ending.
 */
const { stopEveryHost } = require('../../workspace');

afterAll(() => stopEveryHost());
