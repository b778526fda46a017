'use strict';
/**
 * Every test file's last step (jest setupFilesAfterEnv, integration and browser):
 * - a workspace host its file did not stop (a start that timed out, a hook that threw) is stopped
 *   here, so no runtime process outlives its file and keeps the test run from ending;
 * - issue 14: the secrets the file gave its hosts and reference endpoints (the app's password
 *   settings, the endpoint's token and signing secret; values under 8 characters are not looked
 *   for) must appear in nothing a host or endpoint showed (messages, views, logs, e-mails,
 *   uploads, stored records, answers, HTTP bodies): see test/workspace/host/secret-scan.js. A
 *   secret found fails the file, naming where (never the secret: its first 3 characters and
 *   length). A host or endpoint that shows one on purpose says why: `host.allowSecretEcho = '...'`.
 *
 * jest runs this file's afterAll before the test file's own afterAll hooks: the hosts are stopped
 * (and scanned) here, what the file's afterAll does after that is not scanned.
 */
const fs = require('node:fs');
const path = require('node:path');
const { stopEveryHost, secretScan } = require('../../workspace');

afterAll(async () => {
  await stopEveryHost();
  secretScan.scanLiveSources();
  const scanned = secretScan.takeScanResult();
  const summary = process.env.PRIVACY_SECRET_SCAN_SUMMARY;
  if (summary && scanned.sources > 0) {
    const file = path.relative(process.cwd(), expect.getState().testPath ?? '');
    const { sources, secrets, items, ms } = scanned;
    const line = { file, sources, secrets, items, ms };
    fs.appendFileSync(
      summary,
      `${JSON.stringify({ ...line, hits: scanned.hits.length, allowed: scanned.allowed.length })}\n`,
    );
  }
  if (scanned.hits.length)
    throw new Error(
      `A secret appeared where it does not belong (issue 14), ${scanned.hits.length} time(s):\n${secretScan.describeHits(scanned.hits)}`,
    );
});
