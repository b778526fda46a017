// `npm test`: packages the app (integration tests load the zip), runs every jest suite once
// (unit, integration, browser) and ends with the plain line `N passed, N failed` over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, '.jest-results.json');
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
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } },
);
if (!existsSync(results)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const summary = JSON.parse(readFileSync(results, 'utf8'));
// A suite that fails to load has no test results of its own: count it as one failure.
const brokenSuites = summary.testResults.filter(
  (s) => s.status === 'failed' && s.assertionResults.length === 0,
).length;
const passed = summary.numPassedTests;
// Jest can fail with every test passing (the coverage threshold): count that as one failure.
const failed = summary.numFailedTests + brokenSuites || (jest.status === 0 ? 0 : 1);
const ok = jest.status === 0 && failed === 0 && passed > 0;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
