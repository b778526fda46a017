/**
 * The Deno runtime (Apps-Engine 1.62) rewrites an app's code when its source holds `.usernames`,
 * `.isOnline(` or `.createToken(` (deprecated synchronous APIs that became async): every function
 * reading such a property is made async, and callers get a Promise where they expected a value (a
 * view built from `data.usernames[...]` reached the client empty). No file of src/ may hold them.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../../src');
const REWRITTEN = ['.usernames', '.isOnline(', '.createToken('];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('what the Deno runtime rewrites', () => {
  it('appears nowhere in the app’s source', () => {
    const found = files(SRC).flatMap((file) =>
      REWRITTEN.filter((word) => fs.readFileSync(file, 'utf8').includes(word)).map(
        (word) => `${path.relative(SRC, file)}: ${word}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
