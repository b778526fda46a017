/** Every `/privacy` subcommand, in the order the help lists them. Adding one is one file and one line here. */
import { appsSubcommand } from './apps';
import { contactSubcommand } from './contact';
import { helpSubcommand } from './help';
import { policySubcommand } from './policy';
import type { Subcommand } from './subcommand';

export const SUBCOMMANDS: readonly Subcommand[] = [
  policySubcommand,
  contactSubcommand,
  appsSubcommand,
  helpSubcommand(() => SUBCOMMANDS),
];

export function findSubcommand(name: string): Subcommand | undefined {
  return SUBCOMMANDS.find((s) => s.name === name);
}
