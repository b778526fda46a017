// `npm test`: packages the app (integration tests load the zip), runs every jest suite once
// (unit, integration, browser) and ends with the plain line `N passed, N failed` over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, '.jest-results.json');
// Each integration and browser file appends what its secret scan saw (test/integration/helpers/stopHosts.js).
const secretScan = join(root, '.jest-secret-scan.jsonl');
const extra = process.argv.slice(2);

const pack = spawnSync(process.execPath, [join(root, '.tools', 'package.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (pack.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
rmSync(results, { force: true });
rmSync(secretScan, { force: true });
const jest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--ci',
    '--coverage',
    '--json',
    `--outputFile=${results}`,
    ...extra,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', PRIVACY_SECRET_SCAN_SUMMARY: secretScan },
  },
);
if (!existsSync(results)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const summary = JSON.parse(readFileSync(results, 'utf8'));
// A suite that fails to load has no test results of its own, and one whose last step failed (the
// secret scan) none that failed: count each as one failure.
const brokenSuites = summary.testResults.filter(
  (s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed'),
).length;
const passed = summary.numPassedTests;
// Jest can fail with every test passing (the coverage threshold): count that as one failure.
const failed = summary.numFailedTests + brokenSuites || (jest.status === 0 ? 0 : 1);
const ok = jest.status === 0 && failed === 0 && passed > 0;
if (existsSync(secretScan)) {
  const files = readFileSync(secretScan, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return []; // a line cut short: the summary is a report, not a check
      }
    });
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  console.log(
    `secret scan: ${files.length} files, ${sum('sources')} hosts and endpoints, ${sum('items')} items scanned in ${sum('ms')} ms, ${sum('hits')} hits (${sum('allowed')} allowed on purpose)`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
