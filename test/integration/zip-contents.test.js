// The packaged zip holds the app and nothing else: the manifest, the icon, every translation,
// the compiled app (one .js per src/ .ts) and no file from test/ or the tooling.
const { readFileSync, readdirSync } = require('fs');
const { join, relative } = require('path');

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const zipPath = join(root, 'dist', `${manifest.nameSlug}_${manifest.version}.zip`);

/** Names in a zip's central directory (enough of the format to list it; no extraction). */
function zipEntries(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the packaged app', () => {
  const entries = zipEntries(readFileSync(zipPath));

  it('holds the manifest, the icon and every translation', () => {
    expect(entries).toEqual(expect.arrayContaining(['app.json', 'icon.png']));
    const languages = readdirSync(join(root, 'i18n')).map((f) => `i18n/${f}`);
    expect(languages.length).toBe(5);
    expect(entries).toEqual(expect.arrayContaining(languages));
  });

  it('holds the compiled app: one .js for every .ts under src/', () => {
    const expected = sourceFiles(join(root, 'src')).map((f) => relative(root, f).replace(/\.ts$/, '.js'));
    expect(expected).toContain('src/PrivacyCenterApp.js');
    expect(entries).toEqual(expect.arrayContaining(expected));
  });

  it('holds nothing from the tests or the tooling', () => {
    const stray = entries.filter((name) => /^(test|\.tools|\.ci|node_modules|dist|coverage)\//.test(name));
    expect(stray).toEqual([]);
  });

  it('asks for exactly the permissions in app.json', () => {
    const packaged = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
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
