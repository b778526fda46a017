// `npm run package`: rc-apps package from a staging folder; leaves dist/<nameSlug>_<version>.zip.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeStaging, rcApps, removeStaging, root, zipName } from './staging.mjs';

const staging = makeStaging();
rcApps(staging, ['package'], 'package');
const built = join(staging, 'dist', zipName);
if (!existsSync(built)) {
  console.error(`rc-apps package did not write ${zipName}`);
  process.exit(1);
}
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(built, join(root, 'dist', zipName));
removeStaging(staging);
console.log(`packaged dist/${zipName}`);
