// Packages a Rocket.Chat app folder into the zip the server installs, without rc-apps: esbuild
// bundles the app's classFile (and everything it imports) into ONE CommonJS file, and the zip holds
// that file, app.json, the icon and i18n/*.json. With a single .js file the engine (1.62,
// AppsEngineDenoRuntime.setupApp) does not bundle the app again at every start.
//
// What rc-apps did and is kept here: `implements` in app.json is filled from the classFile's
// `implements` clause (the engine calls only the listed event handlers), the permissions are checked
// against the engine's list, and the main class must be the first export and extend the engine's App
// (the Deno runtime constructs `Object.values(exports)[0]`). It does not typecheck (`npm run typecheck`).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import yazl from 'yazl';

const toolsRoot = resolve(import.meta.dirname, '..');
const ENGINE = '@rocket.chat/apps-engine';
// What the Deno runtime lets an app require (deno-runtime/handlers/app/construct.ts, engine 1.62).
const ALLOWED_MODULES = [
  'path',
  'url',
  'crypto',
  'buffer',
  'stream',
  'net',
  'http',
  'https',
  'zlib',
  'util',
  'punycode',
  'os',
  'querystring',
  'fs',
  'uuid',
];
// Fixed date for every zip entry: the same sources give the same zip, byte for byte.
const ENTRY_DATE = new Date('2020-01-01T00:00:00Z');

/** A failure the caller reports as one sentence (no stack). */
export class PackageError extends Error {}

/** `require` that finds the engine's definitions from the app folder, else from this project. */
function engineRequire(sourceDir) {
  for (const base of [sourceDir, toolsRoot]) {
    const req = createRequire(join(base, 'app.json'));
    try {
      req.resolve(`${ENGINE}/definition/App`);
      return req;
    } catch {
      // next base
    }
  }
  throw new PackageError(`${ENGINE} is not installed (needed to check the app)`);
}

/**
 * Interface names in the `implements` clauses of the classes declared in `file`, as rc-apps read
 * them (it parsed with TypeScript; loading TypeScript alone takes longer than the whole bundle, and
 * a class header is regular enough: comments are dropped first, generic arguments ignored).
 */
function implementedInterfaces(file) {
  const source = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/^\s*\/\/.*$/gm, '');
  const header = /\bclass\s+[\w$]+\s*(?:<[^{]*?>\s*)?(?:extends\s+[^{]*?\s)?implements\s+([^{]+)\{/g;
  return [...source.matchAll(header)].flatMap((match) =>
    match[1]
      .replace(/<[^<>]*>/g, '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

function checkPermissions(req, manifest) {
  const { AppPermissions } = req(`${ENGINE}/server/permissions/AppPermissions`);
  const known = Object.values(AppPermissions).flatMap((scope) => Object.values(scope).map((p) => p.name));
  for (const permission of manifest.permissions ?? []) {
    if (!known.includes(permission?.name))
      throw new PackageError(`app.json asks for an unknown permission "${permission?.name}"`);
  }
}

/** Runs the bundle as the Deno runtime will, and checks its first export is the App class. */
function checkMainClass(req, code, classFile) {
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(req, module, module.exports);
  const AppClass = Object.values(module.exports)[0];
  const { App } = req(`${ENGINE}/definition/App`);
  const app =
    typeof AppClass === 'function'
      ? new AppClass({ name: '', requiredApiVersion: '', author: { name: '' } }, { debug() {} })
      : undefined;
  if (!(app instanceof App))
    throw new PackageError(
      `${classFile} must export (first, or as default) a class extending ${ENGINE}'s App`,
    );
}

function writeZip(entries, outZip) {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name, { compress: true, mtime: ENTRY_DATE });
  zip.end();
  mkdirSync(dirname(outZip), { recursive: true });
  const partial = `${outZip}.partial-${process.pid}`;
  return new Promise((resolvePromise, reject) => {
    zip.outputStream
      .pipe(createWriteStream(partial))
      .on('close', () => {
        renameSync(partial, outZip);
        resolvePromise();
      })
      .on('error', (error) => {
        rmSync(partial, { force: true });
        reject(error);
      });
  });
}

/**
 * Packages the app in `sourceDir` into `outZip` (written whole or not at all).
 * @param {{sourceDir: string, appJson?: string, outZip: string, minify?: boolean}} options
 *   appJson: the manifest, relative to sourceDir (default app.json); its classFile, iconFile and the
 *   folder i18n/ are read from sourceDir.
 * @returns {Promise<{zip: string, bytes: number, entries: string[], jsBytes: number}>}
 * @throws {PackageError} with a one-line reason; esbuild errors come as PackageError too.
 */
export async function packageApp({ sourceDir, appJson = 'app.json', outZip, minify = true }) {
  const manifest = JSON.parse(readFileSync(join(sourceDir, appJson), 'utf8'));
  const classFile = manifest.classFile;
  if (!classFile || !existsSync(join(sourceDir, classFile)))
    throw new PackageError(`app.json's classFile (${classFile}) is missing`);
  const jsName = classFile.replace(/\.ts$/, '.js');
  const req = engineRequire(sourceDir);

  let result;
  try {
    // The same shape the engine's own bundler (server/runtime/deno/bundler.js) gives legacy apps.
    result = await build({
      entryPoints: [classFile],
      absWorkingDir: resolve(sourceDir),
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: ['node10'],
      minify,
      charset: 'utf8',
      legalComments: 'none',
      define: { 'global.Promise': 'Promise' },
      external: [`${ENGINE}/*`],
      metafile: true,
      logLevel: 'silent',
      // rc-apps compiled with these (ES2017 class fields are assignments; no project tsconfig needed).
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, experimentalDecorators: true } },
    });
  } catch (error) {
    const first = error.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    const more = error.errors?.length > 1 ? ` (and ${error.errors.length - 1} more)` : '';
    throw new PackageError(`esbuild: ${where}${first?.text ?? error.message}${more}`);
  }
  const code = result.outputFiles[0].text;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path } of output.imports.filter((i) => i.external)) {
      const name = path.replace(/^node:/, '');
      if (!name.startsWith(`${ENGINE}/`) && !ALLOWED_MODULES.includes(name))
        throw new PackageError(`the app requires "${path}", which the Rocket.Chat runtime does not allow`);
    }
  }
  checkMainClass(req, code, classFile);
  checkPermissions(req, manifest);
  const { AppInterface } = req(`${ENGINE}/definition/metadata`);
  manifest.implements = implementedInterfaces(join(sourceDir, classFile)).filter(
    (name) => !!AppInterface[name],
  );

  const entries = [
    ['.packagedby', Buffer.from(JSON.stringify({ tool: 'esbuild (.tools/bundle.mjs)' }))],
    ['app.json', Buffer.from(JSON.stringify(manifest, null, 4))],
    [jsName, Buffer.from(code)],
  ];
  if (manifest.iconFile && !existsSync(join(sourceDir, manifest.iconFile)))
    throw new PackageError(`app.json's iconFile (${manifest.iconFile}) is missing`);
  if (manifest.iconFile) entries.push([manifest.iconFile, readFileSync(join(sourceDir, manifest.iconFile))]);
  const i18n = join(sourceDir, 'i18n');
  if (existsSync(i18n)) {
    for (const file of readdirSync(i18n)
      .filter((f) => f.endsWith('.json'))
      .sort())
      entries.push([`i18n/${file}`, readFileSync(join(i18n, file))]);
  }
  await writeZip(entries, outZip);
  return {
    zip: outZip,
    bytes: readFileSync(outZip).length,
    entries: entries.map(([name]) => name),
    jsBytes: Buffer.byteLength(code),
  };
}
