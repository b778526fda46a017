// Copies the table of bench/report.json into the README's Speed section (between its markers):
// `node .tools/bench/readme.mjs` after a run, or `npm run bench -- --readme` for both at once.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { withReadmeTable } = require('./report.cjs');

/** Rewrites README.md at `root` with the report at bench/report.json. */
export function refreshReadme(root) {
  const report = JSON.parse(readFileSync(join(root, 'bench', 'report.json'), 'utf8'));
  const readme = join(root, 'README.md');
  writeFileSync(readme, withReadmeTable(readFileSync(readme, 'utf8'), report));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  refreshReadme(resolve(import.meta.dirname, '..', '..'));
  console.log('README.md: Speed table copied from bench/report.json');
}
