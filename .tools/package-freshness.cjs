'use strict';
/**
 * Whether dist/<slug>_<version>.zip is newer than everything it is built from, so that
 * `node .tools/package.mjs` can skip bundling when nothing changed. package.mjs dates the zip at
 * the moment it read the sources, so a file saved while esbuild was bundling still counts as newer.
 */
const fs = require('node:fs');
const path = require('node:path');

/** What the zip is built from (files or folders, relative to the project root). */
const SOURCES = ['src', 'app.json', 'i18n', 'icon.png', 'package.json', 'tsconfig.json', '.tools/bundle.mjs'];

/** @returns {{file: string, mtimeMs: number} | undefined} the newest file under `entry` */
function newestUnder(entry) {
  if (!fs.existsSync(entry)) return undefined;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return { file: entry, mtimeMs: stat.mtimeMs };
  let newest;
  for (const name of fs.readdirSync(entry)) {
    const found = newestUnder(path.join(entry, name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * @param {string} root the project root
 * @param {string} zipPath the packaged app
 * @returns {{fresh: boolean, reason: string}} a sentence saying why it is (not) fresh
 */
function packageFreshness(root, zipPath) {
  const zip = path.relative(root, zipPath);
  if (!fs.existsSync(zipPath)) return { fresh: false, reason: `${zip} is missing` };
  const zipTime = fs.statSync(zipPath).mtimeMs;
  for (const source of SOURCES) {
    const newest = newestUnder(path.join(root, source));
    if (newest && newest.mtimeMs > zipTime)
      return { fresh: false, reason: `${path.relative(root, newest.file)} changed after ${zip} was built` };
  }
  return { fresh: true, reason: `${zip} is newer than every source file (${SOURCES.join(', ')})` };
}

module.exports = { packageFreshness, SOURCES };
