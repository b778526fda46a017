'use strict';
/**
 * `node .tools/package.mjs` skips bundling only while dist/<zip> is newer than every
 * file it is built from (so `npm test`, `npm start` and the bench package again after a change,
 * and not otherwise). The check, over a project folder made here with dated files.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { packageFreshness, SOURCES } = require('../../.tools/package-freshness.cjs');

const HOUR = 3_600_000;
let root;
let zip;

/** Writes `file` under the fake project and dates it `ageMs` ago (negative: in the future). */
function put(file, ageMs, text = 'x') {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  const at = new Date(Date.now() - ageMs);
  fs.utimesSync(full, at, at);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-center-freshness-'));
  zip = path.join(root, 'dist', 'privacy-center_0.1.0.zip');
  for (const file of ['src/PrivacyCenterApp.ts', 'src/core/i18n/messages/de.ts', 'app.json'])
    put(file, 3 * HOUR);
  for (const file of ['i18n/de.json', 'icon.png', 'package.json', 'tsconfig.json', '.tools/bundle.mjs'])
    put(file, 3 * HOUR);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it('covers what the zip is built from', () => {
  expect(SOURCES).toEqual(
    expect.arrayContaining([
      'src',
      'app.json',
      'i18n',
      'icon.png',
      'package.json',
      'tsconfig.json',
      '.tools/bundle.mjs',
    ]),
  );
});

it('is not fresh when there is no zip', () => {
  expect(packageFreshness(root, zip)).toEqual({
    fresh: false,
    reason: 'dist/privacy-center_0.1.0.zip is missing',
  });
});

it('is fresh when the zip is newer than every source file', () => {
  put('dist/privacy-center_0.1.0.zip', HOUR);
  expect(packageFreshness(root, zip)).toMatchObject({ fresh: true });
});

it.each([
  'src/core/i18n/messages/de.ts',
  'src/engine/new-file.ts',
  'app.json',
  'i18n/de.json',
  'icon.png',
  'package.json',
  'tsconfig.json',
  '.tools/bundle.mjs',
])('is stale when %s changed after the zip was built', (file) => {
  put('dist/privacy-center_0.1.0.zip', HOUR);
  put(file, HOUR / 2);
  expect(packageFreshness(root, zip)).toEqual({
    fresh: false,
    reason: `${file} changed after dist/privacy-center_0.1.0.zip was built`,
  });
});

it('ignores files the zip is not built from', () => {
  put('dist/privacy-center_0.1.0.zip', HOUR);
  put('test/integration/some.test.js', 0);
  put('README.md', 0);
  expect(packageFreshness(root, zip)).toMatchObject({ fresh: true });
});
