// A staging folder holding only the app's own files, for `rc-apps deploy` (npm run deploy; packaging
// no longer uses rc-apps, see bundle.mjs): it compiles every .ts it finds in its folder, so test/
// must never be in its sight.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';

export const root = resolve(import.meta.dirname, '..');
export const manifest = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
export const zipName = `${manifest.nameSlug}_${manifest.version}.zip`;

/** Makes the staging folder (outside the project, so the compiler cannot pick up its node_modules/@types). */
export function makeStaging() {
  const staging = join(tmpdir(), `privacy-center-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const entry of ['app.json', 'icon.png', 'i18n', 'src']) {
    cpSync(join(root, entry), join(staging, entry), { recursive: true });
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const staged = {
    name: pkg.name,
    version: manifest.version,
    private: true,
    devDependencies: pkg.devDependencies,
  };
  writeFileSync(join(staging, 'package.json'), JSON.stringify(staged, null, 2));
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  tsconfig.compilerOptions.types = ['node'];
  tsconfig.include = ['src/**/*.ts'];
  writeFileSync(join(staging, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  // Only what the compiler needs: the engine's definitions, the UIKit types, TypeScript and the
  // Node types it loads by default (@types/node 16: later ones do not compile in its host).
  mkdirSync(join(staging, 'node_modules'));
  for (const dep of ['@rocket.chat', 'typescript', '@types']) {
    symlinkSync(join(root, 'node_modules', dep), join(staging, 'node_modules', dep), 'dir');
  }
  return staging;
}

export function removeStaging(staging) {
  rmSync(staging, { recursive: true, force: true });
}

/** Runs rc-apps in the staging folder; prints its output and exits on failure. */
export function rcApps(staging, args, what) {
  try {
    return execFileSync(join(root, 'node_modules', '.bin', 'rc-apps'), args, {
      cwd: staging,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''));
    console.error(`rc-apps ${what} failed (see above).`);
    removeStaging(staging);
    process.exit(1);
  }
}
