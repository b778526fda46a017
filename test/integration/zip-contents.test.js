// The packaged zip holds the app and nothing else: the manifest (with the `implements` list the
// engine reads), the icon, every translation and ONE .js, the app bundled (so the engine does not
// bundle it again at every start; .tools/bundle.mjs), and no file from test/, the sources or the tooling.
const { readFileSync, readdirSync } = require('fs');
const { inflateRawSync } = require('zlib');
const { join } = require('path');

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const zipPath = join(root, 'dist', `${manifest.nameSlug}_${manifest.version}.zip`);
// The bundle is mostly the message catalogue (five languages); unbundled, rc-apps' zip was 316 KB.
const MAX_ZIP_BYTES = 200 * 1024;
// What the Deno runtime lets an app require (deno-runtime/handlers/app/construct.ts).
const ALLOWED =
  'path url crypto buffer stream net http https zlib util punycode os querystring fs uuid'.split(' ');

/** The entries of a zip (enough of the format to read the stored and deflated ones). */
function zipEntries(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('broken central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + compressedSize);
    entries.set(name, () => (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the packaged app', () => {
  const zip = readFileSync(zipPath);
  const entries = zipEntries(zip);
  const names = [...entries.keys()];
  const classJs = manifest.classFile.replace(/\.ts$/, '.js');

  it('holds the manifest, the icon and every translation', () => {
    expect(names).toEqual(expect.arrayContaining(['app.json', manifest.iconFile]));
    const languages = readdirSync(join(root, 'i18n')).map((f) => `i18n/${f}`);
    expect(languages.length).toBe(5);
    expect(names).toEqual(expect.arrayContaining(languages));
  });

  it('holds exactly one .js, the bundled main class, and no TypeScript', () => {
    expect(classJs).toBe('src/PrivacyCenterApp.js');
    expect(names.filter((name) => name.endsWith('.js'))).toEqual([classJs]);
    expect(names.filter((name) => /\.ts$|\.map$/.test(name))).toEqual([]);
  });

  it('requires nothing the runtime does not provide: the app is bundled', () => {
    const code = entries.get(classJs)();
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.some((name) => name.startsWith('@rocket.chat/apps-engine/'))).toBe(true);
    const stray = required.filter(
      (name) =>
        !name.startsWith('@rocket.chat/apps-engine/') && !ALLOWED.includes(name.replace(/^node:/, '')),
    );
    expect(stray).toEqual([]);
  });

  it('holds nothing from the tests, the tooling or the project files', () => {
    const stray = names.filter(
      (name) =>
        /^(test|\.tools|\.ci|node_modules|dist|coverage)\//.test(name) ||
        ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md'].includes(name),
    );
    expect(stray).toEqual([]);
  });

  it(`is at most ${MAX_ZIP_BYTES / 1024} KB`, () => {
    expect(zip.length).toBeLessThanOrEqual(MAX_ZIP_BYTES);
  });

  it('packs app.json as written, with the event interfaces the main class implements', () => {
    const packaged = JSON.parse(entries.get('app.json')());
    expect({ ...packaged, implements: [] }).toEqual({ ...manifest, implements: [] });
    expect(packaged.implements.sort()).toEqual(['IPostUserDeleted', 'IPostUserLoggedIn']);
  });

  it('asks for exactly the permissions in app.json', () => {
    const packaged = JSON.parse(entries.get('app.json')());
    expect(packaged.permissions.map((p) => p.name).sort()).toEqual(
      [
        'api',
        'cloud.workspace-token',
        'email.send',
        'networking',
        'message.write',
        'persistence',
        'room.read',
        'room.write',
        'scheduler',
        'server-setting.read',
        'slashcommand',
        'ui.interact',
        'upload.write',
        'ui.registerButtons',
        'user.read',
      ].sort(),
    );
  });
});
