// The bare baseline app of `npm run bench` (test/bench/bare-app), packaged as the server takes an
// app: a zip with app.json, the class file bundled into one CommonJS module (the engine's
// `require` gives it @rocket.chat/apps-engine), and the icon. One module on purpose: the shared
// single-file packager (`packageApp` of .tools/bundle.mjs) can take its place.
import { readFileSync, mkdirSync, createWriteStream, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import yazl from 'yazl';

/**
 * Builds the app in `sourceDir` (app.json, its classFile, its icon) into `outZip`.
 * @returns {Promise<{zipPath: string, bytes: number, manifest: any}>}
 */
export async function packageBare({ sourceDir, outZip }) {
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'app.json'), 'utf8'));
  const bundled = await build({
    entryPoints: [join(sourceDir, manifest.classFile)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'es2020',
    external: ['@rocket.chat/apps-engine'],
    logLevel: 'silent',
  });
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'app.json');
  zip.addBuffer(Buffer.from(bundled.outputFiles[0].text), manifest.classFile.replace(/\.ts$/, '.js'));
  if (manifest.iconFile) zip.addBuffer(readFileSync(join(sourceDir, manifest.iconFile)), manifest.iconFile);
  zip.end();
  mkdirSync(dirname(outZip), { recursive: true });
  await new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(outZip)).on('close', resolve).on('error', reject);
  });
  return { zipPath: outZip, bytes: statSync(outZip).size, manifest };
}
