// `npm run deploy`: rc-apps deploy from the same staging folder as `npm run package`.
// RC_URL, and either RC_USER_ID + RC_TOKEN (a personal access token) or RC_USERNAME + RC_PASSWORD.
// RC_UPDATE=1 updates an installed app instead of installing it.
import { makeStaging, rcApps, removeStaging } from './staging.mjs';

const { RC_URL, RC_USER_ID, RC_TOKEN, RC_USERNAME, RC_PASSWORD, RC_UPDATE } = process.env;
if (!RC_URL || !((RC_USER_ID && RC_TOKEN) || (RC_USERNAME && RC_PASSWORD))) {
  console.error(
    'Set RC_URL (e.g. https://chat.example.org) and either RC_USER_ID + RC_TOKEN (a personal access token of an admin)\n' +
      'or RC_USERNAME + RC_PASSWORD. Add RC_UPDATE=1 when the app is already installed.',
  );
  process.exit(2);
}
const credentials =
  RC_USER_ID && RC_TOKEN
    ? ['--userid', RC_USER_ID, '--token', RC_TOKEN]
    : ['--username', RC_USERNAME, '--password', RC_PASSWORD];
const staging = makeStaging();
const output = rcApps(
  staging,
  ['deploy', '--url', RC_URL, ...credentials, ...(RC_UPDATE === '1' ? ['--update'] : [])],
  'deploy',
);
process.stdout.write(String(output));
removeStaging(staging);
