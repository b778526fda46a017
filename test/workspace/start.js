'use strict';
/**
 * `npm start` (after .tools/start.mjs has packaged the app): the local workspace on 127.0.0.1.
 * The real Apps-Engine runtime runs dist/<slug>_<version>.zip around our host; the reference DSR
 * endpoint runs beside it (or DSR_ENDPOINT_URL names a real vendor endpoint); the playground
 * page and its JSON API are served on PORT (default 3300).
 *
 * Environment: PORT, WORKSPACE_STORE (default .store/workspace; kept between runs, as a server's
 * database is), DEPLOYMENT (registered | unregistered | failing | cloud | community),
 * DSR_ENDPOINT_URL. Flag: --fresh (start from an empty store).
 */
const fs = require('node:fs');
const path = require('node:path');
const {
  WorkspaceHost,
  createWorkspaceServer,
  startReferenceEndpoint,
  READER_ACCESS,
  manifest,
  zipPath,
  secretScan,
} = require('./index');

const root = path.resolve(__dirname, '..', '..');
/** App settings that take the DSR endpoint's URL, when the app has one and it is empty. */
const ENDPOINT_SETTING = /(dsr|endpoint).*(url|endpoint)|endpoint/i;
const EARLIER_REFERENCE = /^http:\/\/127\.0\.0\.1:\d+\/dsr\/?$/;

async function startEndpoint() {
  if (process.env.DSR_ENDPOINT_URL) return { url: process.env.DSR_ENDPOINT_URL, kind: 'external' };
  const reference = await startReferenceEndpoint({ port: 0 });
  return { url: reference.url, kind: 'reference', reference };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

async function main() {
  if (!fs.existsSync(zipPath))
    throw new Error(
      `${path.relative(root, zipPath)} is missing: run \`node .tools/package.mjs\` (npm start does).`,
    );
  const storeDir = path.resolve(root, process.env.WORKSPACE_STORE ?? path.join('.store', 'workspace'));
  if (process.argv.includes('--fresh')) fs.rmSync(storeDir, { recursive: true, force: true });

  const host = new WorkspaceHost();
  const endpoint = await startEndpoint();
  const server = createWorkspaceServer({ host, endpoint });
  const port = await listen(server, Number(process.env.PORT ?? 3300));
  const siteUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  console.log(
    `starting the runtime (${path.relative(root, zipPath)} in Apps-Engine 1.62.0 and Deno; the page at ${siteUrl}/ answers once it is up)...`,
  );
  // The host refuses a mode it does not know, naming the ones it does.
  const deployment = /** @type {import('./host/workspace').DeploymentMode | undefined} */ (
    process.env.DEPLOYMENT || undefined
  );
  await host.start({ storeDir, zipPath, siteUrl, deployment });

  if (endpoint) {
    // Fill the app's endpoint URL setting when it is empty, still names the reference endpoint
    // of an earlier run (its port changes every run), or DSR_ENDPOINT_URL names another one.
    const setting = host.appSettings().find((s) => s.type === 'string' && ENDPOINT_SETTING.test(s.id));
    const stale = !setting?.value || EARLIER_REFERENCE.test(setting.value) || endpoint.kind === 'external';
    if (setting && stale && setting.value !== endpoint.url) {
      // The reference endpoint listens on 127.0.0.1, which the app refuses unless its
      // development setting allows local endpoint addresses: this is a development workspace.
      const allowLocal = host.appSettings().find((s) => s.id === 'dsr_allow_local_endpoint');
      if (
        allowLocal &&
        allowLocal.value !== true &&
        /^https?:\/\/(127\.|localhost|\[::1\])/.test(endpoint.url)
      )
        await host.setAppSetting(allowLocal.id, true);
      await host.setAppSetting(setting.id, endpoint.url);
    }
  }

  // What an admin does once for `/privacy apps`: give the app the personal access token of a
  // dedicated user without admin rights for the workspace's own REST API (left alone when set).
  const settings = new Map(host.appSettings().map((s) => [s.id, s]));
  const userIdSetting = settings.get('apps_api_user_id');
  if (userIdSetting && !userIdSetting.value && !settings.get('apps_api_token')?.value) {
    await host.setAppSetting('apps_api_user_id', READER_ACCESS.userId);
    await host.setAppSetting('apps_api_token', READER_ACCESS.token);
  }

  console.log(`Privacy Center workspace: ${siteUrl}/`);
  console.log(
    `  app ${manifest.name} ${manifest.version}: ${await host.appStatus()} in ${Date.now() - started} ms (store: ${path.relative(root, storeDir)})`,
  );
  console.log(`  deployment: ${host.workspace.deployment} (Site_Url ${host.workspace.siteUrl})`);
  console.log(`  DSR endpoint: ${endpoint ? `${endpoint.url} (${endpoint.kind})` : 'none'}`);
  console.log('  API: test/workspace/README.md. Stop with Ctrl+C.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections?.();
    await host.stop().catch(() => {});
    await endpoint?.reference?.close().catch(() => {});
    reportSecretScan();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Issue 14: with WORKSPACE_SECRET_SCAN set (the browser tests set it), what the secret scan found in
 * this run (host/secret-scan.js: the host was scanned when it stopped, the endpoint is now) is
 * written there as JSON, for the test that started this workspace to fail on a hit.
 */
function reportSecretScan() {
  const file = process.env.WORKSPACE_SECRET_SCAN;
  if (!file) return;
  secretScan.scanLiveSources();
  const scanned = secretScan.takeScanResult();
  const { sources, secrets, items, ms, hits, allowed } = scanned;
  const report = { sources, secrets, items, ms, hits: hits.length, allowed: allowed.length };
  fs.writeFileSync(file, JSON.stringify({ ...report, found: secretScan.describeHits(hits) }));
}

main().catch((error) => {
  console.error(`The local workspace did not start: ${error.message}`);
  process.exit(1);
});
