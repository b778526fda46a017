/** Splits `/privacy <subcommand> [args]` and finds the subcommand, or the closest one. */
import { closestMatch } from '../../../core/text/closestMatch';

export type ParsedCommand =
  | { kind: 'subcommand'; name: string; args: string[] }
  | { kind: 'unknown'; input: string; suggestion?: string };

export function parseCommand(args: readonly string[], known: readonly string[]): ParsedCommand {
  const words = args.map((a) => a.trim()).filter((a) => a.length > 0);
  const [first, ...rest] = words;
  if (first === undefined) return { kind: 'subcommand', name: 'help', args: [] };
  const name = first.toLowerCase();
  if (known.includes(name)) return { kind: 'subcommand', name, args: rest };
  return { kind: 'unknown', input: first.slice(0, 40), suggestion: closestMatch(name, known) };
}
