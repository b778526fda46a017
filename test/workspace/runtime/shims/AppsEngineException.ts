// The runtime's one value import from the engine's unpublished `src/` folder. Load the compiled
// class through the runtime's own `lib/require.ts`, so that `instanceof` checks elsewhere in the
// runtime (which require the same file) see the very same class.
// deno-lint-ignore-file no-explicit-any
import { require } from '../node_modules/@rocket.chat/apps-engine/deno-runtime/lib/require.ts';

const mod = require('@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.js') as {
  AppsEngineException: any;
};

export const AppsEngineException = mod.AppsEngineException;
export type AppsEngineException = InstanceType<typeof mod.AppsEngineException>;
