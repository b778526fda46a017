// Packages the app with `rc-apps package` from a staging folder that holds only the app's own
// files: the packager compiles every .ts it finds, so test/ must never be in its sight.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
// Outside the project: the compiler would otherwise pick up the project's node_modules/@types.
const staging = join(tmpdir(), `privacy-center-staging-${process.pid}`);
const manifest = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const zipName = `${manifest.nameSlug}_${manifest.version}.zip`;

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
for (const entry of ['app.json', 'icon.png', 'i18n', 'src']) {
  cpSync(join(root, entry), join(staging, entry), { recursive: true });
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(
  join(staging, 'package.json'),
  JSON.stringify(
    { name: pkg.name, version: manifest.version, private: true, devDependencies: pkg.devDependencies },
    null,
    2,
  ),
);
// The app itself uses no Node or jest types: keep the packager from loading them.
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
tsconfig.compilerOptions.types = ['node'];
tsconfig.include = ['src/**/*.ts'];
writeFileSync(join(staging, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
// Only what the compiler needs: the engine's definitions, the UIKit types and TypeScript itself
// (a whole node_modules brings @types/* that the packager's compiler host cannot resolve).
mkdirSync(join(staging, 'node_modules'));
for (const dep of ['@rocket.chat', 'typescript', '@types']) {
  symlinkSync(join(root, 'node_modules', dep), join(staging, 'node_modules', dep), 'dir');
}

try {
  execFileSync(join(root, 'node_modules', '.bin', 'rc-apps'), ['package'], {
    cwd: staging,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''));
  console.error('rc-apps package failed (see above).');
  process.exit(1);
}
const built = join(staging, 'dist', zipName);
if (!existsSync(built)) {
  console.error(`rc-apps package did not write ${zipName}`);
  process.exit(1);
}
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(built, join(root, 'dist', zipName));
rmSync(staging, { recursive: true, force: true });
console.log(`packaged dist/${zipName}`);
