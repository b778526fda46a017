// Offline stand-in for `jsr:@std/cli/parse-args`: the runtime parses only its own command line
// (`--subprocess <appId> --spawnId <n> [--metricsReportFrequencyInMs <n>]`). Supports
// `--key value`, `--key=value`, bare `--flag` (true), numeric values as numbers (as @std/cli
// does), and collects the rest under `_`.
export type Args = { _: Array<string | number>; [key: string]: unknown };

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
const toValue = (raw: string): string | number => (NUMBER.test(raw) ? Number(raw) : raw);

export function parseArgs(args: string[]): Args {
  const out: Args = { _: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      out._.push(...args.slice(i + 1).map(toValue));
      break;
    }
    if (!arg.startsWith('--')) {
      out._.push(toValue(arg));
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq !== -1) {
      out[body.slice(0, eq)] = toValue(body.slice(eq + 1));
    } else if (i + 1 < args.length && !args[i + 1].startsWith('--')) {
      out[body] = toValue(args[++i]);
    } else {
      out[body] = true;
    }
  }
  return out;
}
